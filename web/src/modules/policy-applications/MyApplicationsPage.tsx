import { Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useApplications } from './api.ts';
import { ApplicationList } from './ApplicationList.tsx';

/** 我的申请: the enterprise's applications and where each stands, the latest first. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useApplications({ page, pageSize: 20 });
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('policyApplications.mine.title')} />
      <Card size="small">
        <ApplicationList
          page={data}
          loading={isFetching && !data}
          onOpen={(application) => void navigate(`/policy-applications/${application.id}`)}
          onPage={setPage}
          empty={<Empty description={t('policyApplications.mine.empty')} />}
        />
      </Card>
    </>
  );
}
