import { List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { concernColors, type VisitPage, type VisitSummary } from './api.ts';

/** Visits as one column of cards, which fits a phone: the enterprise, the day and place, who went, the concerns. */
export function VisitList({
  page,
  items,
  loading,
  empty,
  onPage,
}: {
  page?: VisitPage;
  items?: VisitSummary[];
  loading: boolean;
  empty: ReactNode;
  onPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <List<VisitSummary>
      loading={loading}
      dataSource={items ?? page?.items}
      locale={{ emptyText: empty }}
      pagination={
        onPage && page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(visit) => (
        <List.Item key={visit.id} style={{ paddingInline: 0 }}>
          <List.Item.Meta
            title={
              <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                <Link to={`/visits/${visit.id}`}>{visit.enterpriseName}</Link>
              </Typography.Text>
            }
            description={
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                  {[visit.visitedOn, visit.place, visit.officerName, visit.teamName, visit.tripName].filter(Boolean).join(' · ')}
                </Typography.Text>
                {visit.summary && (
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, overflowWrap: 'anywhere' }}>
                    {visit.summary}
                  </Typography.Paragraph>
                )}
                <Space size={[4, 4]} wrap>
                  {visit.concerns.map((concern) => (
                    <Tag key={concern.tag} color={concernColors[concern.tag]}>
                      {t(`visits.concerns.${concern.tag}`)}
                    </Tag>
                  ))}
                  {visit.openNextSteps > 0 && <Tag color="orange">{t('visits.list.openSteps', { count: visit.openNextSteps })}</Tag>}
                </Space>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
