import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { RecordRowList } from '../../components/RecordRowList.tsx';
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
    <RecordRowList<ApplicationSummary>
      page={page}
      loading={loading}
      empty={empty}
      onOpen={onOpen}
      onPage={onPage}
      hrefOf={(application) => `/policy-applications/${application.id}`}
      titleOf={(application) => application.itemTitle}
      descriptionOf={(application) => (
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
      )}
    />
  );
}
