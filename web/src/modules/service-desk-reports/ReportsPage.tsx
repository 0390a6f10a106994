import { Col, Empty, Flex, Row, Select, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { EChartsOption } from 'echarts';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Chart } from '../../components/Chart.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReportCard } from '../../components/ReportCard.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useCategories } from '../service-desk/api.ts';
import { useTeams } from '../teams/api.ts';
import {
  backlogAges,
  figureLink,
  paramsOf,
  reportParamNames,
  useBacklogReport,
  useCreatedResolvedReport,
  useSatisfactionReport,
  useSlaAttainmentReport,
  type BacklogReport,
  type CreatedResolvedReport,
  type FigureParams,
  type ReportParams,
  type SatisfactionReport,
  type SlaAttainmentReport,
} from './api.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';

type RatingRow = SatisfactionReport['total'];
type TargetsRow = SlaAttainmentReport['total'];

const slaTargets = ['response', 'resolution'] as const;
const sharePercent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);

/** A figure that opens the requests behind it; a zero opens nothing. */
function Figure({ value, to, children }: { value: number; to: string; children?: ReactNode }) {
  return value > 0 ? <Link to={to}>{children ?? value}</Link> : <>{children ?? value}</>;
}

const monthOnly = (month: string) => ({ from: month, to: month });
const teamOnly = (teamId: string | null) => ({ teamId: teamId ?? 'none' });

type SlaTitles = Record<(typeof slaTargets)[number] | 'met' | 'breached' | 'shareMet', string>;

/** Per target, a group of columns: met and breached (each opening its requests) and the share met. */
function slaColumns<Row extends TargetsRow>(linkOf: (row: Row, figure: Pick<FigureParams, 'target' | 'outcome'>) => string, titles: SlaTitles): ColumnsType<Row> {
  return slaTargets.map((target) => ({
    key: target,
    title: titles[target],
    children: [
      { key: `${target}Met`, title: titles.met, align: 'right' as const, render: (_: unknown, row: Row) => <Figure value={row[target].met} to={linkOf(row, { target, outcome: 'met' })} /> },
      {
        key: `${target}Breached`,
        title: titles.breached,
        align: 'right' as const,
        render: (_: unknown, row: Row) => <Figure value={row[target].breached} to={linkOf(row, { target, outcome: 'breached' })} />,
      },
      { key: `${target}Share`, title: titles.shareMet, align: 'right' as const, render: (_: unknown, row: Row) => sharePercent(row[target].shareMet) },
    ],
  }));
}

function SlaSection({ report, params }: { report: SlaAttainmentReport; params: ReportParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sla = (figure: Partial<FigureParams>) => figureLink(params, { figure: 'sla', ...report.range, ...figure });
  const decided = (row: TargetsRow) => row.response.met + row.response.breached + row.resolution.met + row.resolution.breached;
  if (decided(report.total) === 0) return <Empty description={t('deskReports.noSla')} />;
  const titles: SlaTitles = {
    response: t('deskReports.targets.response'),
    resolution: t('deskReports.targets.resolution'),
    met: t('deskReports.columns.met'),
    breached: t('deskReports.columns.breached'),
    shareMet: t('deskReports.columns.shareMet'),
  };
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', valueFormatter: (value) => sharePercent(value === null || value === undefined ? null : Number(value)) },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: report.months.map((row) => row.month) },
    yAxis: { type: 'value', max: 1, axisLabel: { formatter: (value: number) => sharePercent(value) } },
    series: slaTargets.map((target) => ({ type: 'line', connectNulls: true, name: t(`deskReports.targets.${target}`), data: report.months.map((row) => row[target].shareMet) })),
  };
  const table = <Row extends TargetsRow>(rows: Row[], rowKey: (row: Row) => string, name: { title: string; of: (row: Row) => ReactNode }, linkOf: (row: Row) => Partial<FigureParams>) => (
    <Table<Row>
      rowKey={rowKey}
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={[{ key: 'name', title: name.title, fixed: 'left', render: (_, row) => name.of(row) }, ...slaColumns<Row>((row, figure) => sla({ ...linkOf(row), ...figure }), titles)]}
    />
  );
  type MonthRow = SlaAttainmentReport['months'][number];
  type TeamRow = SlaAttainmentReport['teams'][number];
  type CategoryRow = SlaAttainmentReport['categories'][number];
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        {slaTargets.map((target) => (
          <Col xs={12} key={target}>
            <Statistic title={`${t(`deskReports.targets.${target}`)} · ${t('deskReports.columns.shareMet')}`} value={sharePercent(report.total[target].shareMet)} />
            <Typography.Text type="secondary">
              <Figure value={report.total[target].met} to={sla({ target, outcome: 'met' })}>
                {t('deskReports.columns.met')} {report.total[target].met}
              </Figure>
              {' · '}
              <Figure value={report.total[target].breached} to={sla({ target, outcome: 'breached' })}>
                {t('deskReports.columns.breached')} {report.total[target].breached}
              </Figure>
            </Typography.Text>
          </Col>
        ))}
      </Row>
      <Chart label={t('deskReports.slaByMonth')} option={option} height={240} onItemClick={(index) => decided(report.months[index]!) > 0 && navigate(sla(monthOnly(report.months[index]!.month)))} />
      <Typography.Title level={5}>{t('deskReports.byTeam')}</Typography.Title>
      {table<TeamRow>(report.teams, (row) => row.teamId ?? 'none', { title: t('deskReports.columns.team'), of: (row) => row.name ?? t('deskReports.noTeam') }, (row) => teamOnly(row.teamId))}
      <Typography.Title level={5}>{t('deskReports.byCategory')}</Typography.Title>
      {table<CategoryRow>(report.categories, (row) => row.categoryCode, { title: t('deskReports.columns.category'), of: (row) => row.name }, (row) => ({ categoryCode: row.categoryCode }))}
      <Typography.Title level={5}>{t('deskReports.byMonth')}</Typography.Title>
      {table<MonthRow>(report.months, (row) => row.month, { title: t('deskReports.columns.month'), of: (row) => row.month }, (row) => monthOnly(row.month))}
    </Flex>
  );
}

function CreatedResolvedSection({ report, params }: { report: CreatedResolvedReport; params: ReportParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const link = (month: string, figure: 'created' | 'resolved') => figureLink(params, { figure, ...monthOnly(month) });
  if (report.total.created === 0 && report.total.resolved === 0) return <Empty description={t('deskReports.empty')} />;
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: report.months.map((row) => row.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('deskReports.columns.created'), data: report.months.map((row) => row.created), barMaxWidth: 18 },
      { type: 'bar', name: t('deskReports.columns.resolved'), data: report.months.map((row) => row.resolved), barMaxWidth: 18 },
    ],
  };
  return (
    <>
      <Chart label={t('deskReports.createdResolved')} option={option} height={260} onItemClick={(index) => report.months[index]!.created > 0 && navigate(link(report.months[index]!.month, 'created'))} />
      <Table
        rowKey="month"
        size="small"
        pagination={false}
        dataSource={report.months}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('deskReports.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Figure value={report.total.created} to={figureLink(params, { figure: 'created', ...report.range })} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Figure value={report.total.resolved} to={figureLink(params, { figure: 'resolved', ...report.range })} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        columns={[
          { key: 'month', title: t('deskReports.columns.month'), dataIndex: 'month' },
          { key: 'created', title: t('deskReports.columns.created'), align: 'right', render: (_, row) => <Figure value={row.created} to={link(row.month, 'created')} /> },
          { key: 'resolved', title: t('deskReports.columns.resolved'), align: 'right', render: (_, row) => <Figure value={row.resolved} to={link(row.month, 'resolved')} /> },
        ]}
      />
    </>
  );
}

function BacklogSection({ report, params }: { report: BacklogReport; params: ReportParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (figure: Partial<FigureParams> = {}) => figureLink(params, { figure: 'open', ...figure });
  if (report.total.open === 0) return <Empty description={t('deskReports.noBacklog')} />;
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: backlogAges.map((age) => t(`deskReports.ages.${age}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('deskReports.columns.open'), data: backlogAges.map((age) => report.total.ages[age]), barMaxWidth: 24, label: { show: true, position: 'top' } }],
  };
  type TeamRow = BacklogReport['teams'][number];
  return (
    <>
      <Statistic title={t('deskReports.columns.open')} value={report.total.open} />
      <Chart label={t('deskReports.backlog')} option={option} height={220} onItemClick={(index) => report.total.ages[backlogAges[index]!] > 0 && navigate(open({ age: backlogAges[index] }))} />
      <Table<TeamRow>
        rowKey={(row) => row.teamId ?? 'none'}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={report.teams}
        columns={[
          { key: 'team', title: t('deskReports.columns.team'), fixed: 'left', render: (_, row) => row.name ?? t('deskReports.noTeam') },
          { key: 'open', title: t('deskReports.columns.open'), align: 'right', render: (_, row) => <Figure value={row.open} to={open(teamOnly(row.teamId))} /> },
          ...backlogAges.map((age) => ({
            key: age,
            title: t(`deskReports.ages.${age}`),
            align: 'right' as const,
            render: (_: unknown, row: TeamRow) => <Figure value={row.ages[age]} to={open({ ...teamOnly(row.teamId), age })} />,
          })),
        ]}
      />
    </>
  );
}

/** Columns of a grouping of ratings: its name, then count (opening the ratings), mean and each rating's count. */
function ratingColumns<Row extends RatingRow>(
  titles: { name: string; count: string; mean: string },
  nameOf: (row: Row) => ReactNode,
  linkOf: (row: Row, rating?: number) => string,
): ColumnsType<Row> {
  return [
    { key: 'name', title: titles.name, fixed: 'left', render: (_, row) => nameOf(row) },
    { key: 'count', title: titles.count, align: 'right', render: (_, row) => <Figure value={row.count} to={linkOf(row)} /> },
    { key: 'mean', title: titles.mean, align: 'right', render: (_, row) => row.mean ?? '—' },
    ...[1, 2, 3, 4, 5].map((rating) => ({
      key: `rating${rating}`,
      title: '★'.repeat(rating),
      align: 'right' as const,
      render: (_: unknown, row: Row) => <Figure value={row.ratings[rating - 1]!} to={linkOf(row, rating)} />,
    })),
  ];
}

function SatisfactionSection({ report, params }: { report: SatisfactionReport; params: ReportParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rated = (figure: Partial<FigureParams>, rating?: number) => figureLink(params, { figure: 'rated', ...report.range, ...figure, ...(rating ? { rating: String(rating) } : {}) });
  if (report.total.count === 0) return <Empty description={t('deskReports.noRatings')} />;
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: [1, 2, 3, 4, 5].map((rating) => '★'.repeat(rating)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('deskReports.columns.rated'), data: report.total.ratings, barMaxWidth: 24, label: { show: true, position: 'top' } }],
  };
  const table = <Row extends RatingRow>(rows: Row[], rowKey: (row: Row) => string, columns: ColumnsType<Row>) => (
    <Table<Row> rowKey={rowKey} size="small" pagination={false} scroll={{ x: 'max-content' }} dataSource={rows} columns={columns} />
  );
  const titles = (name: 'month' | 'team' | 'category') => ({ name: t(`deskReports.columns.${name}`), count: t('deskReports.columns.rated'), mean: t('deskReports.columns.mean') });
  type MonthRow = SatisfactionReport['months'][number];
  type TeamRow = SatisfactionReport['teams'][number];
  type CategoryRow = SatisfactionReport['categories'][number];
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={12}>
          <Statistic title={t('deskReports.columns.rated')} value={report.total.count} />
        </Col>
        <Col xs={12}>
          <Statistic title={t('deskReports.columns.mean')} value={report.total.mean ?? '—'} suffix="/ 5" />
        </Col>
      </Row>
      <Chart label={t('deskReports.distribution')} option={option} height={200} onItemClick={(index) => report.total.ratings[index]! > 0 && navigate(rated({}, index + 1))} />
      <Typography.Title level={5}>{t('deskReports.byMonth')}</Typography.Title>
      {table<MonthRow>(report.months, (row) => row.month, ratingColumns(titles('month'), (row) => row.month, (row, rating) => rated(monthOnly(row.month), rating)))}
      <Typography.Title level={5}>{t('deskReports.byTeam')}</Typography.Title>
      {table<TeamRow>(report.teams, (row) => row.teamId ?? 'none', ratingColumns(titles('team'), (row) => row.name ?? t('deskReports.noTeam'), (row, rating) => rated(teamOnly(row.teamId), rating)))}
      <Typography.Title level={5}>{t('deskReports.byCategory')}</Typography.Title>
      {table<CategoryRow>(report.categories, (row) => row.categoryCode, ratingColumns(titles('category'), (row) => row.name, (row, rating) => rated({ categoryCode: row.categoryCode }, rating)))}
    </Flex>
  );
}

/**
 * The service desk's report for supervisors and leaders: for a range of China months and a team or category,
 * SLA attainment, requests created against resolved, the backlog's age now and the enterprises' satisfaction, every figure opening
 * the requests behind it. The months and filters live in the address, so that a figure's list leads back here.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params: ReportParams = paramsOf(search, reportParamNames);
  const sla = useSlaAttainmentReport(params);
  const flow = useCreatedResolvedReport(params);
  const backlog = useBacklogReport(params);
  const satisfaction = useSatisfactionReport(params);
  const teams = useTeams(false);
  const categories = useCategories();
  const update = (next: ReportParams) => setSearch(new URLSearchParams(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1]))), { replace: true });
  const set = (key: 'teamId' | 'categoryCode') => (value: string | undefined) => update({ ...params, [key]: value });

  function pickMonths(months: [Dayjs | null, Dayjs | null] | null) {
    const { from: _from, to: _to, ...rest } = params;
    update(months?.[0] && months[1] ? { ...rest, from: months[0].format('YYYY-MM'), to: months[1].format('YYYY-MM') } : rest);
  }


  // A refused range (too long, say) keeps the filters on screen, so that the reader can change it.
  const error = sla.error ?? flow.error ?? backlog.error ?? satisfaction.error;
  const range = params.from && params.to ? { from: params.from, to: params.to } : flow.data?.range;
  return (
    <>
      <PageHeader
        title={t('deskReports.title')}
        extra={
          <DownloadButton path='/api/reports/service-desk/export' fileName={t('deskReports.fileName')} query={{ ...params }}>
            {t('deskReports.export')}
          </DownloadButton>
        }
      >
        <Flex wrap gap={8} align="center">
          <PeriodPicker
            picker="month"
            aria-label={t('deskReports.months')}
            value={range ? [dayjs(`${range.from}-01`), dayjs(`${range.to}-01`)] : null}
            onChange={(months) => pickMonths(months as [Dayjs | null, Dayjs | null] | null)}
            allowClear={params.from !== undefined}
            style={{ maxWidth: '100%' }}
          />
          <Select
            allowClear
            value={params.teamId}
            onChange={set('teamId')}
            placeholder={t('deskReports.filters.team')}
            aria-label={t('deskReports.filters.team')}
            loading={teams.isPending}
            options={[...(teams.data ?? []).map((team) => ({ value: team.id, label: team.name })), { value: 'none', label: t('deskReports.noTeam') }]}
            style={{ minWidth: 180 }}
          />
          <Select
            allowClear
            value={params.categoryCode}
            onChange={set('categoryCode')}
            placeholder={t('deskReports.filters.category')}
            aria-label={t('deskReports.filters.category')}
            loading={categories.isPending}
            options={(categories.data ?? []).map((category) => ({ value: category.code, label: category.name }))}
            style={{ minWidth: 160 }}
          />
        </Flex>
      </PageHeader>
      {error ? (
        <ErrorResult
          error={error}
          onRetry={() => {
            void sla.refetch();
            void flow.refetch();
            void backlog.refetch();
            void satisfaction.refetch();
          }}
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <ReportCard title={t('deskReports.sla')} hint={t('deskReports.slaHint')} query={sla}>
              {(report) => <SlaSection report={report} params={params} />}
            </ReportCard>
          </Col>
          <Col xs={24} lg={12}>
            <ReportCard title={t('deskReports.createdResolved')} hint={t('deskReports.createdResolvedHint')} query={flow}>
              {(report) => <CreatedResolvedSection report={report} params={params} />}
            </ReportCard>
          </Col>
          <Col xs={24} lg={12}>
            <ReportCard title={t('deskReports.backlog')} hint={t('deskReports.backlogHint')} query={backlog}>
              {(report) => <BacklogSection report={report} params={params} />}
            </ReportCard>
          </Col>
          <Col xs={24}>
            <ReportCard title={t('deskReports.satisfaction')} hint={t('deskReports.satisfactionHint')} query={satisfaction}>
              {(report) => <SatisfactionSection report={report} params={params} />}
            </ReportCard>
          </Col>
        </Row>
      )}
    </>
  );
}
