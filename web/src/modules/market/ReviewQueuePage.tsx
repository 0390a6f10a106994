import { Alert, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useReviewQueue, type QueueItem } from './api.ts';
import { formatDuration } from './format-market.ts';
import { WorkflowButtons } from './RecordWorkflow.tsx';

/** How long an item has waited, in the reader's words. */
function useWaiting() {
  const { t } = useTranslation();
  return (since: string) => t('market.review.waiting', { duration: formatDuration(Date.now() - new Date(since).getTime(), (unit, count) => t(`market.detail.${unit}`, { count })) });
}

function QueueRow({ item, actions }: { item: QueueItem; actions: boolean }) {
  const { t } = useTranslation();
  const waiting = useWaiting();
  const path = `/market/${item.kind}s/${item.record.id}`;
  return (
    <List.Item style={{ display: 'block', paddingInline: 4 }}>
      <Flex wrap gap={8} align="center">
        <Tag color={item.kind === 'listing' ? 'blue' : item.record.kind === 'capital' ? 'purple' : 'cyan'}>
          {item.kind === 'listing' ? t('market.review.listing') : t(`market.kinds.${item.record.kind}`)}
        </Tag>
        <Link to={path} style={{ overflowWrap: 'anywhere' }}>
          {item.record.title}
        </Link>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {item.record.owner.name} · {formatDateTime(item.waitingSince)} · {waiting(item.waitingSince)}
      </Typography.Text>
      {actions && (
        <>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0 8px' }}>
            {item.record.summary}
          </Typography.Paragraph>
          <WorkflowButtons kind={item.kind} id={item.record.id} state={item.record.state} allowedActions={item.record.allowedActions.filter((action) => action === 'approve' || action === 'reject')} canEdit={false} />
        </>
      )}
    </List.Item>
  );
}

/** Submitted listings and demands, the longest waiting first; `limit` shows the first few without their buttons. */
export function ReviewQueueList({ limit }: { limit?: number }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useReviewQueue();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const items = limit ? data?.items.slice(0, limit) : data?.items;
  return (
    <List<QueueItem>
      loading={isPending}
      dataSource={items}
      locale={{ emptyText: <Empty description={t('market.review.empty')} /> }}
      renderItem={(item) => <QueueRow key={`${item.kind}-${item.record.id}`} item={item} actions={!limit} />}
    />
  );
}

/** 市场审核: the operator's queue of listings and demands awaiting review, approved or sent back from here. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { data } = useReviewQueue();
  return (
    <>
      <PageHeader title={t('market.review.title')} extra={data && <Tag color={data.total ? 'orange' : undefined}>{t('market.review.total', { count: data.total })}</Tag>}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('market.review.intro')}
        </Typography.Paragraph>
      </PageHeader>
      {data?.truncated && <Alert type="info" showIcon title={t('market.review.truncated', { shown: data.shown })} style={{ marginBottom: 16 }} />}
      <Card size="small">
        <ReviewQueueList />
      </Card>
    </>
  );
}
