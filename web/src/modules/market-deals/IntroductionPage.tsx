import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { DemandCard } from './DemandCard.tsx';
import { DecisionButtons } from './DecisionButtons.tsx';
import { introductionColors, useIntroduction } from './api.ts';

/** One introduction: where notices lead; the listing, the asker, the demand as the reader may read it, the decision. */
export function IntroductionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: introduction, error, isPending, refetch } = useIntroduction(id);
  const back = (
    <Link to="/market/introductions">
      <Button icon={<ArrowLeftOutlined />}>{t('marketDeals.back')}</Button>
    </Link>
  );
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  return (
    <>
      <PageHeader title={t('marketDeals.introduction')} extra={back} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Typography.Title level={4} style={{ marginTop: 0, overflowWrap: 'anywhere' }}>
            {introduction.listing.title}
          </Typography.Title>
          <Flex wrap gap={4} style={{ marginBottom: 12 }}>
            <Tag color={introductionColors[introduction.state]}>{t(`marketDeals.states.${introduction.state}`)}</Tag>
            {introduction.origin === 'proposal' && <Tag>{t('marketDeals.proposal')}</Tag>}
          </Flex>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('marketDeals.seller')}>{introduction.listing.owner.name}</Descriptions.Item>
            <Descriptions.Item label={t('marketDeals.buyer')}>{introduction.party.name}</Descriptions.Item>
            <Descriptions.Item label={t('marketDeals.askedAt')}>{formatDateTime(introduction.createdAt)}</Descriptions.Item>
            {introduction.declineReason && (
              <Descriptions.Item label={t('marketDeals.decide.reason')}>
                {t(`marketDeals.reasons.${introduction.declineReason}`)}
                {introduction.declineText && `：${introduction.declineText}`}
              </Descriptions.Item>
            )}
          </Descriptions>
          {introduction.message && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginTop: 12, marginBottom: 0 }}>{introduction.message}</Typography.Paragraph>
          )}
          <Flex wrap gap={8} style={{ marginTop: 12 }}>
            {introduction.canDecide && <DecisionButtons id={introduction.id} />}
            {introduction.deal && (
              <Link to={`/market/deals/${introduction.deal.id}`}>
                <Button type="primary">{t('marketDeals.openDeal')}</Button>
              </Link>
            )}
          </Flex>
        </Card>
        {introduction.demandRecord && <DemandCard demand={introduction.demandRecord} />}
      </Flex>
    </>
  );
}
