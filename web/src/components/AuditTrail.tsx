import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { Empty, Pagination, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditPage } from '../api/types.ts';
import { translateOr } from '../i18n/index.ts';
import { diffRecords, formatAuditValue, type FieldChange } from './audit-diff.ts';
import { formatActor, formatDateTime } from './format.ts';
import { ErrorResult } from './results.tsx';
import { useIsMobile } from './use-is-mobile.ts';

export interface AuditTrailProps {
  queryKey: readonly unknown[];
  load: (page: number, pageSize: number) => Promise<AuditPage>;
  /** The field's name as the user knows it. */
  fieldLabel: (field: string) => string;
  /** Words a value of a field the generic formatting cannot (codes, enums); undefined falls back to it. */
  formatValue?: (field: string, value: unknown) => string | undefined;
}

const pageSize = 10;

/** A record's history, newest first: who changed what, when, field by field. */
export function AuditTrail({ queryKey, load, fieldLabel, formatValue }: AuditTrailProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const isMobile = useIsMobile();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: [...queryKey, page],
    queryFn: () => load(page, pageSize),
    placeholderData: keepPreviousData,
  });
  const words = { empty: '—', yes: t('common.yes'), no: t('common.no'), separator: t('common.listSeparator') };
  const show = (field: string, value: unknown) => formatValue?.(field, value) ?? formatAuditValue(value, words);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Spin />;
  if (data.total === 0) return <Empty description={t('history.empty')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {data.items.map((event) => {
        const changes = diffRecords(event.before, event.after);
        return (
          <div key={event.id} className="audit-event">
            <Typography.Text strong>{translateOr(`history.actions.${event.action}`, event.action)}</Typography.Text>
            <Typography.Text type="secondary">
              {' · '}
              {formatActor(event.actorName, t('history.system'))} · {formatDateTime(event.at)}
            </Typography.Text>
            {changes.length > 0 && isMobile && (
              <dl className="audit-changes">
                {changes.map((change) => (
                  <div key={change.field}>
                    <dt>{fieldLabel(change.field)}</dt>
                    <dd>
                      <span className="diff-before">{show(change.field, change.before)}</span>
                      <span aria-hidden> → </span>
                      <span className="diff-after">{show(change.field, change.after)}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {changes.length > 0 && !isMobile && (
              <Table<FieldChange>
                size="small"
                rowKey="field"
                pagination={false}
                dataSource={changes}
                style={{ marginTop: 8 }}
                columns={[
                  { title: t('history.field'), dataIndex: 'field', width: '24%', render: (field: string) => fieldLabel(field) },
                  { title: t('history.before'), dataIndex: 'before', render: (value, change) => <span className="diff-before">{show(change.field, value)}</span> },
                  { title: t('history.after'), dataIndex: 'after', render: (value, change) => <span className="diff-after">{show(change.field, value)}</span> },
                ]}
              />
            )}
          </div>
        );
      })}
      {data.total > pageSize && (
        <Pagination current={page} pageSize={pageSize} total={data.total} onChange={setPage} showSizeChanger={false} size="small" />
      )}
    </Space>
  );
}
