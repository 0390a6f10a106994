import { Card, Empty, Flex, List, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { useMyFollowUps } from './api.ts';

/** A member of staff's open follow-ups from events on the home page, the most overdue first, red once overdue. */
export function MyFollowUpsCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useMyFollowUps();
  return (
    <Card title={t('enterpriseEvents.followUps.home.title')} extra={<Link to="/enterprise-events">{t('enterpriseEvents.followUps.home.all')}</Link>}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Flex gap={24}>
            <Statistic title={t('enterpriseEvents.followUps.home.open')} value={data?.open ?? '—'} />
            <Statistic title={t('enterpriseEvents.followUps.home.overdue')} value={data?.overdue ?? '—'} valueStyle={data?.overdue ? { color: '#cf1322' } : undefined} />
          </Flex>
          <List
            size="small"
            loading={!data}
            dataSource={data?.items}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterpriseEvents.followUps.home.empty')} /> }}
            renderItem={(followUp) => (
              <List.Item key={followUp.id} style={{ paddingInline: 0 }}>
                <List.Item.Meta
                  title={
                    <Link to={`/enterprise-events/${followUp.eventId}`} style={{ overflowWrap: 'anywhere' }}>
                      {followUp.description}
                    </Link>
                  }
                  description={
                    <Typography.Text type={followUp.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                      {[followUp.eventTitle, followUp.enterpriseName, t('enterpriseEvents.followUps.due', { day: followUp.dueOn }), followUp.overdue ? t('enterpriseEvents.followUps.overdue') : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
