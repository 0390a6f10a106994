import { Card, Empty, List, Statistic, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { chinaToday, useVisitHome } from './api.ts';

/** An officer's open next steps from visits on the home page, the most overdue first. */
export function VisitHomeCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useVisitHome();
  const today = chinaToday();
  return (
    <Card title={t('visits.home.title')} extra={<Link to="/visits/new">{t('visits.newVisit')}</Link>}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Flex gap={24}>
            <Statistic title={t('visits.home.open')} value={data?.open ?? '—'} />
            <Statistic title={t('visits.home.overdue')} value={data?.overdue ?? '—'} />
          </Flex>
          <List
            size="small"
            loading={!data}
            dataSource={data?.steps}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.home.empty')} /> }}
            renderItem={(step) => (
              <List.Item key={step.id} style={{ paddingInline: 0 }}>
                <List.Item.Meta
                  title={<Link to={`/visits/${step.visitId}`}>{step.text}</Link>}
                  description={
                    <Typography.Text type={step.dueOn && step.dueOn < today ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                      {[step.enterpriseName, step.dueOn ? t('visits.steps.dueOn', { date: step.dueOn }) : null].filter(Boolean).join(' · ')}
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
