import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { useVisitHome } from './api.ts';
import { OpenStepList } from './OpenStepList.tsx';

/** An officer's open next steps from visits on the home page, the most overdue first. */
export function VisitHomeCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useVisitHome();
  return (
    <Card title={t('visits.home.title')} extra={<Link to="/visits/new">{t('visits.newVisit')}</Link>}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Flex gap={24}>
            <Statistic title={t('visits.home.open')} value={data?.open ?? '—'} />
            <Statistic title={t('visits.home.overdue')} value={data?.overdue ?? '—'} />
          </Flex>
          <OpenStepList steps={data?.steps} loading={!data} empty={t('visits.home.empty')} />
        </>
      )}
    </Card>
  );
}
