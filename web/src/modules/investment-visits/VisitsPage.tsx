import { BarChartOutlined, CarOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { concernTags, useStaff, useTeamOptions, useVisits, type ConcernTag } from './api.ts';
import { VisitList } from './VisitList.tsx';

/** 走访记录: the visits the user sees, filtered by team, officer, month, concern and enterprise; a button to log one. */
export function VisitsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const records = can(me, 'visit.record');
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? undefined;
  const set = (name: string) => (value: string | undefined | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const page = Number(params.get('page') ?? '1') || 1;
  const filters = { teamId: get('teamId'), officerId: get('officerId'), month: get('month'), concern: get('concern') as ConcernTag | undefined, enterpriseId: get('enterpriseId') };
  const { data, error, isFetching, refetch } = useVisits({ ...filters, page, pageSize: 20 });
  const { data: teams } = useTeamOptions();
  const { data: staff } = useStaff();
  const filtered = Object.values(filters).some(Boolean);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('visits.title')}
        extra={
          <Flex wrap gap={8}>
            <Link to="/visits/trips">
              <Button icon={<CarOutlined />}>{t('visits.trips.title')}</Button>
            </Link>
            <Link to="/visits/activity">
              <Button icon={<BarChartOutlined />}>{t('visits.activity.title')}</Button>
            </Link>
            {records && (
              <Link to="/visits/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('visits.newVisit')}
                </Button>
              </Link>
            )}
          </Flex>
        }
      >
        <Flex wrap gap={8}>
          <DatePicker
            picker="month"
            inputReadOnly
            value={filters.month ? dayjs(`${filters.month}-01`) : null}
            onChange={(value) => set('month')(value ? value.format('YYYY-MM') : null)}
            placeholder={t('visits.filters.month')}
            aria-label={t('visits.filters.month')}
            style={{ minWidth: 130 }}
          />
          <Select
            allowClear
            value={filters.concern}
            onChange={set('concern')}
            placeholder={t('visits.filters.concern')}
            aria-label={t('visits.filters.concern')}
            options={concernTags.map((value) => ({ value, label: t(`visits.concerns.${value}`) }))}
            style={{ minWidth: 130 }}
          />
          <Select
            allowClear
            value={filters.teamId}
            onChange={set('teamId')}
            placeholder={t('visits.filters.team')}
            aria-label={t('visits.filters.team')}
            options={teams?.map((team) => ({ value: team.id, label: team.name }))}
            style={{ minWidth: 160 }}
          />
          {staff && (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={filters.officerId}
              onChange={set('officerId')}
              placeholder={t('visits.filters.officer')}
              aria-label={t('visits.filters.officer')}
              options={staff.map((person) => ({ value: person.id, label: person.name }))}
              style={{ minWidth: 150 }}
            />
          )}
          <div style={{ minWidth: 220, flex: '1 1 220px', maxWidth: 360 }}>
            <EnterpriseSelect value={filters.enterpriseId} onChange={(value) => set('enterpriseId')(value)} />
          </div>
        </Flex>
      </PageHeader>
      <Card size="small">
        <VisitList
          page={data}
          loading={isFetching && !data}
          onPage={(next) => {
            const copy = new URLSearchParams(params);
            copy.set('page', String(next));
            setParams(copy);
          }}
          empty={<Empty description={filtered ? t('visits.list.noMatches') : t('visits.list.empty')} />}
        />
      </Card>
    </>
  );
}
