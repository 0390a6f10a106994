import { List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { priorityColors, statusColors, type LeadPage, type LeadSummary } from './api.ts';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Leads as one column of rows, which fits a phone: enterprise, status, priority, owner or pool, dates. */
export function LeadList({
  page,
  loading,
  empty,
  onPage,
  size,
}: {
  page: LeadPage | undefined;
  loading: boolean;
  empty: ReactNode;
  onPage?: (page: number) => void;
  size?: 'small';
}) {
  const { t } = useTranslation();
  const due = (lead: LeadSummary) => lead.status === 'open' && lead.nextFollowUpOn !== null && lead.nextFollowUpOn <= today();
  return (
    <List<LeadSummary>
      size={size}
      loading={loading}
      dataSource={page?.items}
      locale={{ emptyText: empty }}
      pagination={
        onPage && page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(lead) => (
        <List.Item key={lead.id} style={{ paddingInline: 0 }}>
          <List.Item.Meta
            title={
              <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                <Link to={`/leads/${lead.id}`}>{lead.enterpriseName}</Link>
              </Typography.Text>
            }
            description={
              <Space size={[4, 4]} wrap>
                <Tag color={statusColors[lead.status]}>{t(`leads.statuses.${lead.status}`)}</Tag>
                <Tag color={priorityColors[lead.priority]}>{t(`leads.priorities.${lead.priority}`)}</Tag>
                <Tag>{t(`leads.sources.${lead.source}`)}</Tag>
                {lead.ownerId === null ? <Tag color="gold">{t('leads.list.inPool')}</Tag> : null}
                {due(lead) ? <Tag color="volcano">{t('leads.list.due')}</Tag> : null}
                <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                  {[
                    lead.ownerName,
                    lead.teamName,
                    lead.chainSegment,
                    lead.nextFollowUpOn ? t('leads.list.nextOn', { date: lead.nextFollowUpOn }) : null,
                    lead.returnsToPoolOn ? t('leads.list.returnsOn', { date: lead.returnsToPoolOn }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
