import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import {
  enterpriseEventKinds,
  enterpriseEventStates,
  eventDays,
  stateColours,
  useEnterpriseEvents,
  type EnterpriseEventKind,
  type EnterpriseEventState,
  type EnterpriseEventSummary,
} from './api.ts';
import { EnterpriseEventFormModal } from './EnterpriseEventFormModal.tsx';

/** 考察交流, 训练营, 英雄榜: every event for enterprises, the latest first, by kind, state and text. */
export function EnterpriseEventsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [kind, setKind] = useState<EnterpriseEventKind | undefined>(undefined);
  const [state, setState] = useState<EnterpriseEventState | undefined>(undefined);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, error, isFetching, refetch } = useEnterpriseEvents({ kind, state, q: q || undefined, page, pageSize: 20 });

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const filtered = Boolean(kind || state || q);
  return (
    <>
      <PageHeader
        title={t('enterpriseEvents.title')}
        extra={
          can(me, 'enterpriseEvent.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('enterpriseEvents.newEvent')}
            </Button>
          )
        }
      >
        <Flex wrap gap={8}>
          <Select
            allowClear
            aria-label={t('enterpriseEvents.fields.kind')}
            placeholder={t('enterpriseEvents.fields.kind')}
            style={{ width: 140 }}
            value={kind}
            onChange={(value?: EnterpriseEventKind) => {
              setKind(value);
              setPage(1);
            }}
            options={enterpriseEventKinds.map((value) => ({ value, label: t(`enterpriseEvents.kinds.${value}`) }))}
          />
          <Select
            allowClear
            aria-label={t('enterpriseEvents.fields.state')}
            placeholder={t('enterpriseEvents.fields.state')}
            style={{ width: 140 }}
            value={state}
            onChange={(value?: EnterpriseEventState) => {
              setState(value);
              setPage(1);
            }}
            options={enterpriseEventStates.map((value) => ({ value, label: t(`enterpriseEvents.states.${value}`) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('enterpriseEvents.search')}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 260 }}
          />
        </Flex>
      </PageHeader>
      <Card size="small">
        <List<EnterpriseEventSummary>
          loading={isFetching && !data}
          dataSource={data?.items}
          locale={{ emptyText: <Empty description={filtered ? t('enterpriseEvents.noMatches') : t('enterpriseEvents.empty')} /> }}
          pagination={data && data.total > data.pageSize ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage, size: 'small', showSizeChanger: false } : false}
          renderItem={(event) => (
            <List.Item key={event.id} style={{ paddingInline: 0 }}>
              <List.Item.Meta
                title={
                  <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                    <Link to={`/enterprise-events/${event.id}`}>{event.title}</Link>
                  </Typography.Text>
                }
                description={
                  <Flex wrap gap={4} align="center">
                    <Tag>{t(`enterpriseEvents.kinds.${event.kind}`)}</Tag>
                    <Tag color={stateColours[event.state]}>{t(`enterpriseEvents.states.${event.state}`)}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                      {[eventDays(event), event.place, t('enterpriseEvents.firmCount', { count: Object.values(event.counts).reduce((sum, n) => sum + n, 0) })].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {creating && <EnterpriseEventFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
