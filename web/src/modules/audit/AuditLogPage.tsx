import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Input, List, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '../../api/types.ts';
import { api } from '../../app/api.ts';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { formatActor, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useDebounced } from '../../components/use-debounced.ts';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { translateOr } from '../../i18n/index.ts';

const actions = ['create', 'update', 'delete', 'import', 'export', 'merge', 'merged-into', 'reset-password', 'change-password'] as const;
const entityTypes = ['enterprise', 'user', 'tag'] as const;

interface Filters {
  actor: string;
  action?: string;
  entityType?: string;
  dates: [Dayjs | null, Dayjs | null] | null;
}

/** What an export entry carries: the filters it was made with and how many rows left the system. */
interface ExportWording {
  rows: (count: number) => string;
  filters: (filters: string) => string;
}

function exportSummary(event: AuditEvent, say: ExportWording): string | null {
  if (event.action !== 'export' || !event.after || typeof event.after !== 'object') return null;
  const { filters, rows } = event.after as { filters?: Record<string, unknown>; rows?: number };
  const used = Object.entries(filters ?? {})
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`);
  return [say.rows(rows ?? 0), used.length ? say.filters(used.join(' · ')) : null].filter(Boolean).join(' · ');
}

/** The record's name as the entry saw it (a deleted record keeps it in `before`). */
function recordName(event: AuditEvent): string | null {
  for (const side of [event.after, event.before]) {
    if (!side || typeof side !== 'object') continue;
    const { name, displayName } = side as { name?: unknown; displayName?: unknown };
    if (typeof name === 'string') return name;
    if (typeof displayName === 'string') return displayName;
  }
  return null;
}

function RecordCell({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const type = translateOr(`auditLog.types.${event.entityType}`, event.entityType);
  if (event.entityId === '*') return <>{t('auditLog.register')}</>;
  if (event.entityType === 'enterprise') return <Link to={`/enterprises/${event.entityId}`}>{recordName(event) ?? type}</Link>;
  return (
    <Typography.Text>
      {type}{' '}
      <Typography.Text type="secondary" className="audit-log-id">
        {recordName(event) ?? event.entityId.slice(0, 8)}
      </Typography.Text>
    </Typography.Text>
  );
}

/** The audit log: every recorded action, newest first, filtered by who, what, which kind of record and when. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const exportWording: ExportWording = { rows: (count) => t('auditLog.rows', { count }), filters: (filters) => t('auditLog.filters', { filters }) };
  const isMobile = useIsMobile();
  const [filters, setFilters] = useState<Filters>({ actor: '', dates: null });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const actor = useDebounced(filters.actor.trim(), 300);
  const [from, to] = filters.dates ?? [null, null];
  const query = {
    actor: actor || undefined,
    action: filters.action,
    entityType: filters.entityType,
    from: from?.format('YYYY-MM-DD'),
    to: to?.format('YYYY-MM-DD'),
    ...page,
  };
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['audit-log', query],
    queryFn: ({ signal }) => api.GET('/api/audit', { params: { query }, signal }),
    placeholderData: keepPreviousData,
  });
  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage((current) => ({ ...current, page: 1 }));
  };

  const pagination = {
    current: page.page,
    pageSize: page.pageSize,
    total: data?.total ?? 0,
    showTotal: (count: number) => t('auditLog.total', { count }),
    onChange: (next: number, pageSize: number) => setPage({ page: pageSize === page.pageSize ? next : 1, pageSize }),
  };

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('auditLog.title')} />
      <Space wrap className="audit-log-filters">
        <Input
          allowClear
          value={filters.actor}
          onChange={(event) => change({ actor: event.target.value })}
          placeholder={t('auditLog.actorPlaceholder')}
          aria-label={t('auditLog.actor')}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          value={filters.action}
          onChange={(action?: string) => change({ action })}
          placeholder={t('auditLog.allActions')}
          aria-label={t('auditLog.action')}
          style={{ width: 160 }}
          options={actions.map((action) => ({ value: action, label: translateOr(`history.actions.${action}`, action) }))}
        />
        <Select
          allowClear
          value={filters.entityType}
          onChange={(entityType?: string) => change({ entityType })}
          placeholder={t('auditLog.allTypes')}
          aria-label={t('auditLog.entityType')}
          style={{ width: 140 }}
          options={entityTypes.map((type) => ({ value: type, label: t(`auditLog.types.${type}`) }))}
        />
        <PeriodPicker value={filters.dates} onChange={(dates) => change({ dates })} aria-label={t('auditLog.dates')} />
      </Space>
      {isMobile ? (
        // On a phone each entry is a short card: what, who and when, then the record.
        <List<AuditEvent>
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('auditLog.empty')} /> }}
          pagination={pagination}
          renderItem={(event) => (
            <List.Item key={event.id} className="audit-log-item">
              <div>
                <Typography.Text strong>{translateOr(`history.actions.${event.action}`, event.action)}</Typography.Text>
                <Typography.Text type="secondary">
                  {' · '}
                  {formatActor(event.actorName, t('history.system'))} · {formatDateTime(event.at)}
                </Typography.Text>
                <div>
                  <RecordCell event={event} />
                </div>
                {exportSummary(event, exportWording) && <Typography.Text type="secondary">{exportSummary(event, exportWording)}</Typography.Text>}
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<AuditEvent>
          rowKey="id"
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('auditLog.empty')} /> }}
          pagination={pagination}
          columns={[
            { key: 'at', title: t('auditLog.time'), dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
            { key: 'actor', title: t('auditLog.actor'), dataIndex: 'actorName', render: (name: string) => formatActor(name, t('history.system')) },
            { key: 'action', title: t('auditLog.action'), dataIndex: 'action', render: (action: string) => translateOr(`history.actions.${action}`, action) },
            { key: 'record', title: t('auditLog.record'), render: (_, event) => <RecordCell event={event} /> },
            { key: 'details', title: t('auditLog.details'), render: (_, event) => exportSummary(event, exportWording) ?? '' },
          ]}
        />
      )}
    </>
  );
}
