import { Card, Empty, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { useLeadHome, type LeadPage } from './api.ts';
import { LeadList } from './LeadList.tsx';

function Part({ title, page, empty }: { title: string; page: LeadPage | undefined; empty: string }) {
  return (
    <section style={{ marginBottom: 16 }}>
      <Statistic title={title} value={page?.total ?? '—'} />
      <LeadList size="small" page={page} loading={!page} empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />} />
    </section>
  );
}

/** An officer's leads on the home page: follow-ups due today or overdue, and leads about to return to the pool. */
export function LeadHomeCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useLeadHome();
  return (
    <Card title={t('leads.title')} extra={<Link to="/leads?tab=mine">{t('leads.home.all')}</Link>}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Part title={t('leads.home.dueTitle')} page={data?.dueFollowUps} empty={t('leads.home.dueEmpty')} />
          <Part title={t('leads.home.returningTitle')} page={data?.returningSoon} empty={t('leads.home.returningEmpty')} />
        </>
      )}
    </Card>
  );
}
