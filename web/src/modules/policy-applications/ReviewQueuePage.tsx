import { Card, Checkbox, Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { applicationStates, useApplications, type ApplicationState } from './api.ts';
import { ApplicationList } from './ApplicationList.tsx';

/** The policy office's queue: applications by state, or those past their 60-working-day target, nearest due first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const state = (applicationStates as string[]).includes(search.get('state') ?? '') ? (search.get('state') as ApplicationState) : undefined;
  const overdue = search.get('overdue') === 'true';
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useApplications({ state, overdue: overdue ? 'true' : undefined, page, pageSize: 20 });
  const filter = (next: { state?: string | undefined; overdue?: boolean }) => {
    setPage(1);
    const merged = { state: state as string | undefined, overdue, ...next };
    setSearch({ ...(merged.state ? { state: merged.state } : {}), ...(merged.overdue ? { overdue: 'true' } : {}) });
  };
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('policyApplications.queue.title')} />
      <Card size="small">
        <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('policyApplications.queue.anyState')}
            aria-label={t('policyApplications.fields.state')}
            value={state}
            onChange={(value) => filter({ state: value })}
            options={applicationStates.map((value) => ({ value, label: t(`policyApplications.states.${value}`) }))}
          />
          <Checkbox checked={overdue} onChange={(event) => filter({ overdue: event.target.checked })}>
            {t('policyApplications.queue.overdueOnly')}
          </Checkbox>
        </Flex>
        <ApplicationList
          staff
          page={data}
          loading={isFetching && !data}
          onOpen={(application) => void navigate(`/policy-applications/${application.id}`)}
          onPage={setPage}
          empty={<Empty description={t('policyApplications.queue.empty')} />}
        />
      </Card>
    </>
  );
}
