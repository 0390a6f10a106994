import { Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { eventDays, statusColours, useMyEvents, type MyEvent } from './api.ts';
import { useEventWrite } from './use-event-write.ts';

function Invitation({ event }: { event: MyEvent }) {
  const { t } = useTranslation();
  const { busy, run } = useEventWrite();
  const path = { params: { path: { id: event.id } }, body: {} };
  const honourList = event.kind === 'honour_list';
  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>{event.title}</span>} data-event={event.id}>
      <Flex vertical gap={6}>
        <Flex wrap gap={4}>
          <Tag>{t(`enterpriseEvents.kinds.${event.kind}`)}</Tag>
          <Tag color={statusColours[event.status]}>{honourList ? t('enterpriseEvents.listed') : t(`enterpriseEvents.statuses.${event.status}`)}</Tag>
        </Flex>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {[eventDays(event), event.place, event.organiser].filter(Boolean).join(' · ')}
        </Typography.Text>
        {honourList && (event.rank || event.citation) && <Typography.Text>{[event.rank ? t('enterpriseEvents.rankOf', { rank: event.rank }) : null, event.citation].filter(Boolean).join(' · ')}</Typography.Text>}
        {event.state === 'open' && !honourList && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              event.placesLeft === null ? null : t('enterpriseEvents.placesLeft', { count: event.placesLeft }),
              event.registrationDeadline ? t('enterpriseEvents.deadline', { at: new Date(event.registrationDeadline).toLocaleString() }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        )}
        {event.description && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{event.description}</Typography.Paragraph>}
        {(event.mayRegister || event.mayDecline) && (
          <Flex gap={8}>
            {event.mayRegister && (
              <Button type="primary" block loading={busy} onClick={() => void run(() => api.POST('/api/enterprise-events/{id}/register', path))}>
                {t('enterpriseEvents.register')}
              </Button>
            )}
            {event.mayDecline && (
              <Button block loading={busy} onClick={() => void run(() => api.POST('/api/enterprise-events/{id}/decline', path))}>
                {t('enterpriseEvents.decline')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** The enterprise's invitations and listings, phone width first: register or decline each while it is open. */
export function MyEventsPage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useMyEvents();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('enterpriseEvents.mine.title')}>
        <Typography.Text type="secondary">{t('enterpriseEvents.mine.intro')}</Typography.Text>
      </PageHeader>
      {isPending ? (
        <Skeleton active />
      ) : data.items.length ? (
        <Flex vertical gap={12}>
          {data.items.map((event) => (
            <Invitation key={event.id} event={event} />
          ))}
        </Flex>
      ) : (
        <Empty description={t('enterpriseEvents.mine.empty')} />
      )}
    </>
  );
}
