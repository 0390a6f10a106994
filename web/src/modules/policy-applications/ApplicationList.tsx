import { List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { stateColors, type ApplicationPage, type ApplicationSummary } from './api.ts';

/** Applications as one column of rows, which fits a phone as it fits the review queue. */
export function ApplicationList({
  page,
  loading,
  empty,
  staff,
  onOpen,
  onPage,
}: {
  page: ApplicationPage | undefined;
  loading: boolean;
  empty: ReactNode;
  staff?: boolean;
  onOpen: (application: ApplicationSummary) => void;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <List<ApplicationSummary>
      loading={loading}
      dataSource={page?.items}
      locale={{ emptyText: empty }}
      pagination={
        page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(application) => (
        <List.Item key={application.id} onClick={() => onOpen(application)} style={{ cursor: 'pointer', paddingInline: 8 }}>
          <List.Item.Meta
            title={
              <a href={`/policy-applications/${application.id}`} onClick={(event) => event.preventDefault()}>
                <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                  {application.itemTitle}
                </Typography.Text>
              </a>
            }
            description={
              <>
                <Tag color={stateColors[application.state]}>{t(`policyApplications.states.${application.state}`)}</Tag>
                {application.overdue && <Tag color="red">{t('policyApplications.overdue')}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                  {application.number}
                  {staff && ` · ${application.enterpriseName}`} · {application.policyTitle}
                  {application.dueAt && ` · ${t('policyApplications.dueOn', { day: formatDate(application.dueAt) })}`}
                  {!application.dueAt && ` · ${formatDateTime(application.updatedAt)}`}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
