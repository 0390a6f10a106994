import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { eventKinds, useEvents, type EventKind, type EventSummary } from './api.ts';
import { EventFormModal } from './EventFormModal.tsx';

const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

/** 推介会, 签约仪式, 展会: every event newest first, by year and kind. */
export function EventsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [kind, setKind] = useState<EventKind | undefined>(undefined);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, error, isFetching, refetch } = useEvents({ year, kind, q: q || undefined, page, pageSize: 20 });

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('events.title')}
        extra={
          can(me, 'event.edit') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('events.newEvent')}
            </Button>
          )
        }
      >
        <Flex wrap gap={8}>
          <Select
            allowClear
            placeholder={t('events.filters.year')}
            style={{ width: 120 }}
            value={year}
            onChange={(value?: number) => {
              setYear(value);
              setPage(1);
            }}
            options={years.map((value) => ({ value, label: String(value) }))}
          />
          <Select
            allowClear
            placeholder={t('events.filters.kind')}
            style={{ width: 140 }}
            value={kind}
            onChange={(value?: EventKind) => {
              setKind(value);
              setPage(1);
            }}
            options={eventKinds.map((value) => ({ value, label: t(`events.kinds.${value}`) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('events.filters.search')}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 260 }}
          />
        </Flex>
      </PageHeader>
      <Card size="small">
        <List<EventSummary>
          loading={isFetching && !data}
          dataSource={data?.items}
          locale={{ emptyText: <Empty description={t('events.empty')} /> }}
          pagination={
            data && data.total > data.pageSize ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage, size: 'small', showSizeChanger: false } : false
          }
          renderItem={(event) => (
            <List.Item key={event.id} style={{ paddingInline: 0 }}>
              <List.Item.Meta
                title={
                  <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                    <Link to={`/events/${event.id}`}>{event.name}</Link>
                  </Typography.Text>
                }
                description={
                  <Flex wrap gap={4} align="center">
                    <Tag>{t(`events.kinds.${event.kind}`)}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                      {[event.heldOn, [event.city, event.venue].filter(Boolean).join(' '), event.organiserTeamName ?? event.organiser].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {creating && <EventFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
