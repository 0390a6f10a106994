import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Segmented, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { formatWan, projectKeys } from './api.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';

type By = 'officer' | 'team';
type Granularity = 'year' | 'quarter' | 'month';

const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
const pad = (n: number) => String(n).padStart(2, '0');

/** The period as the server reads it: '2026', '2026-Q2' or '2026-05'. */
function periodOf(year: number, granularity: Granularity, part: number): string {
  if (granularity === 'year') return String(year);
  return granularity === 'quarter' ? `${year}-Q${part}` : `${year}-${pad(part)}`;
}

/** 招商业绩排名: officers' or teams' credited projects and amounts in a year, quarter or month, adding up to the summary. */
export function RankingsPage() {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<By>('officer');
  const [year, setYear] = useState(thisYear);
  const [granularity, setGranularity] = useState<Granularity>('year');
  const [part, setPart] = useState(1);
  const period = periodOf(year, granularity, part);
  const { data, error, refetch, isFetching } = useQuery({
    queryKey: [...projectKeys.all, 'rankings', i18n.language, period, by],
    queryFn: ({ signal }) => api.GET('/api/projects/rankings', { params: { query: { period, by } }, signal }),
  });


  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const nameOf = (row: NonNullable<typeof data>['rows'][number]) =>
    row.kind === 'none' ? t('projects.rankings.unassigned') : row.kind === 'team' && by === 'officer' ? t('projects.credits.team', { name: row.name ?? '' }) : (row.name ?? '—');
  return (
    <>
      <PageHeader
        title={t('projects.rankings.title')}
        extra={
          <DownloadButton path='/api/projects/rankings/export' fileName={`${t('projects.rankings.title')}-${period}.xlsx`} query={{ period, by }}>
            {t('projects.rankings.export')}
          </DownloadButton>
        }
      >
        <Flex wrap gap={8}>
          <Segmented<By>
            value={by}
            onChange={setBy}
            options={[
              { value: 'officer', label: t('projects.rankings.byOfficer') },
              { value: 'team', label: t('projects.rankings.byTeam') },
            ]}
          />
          <Select value={year} onChange={setYear} style={{ width: 100 }} options={years.map((value) => ({ value, label: String(value) }))} />
          <Select<Granularity>
            value={granularity}
            onChange={(value) => {
              setGranularity(value);
              setPart(1);
            }}
            style={{ width: 100 }}
            options={(['year', 'quarter', 'month'] as const).map((value) => ({ value, label: t(`projects.rankings.granularity.${value}`) }))}
          />
          {granularity !== 'year' && (
            <Select
              value={part}
              onChange={setPart}
              style={{ width: 100 }}
              options={Array.from({ length: granularity === 'quarter' ? 4 : 12 }, (_, i) => ({
                value: i + 1,
                label: granularity === 'quarter' ? `Q${i + 1}` : t('projects.rankings.month', { month: i + 1 }),
              }))}
            />
          )}
        </Flex>
      </PageHeader>
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('projects.rankings.hint')}</Typography.Paragraph>
        <Table
          rowKey={(row) => `${row.kind}:${row.id ?? ''}`}
          size="small"
          loading={isFetching && !data}
          pagination={false}
          scroll={{ x: 420 }}
          dataSource={data?.rows}
          columns={[
            { key: 'rank', title: t('projects.rankings.rank'), width: 60, render: (_, __, index) => index + 1 },
            { key: 'name', title: by === 'officer' ? t('projects.rankings.officer') : t('projects.rankings.team'), render: (_, row) => nameOf(row) },
            { key: 'projects', title: t('projects.rankings.projects'), align: 'right', render: (_, row) => row.projects.toFixed(2) },
            { key: 'amount', title: t('projects.rankings.amountWan'), align: 'right', render: (_, row) => formatWan(row.amountWan, i18n.language) },
          ]}
          summary={() =>
            data && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <Typography.Text strong>{t('projects.rankings.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <Typography.Text strong>{data.total.signed}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Typography.Text strong>{formatWan(data.total.amountWan, i18n.language)}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          }
        />
      </Card>
    </>
  );
}
