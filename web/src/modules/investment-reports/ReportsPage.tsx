import { Card, Checkbox, Col, Empty, Flex, Row, Select, Statistic, Table } from 'antd';
import type { EChartsOption } from 'echarts';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Chart } from '../../components/Chart.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReportCard } from '../../components/ReportCard.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useIndustryTree } from '../enterprises/api.ts';
import { RegionPicker } from '../enterprises/pickers.tsx';
import { formatWan, useTeams, type ProjectFilterParams } from '../investment-projects/api.ts';
import { useStageName } from '../investment-projects/StageTag.tsx';
import {
  figureLink,
  monthWithin,
  useEventLandingReport,
  useFunnelReport,
  useOccupancyReport,
  useSignedReport,
  type EventLandingReport,
  type FunnelReport,
  type OccupancyReport,
  type ReportParams,
  type SignedReport,
} from './api.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';

type Period = { from: string; to: string };
type SignedRow = SignedReport['byMonth'][number];
type GroupRow = SignedRow & { key: string; name: string; filter: ProjectFilterParams };

const percent = (share: number | null) => (share === null ? '—' : `${share}%`);
const sharePercent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** A figure that opens the projects behind it; a zero opens nothing. */
function Figure({ value, to, children }: { value: number; to: string; children?: ReactNode }) {
  return value > 0 ? <Link to={to}>{children ?? value}</Link> : <>{children ?? value}</>;
}

function FunnelSection({ report, params }: { report: FunnelReport; params: ReportParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stageName = useStageName();
  const created = { createdFrom: report.period.from, createdTo: report.period.to };
  const reachedLink = (stage: FunnelReport['funnel'][number]['stage']) => figureLink(params, { ...created, reachedStage: stage });
  if (report.funnel[0]!.reached === 0) return <Empty description={t('investmentReports.empty')} />;
  const rows = [...report.funnel].reverse();
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => stageName(row.stage)) },
    series: [{ type: 'bar', name: t('investmentReports.columns.reached'), data: rows.map((row) => row.reached), barMaxWidth: 18, label: { show: true, position: 'right' } }],
  };
  return (
    <>
      <Chart label={t('investmentReports.funnel')} option={option} height={300} onItemClick={(index) => navigate(reachedLink(rows[index]!.stage))} />
      <Table
        rowKey="stage"
        size="small"
        pagination={false}
        dataSource={report.funnel}
        columns={[
          { key: 'stage', title: t('investmentReports.columns.stage'), render: (_, row) => stageName(row.stage) },
          { key: 'reached', title: t('investmentReports.columns.reached'), align: 'right', render: (_, row) => <Figure value={row.reached} to={reachedLink(row.stage)} /> },
          { key: 'conversion', title: t('investmentReports.columns.conversion'), align: 'right', render: (_, row) => percent(row.conversion) },
        ]}
      />
    </>
  );
}

function CurrentSection({ report, params }: { report: FunnelReport; params: ReportParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stageName = useStageName();
  if (report.current.every((row) => row.count === 0)) return <Empty description={t('investmentReports.empty')} />;
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: report.current.map((row) => stageName(row.stage)), axisLabel: { interval: 0, rotate: 45 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('investmentReports.columns.count'), data: report.current.map((row) => row.count), barMaxWidth: 18 }],
  };
  return (
    <>
      <Chart label={t('investmentReports.current')} option={option} height={240} onItemClick={(index) => navigate(figureLink(params, { stage: report.current[index]!.stage }))} />
      <Table
        rowKey="stage"
        size="small"
        pagination={false}
        dataSource={report.current}
        columns={[
          { key: 'stage', title: t('investmentReports.columns.stage'), render: (_, row) => stageName(row.stage) },
          { key: 'count', title: t('investmentReports.columns.count'), align: 'right', render: (_, row) => <Figure value={row.count} to={figureLink(params, { stage: row.stage })} /> },
        ]}
      />
    </>
  );
}

function StageDaysSection({ report, params }: { report: FunnelReport; params: ReportParams }) {
  const { t } = useTranslation();
  const stageName = useStageName();
  const created = { createdFrom: report.period.from, createdTo: report.period.to };
  return (
    <Table
      rowKey="stage"
      size="small"
      pagination={false}
      dataSource={report.stageDays}
      columns={[
        { key: 'stage', title: t('investmentReports.columns.stage'), render: (_, row) => stageName(row.stage) },
        { key: 'median', title: t('investmentReports.columns.medianDays'), align: 'right', render: (_, row) => row.medianDays ?? '—' },
        { key: 'stays', title: t('investmentReports.columns.stays'), align: 'right', dataIndex: 'stays' },
        {
          key: 'projects',
          title: t('investmentReports.columns.projects'),
          align: 'right',
          render: (_, row) => <Figure value={row.projects} to={figureLink(params, { ...created, leftStage: row.stage })} />,
        },
      ]}
    />
  );
}

/** One grouping of the signed projects: a bar chart and its table, every figure opening its projects. */
function SignedGroup({ title, rows, params, period, kind }: { title: string; rows: GroupRow[]; params: ReportParams; period: Period; kind: 'bar' | 'line' }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const signed = { signedFrom: period.from, signedTo: period.to, verifiedOnly: params.verifiedOnly };
  const link = (row: GroupRow, extra: ProjectFilterParams = {}) => figureLink(params, { ...signed, ...row.filter, ...extra });
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 45 : 0 } },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', splitLine: { show: false } },
    ],
    series: [
      { type: kind, name: t('investmentReports.columns.signed'), data: rows.map((row) => row.signed), barMaxWidth: 18 },
      { type: kind, name: t('investmentReports.columns.amountWan'), yAxisIndex: 1, data: rows.map((row) => row.amountWan), barMaxWidth: 18 },
    ],
  };
  return (
    <Card size="small" title={title}>
      <Chart label={title} option={option} height={260} onItemClick={(index) => rows[index]!.signed > 0 && navigate(link(rows[index]!))} />
      <Table<GroupRow>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { key: 'name', title: title, dataIndex: 'name', fixed: 'left' },
          { key: 'signed', title: t('investmentReports.columns.signed'), align: 'right', render: (_, row) => <Figure value={row.signed} to={link(row)} /> },
          { key: 'amount', title: t('investmentReports.columns.amountWan'), align: 'right', render: (_, row) => formatWan(row.amountWan, i18n.language) },
          {
            key: 'unverified',
            title: t('investmentReports.columns.unverified'),
            align: 'right',
            render: (_, row) => <Figure value={row.unverified} to={link(row, { verification: 'unverified' })} />,
          },
          { key: 'unverifiedAmount', title: t('investmentReports.columns.unverifiedAmountWan'), align: 'right', render: (_, row) => formatWan(row.unverifiedAmountWan, i18n.language) },
        ]}
      />
    </Card>
  );
}

function SignedSection({ report, params }: { report: SignedReport; params: ReportParams }) {
  const { t, i18n } = useTranslation();
  const none = t('investmentReports.none');
  if (report.total.signed === 0) return <Empty description={t('investmentReports.noSigned')} />;
  const sectors: GroupRow[] = report.bySector.map((row) => ({ ...row, month: '', key: row.sector ?? 'none', name: row.name ?? none, filter: { sector: row.sector ?? 'none' } }));
  const regions: GroupRow[] = report.byRegion.map((row) => ({ ...row, month: '', key: row.regionCode ?? 'none', name: row.name ?? none, filter: { regionCode: row.regionCode ?? 'none' } }));
  const teams: GroupRow[] = report.byTeam.map((row) => ({ ...row, month: '', key: row.teamId ?? 'none', name: row.name ?? none, filter: { teamId: row.teamId ?? 'none' } }));
  const months: GroupRow[] = report.byMonth.map((row) => ({ ...row, key: row.month, name: row.month, filter: monthWithin(row.month, report.period) }));
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8}>
          <Statistic title={t('investmentReports.totals.signed')} value={report.total.signed} />
        </Col>
        <Col xs={12} md={8}>
          <Statistic title={t('investmentReports.totals.amountWan')} value={formatWan(report.total.amountWan, i18n.language)} />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title={t('investmentReports.totals.unverified')} value={`${report.total.unverified} · ${formatWan(report.total.unverifiedAmountWan, i18n.language)}`} />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <SignedGroup title={t('investmentReports.bySector')} rows={sectors} params={params} period={report.period} kind="bar" />
        </Col>
        <Col xs={24} xl={12}>
          <SignedGroup title={t('investmentReports.byRegion')} rows={regions} params={params} period={report.period} kind="bar" />
        </Col>
        <Col xs={24} xl={12}>
          <SignedGroup title={t('investmentReports.byTeam')} rows={teams} params={params} period={report.period} kind="bar" />
        </Col>
        <Col xs={24} xl={12}>
          <SignedGroup title={t('investmentReports.byMonth')} rows={months} params={params} period={report.period} kind="line" />
        </Col>
      </Row>
    </Flex>
  );
}

function OccupancySection({ report }: { report: OccupancyReport }) {
  const { t } = useTranslation();
  if (report.sites.length === 0) return <Empty description={t('investmentReports.noSites')} />;
  const months = report.sites[0]!.months.map((point) => point.month);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', valueFormatter: (value) => sharePercent(Number(value)) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', max: 1, axisLabel: { formatter: (value: number) => sharePercent(value) } },
    series: report.sites.map((site) => ({ type: 'line', name: site.name, data: site.months.map((point) => point.leasedShare) })),
  };
  return (
    <>
      {months.length > 0 && <Chart label={t('investmentReports.occupancyByMonth')} option={option} height={280} />}
      <Table
        rowKey="siteId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={report.sites}
        columns={[
          { key: 'site', title: t('investmentReports.columns.site'), fixed: 'left', render: (_, site) => <Link to={`/sites/${site.siteId}`}>{site.name}</Link> },
          { key: 'region', title: t('investmentReports.columns.region'), render: (_, site) => site.regionName ?? t('investmentReports.none') },
          { key: 'area', title: t('investmentReports.columns.totalArea'), dataIndex: 'totalArea', align: 'right' },
          { key: 'leased', title: t('investmentReports.columns.leasedShare'), align: 'right', render: (_, site) => sharePercent(site.leasedShare) },
          { key: 'open', title: t('investmentReports.columns.openShare'), align: 'right', render: (_, site) => sharePercent(site.openShare) },
        ]}
      />
    </>
  );
}

const landingSteps = ['registered', 'started', 'producing', 'atCapacity', 'terminated'] as const;

/** Landing rates per event held in the period; each event opens its page, which lists the projects behind every rate. */
function EventLandingSection({ report }: { report: EventLandingReport }) {
  const { t } = useTranslation();
  if (report.events.length === 0) return <Empty description={t('investmentReports.noEvents')} />;
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={report.events}
      columns={[
        { key: 'event', title: t('investmentReports.columns.event'), fixed: 'left', render: (_, event) => <Link to={`/events/${event.id}`}>{event.name}</Link> },
        { key: 'heldOn', title: t('investmentReports.columns.heldOn'), render: (_, event) => `${event.heldOn} · ${event.city}` },
        { key: 'counted', title: t('investmentReports.columns.counted'), dataIndex: 'counted', align: 'right' },
        ...landingSteps.map((step) => ({
          key: step,
          title: t(`investmentReports.columns.${step}`),
          align: 'right' as const,
          render: (_: unknown, event: EventLandingReport['events'][number]) => `${event[step].count} · ${sharePercent(event[step].rate)}`,
        })),
      ]}
    />
  );
}

/** 招商报表: the pipeline, the signings and the sites' occupancy of a period, each figure opening its projects. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useState<ReportParams>({});
  const funnel = useFunnelReport(params);
  const signed = useSignedReport(params);
  const occupancy = useOccupancyReport(params);
  const events = useEventLandingReport(params);
  const teams = useTeams();
  const industries = useIndustryTree();
  const set = <K extends keyof ReportParams>(key: K) => (value: ReportParams[K] | undefined) =>
    setParams((current) => {
      const next = { ...current };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });

  function pickDays(days: [Dayjs | null, Dayjs | null] | null) {
    setParams(({ from: _from, to: _to, ...rest }) => (days?.[0] && days[1] ? { ...rest, from: days[0].format('YYYY-MM-DD'), to: days[1].format('YYYY-MM-DD') } : rest));
  }


  // A refused period (too long, say) keeps the filters on screen, so that the reader can change it.
  const error = funnel.error ?? signed.error ?? occupancy.error ?? events.error;
  const period = params.from && params.to ? params : funnel.data?.period;
  return (
    <>
      <PageHeader
        title={t('investmentReports.title')}
        extra={
          <DownloadButton path='/api/reports/investment/export' fileName={t('investmentReports.fileName')} query={{ ...params }}>
            {t('investmentReports.export')}
          </DownloadButton>
        }
      >
        <Flex wrap gap={8} align="center">
          <PeriodPicker
            aria-label={t('investmentReports.period')}
            value={period ? [dayjs(period.from), dayjs(period.to)] : null}
            onChange={(days) => pickDays(days as [Dayjs | null, Dayjs | null] | null)}
            allowClear={params.from !== undefined}
            style={{ maxWidth: '100%' }}
          />
          <Select
            allowClear
            value={params.teamId}
            onChange={set('teamId')}
            placeholder={t('investmentReports.filters.team')}
            aria-label={t('investmentReports.filters.team')}
            loading={teams.isPending}
            options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
            style={{ minWidth: 160 }}
          />
          <div style={{ minWidth: 180 }}>
            <RegionPicker value={params.regionCode} onChange={set('regionCode')} placeholder={t('investmentReports.filters.region')} aria-label={t('investmentReports.filters.region')} />
          </div>
          <Select
            allowClear
            value={params.sector}
            onChange={set('sector')}
            placeholder={t('investmentReports.filters.sector')}
            aria-label={t('investmentReports.filters.sector')}
            loading={industries.isPending}
            options={(industries.data ?? []).map((section) => ({ value: section.code, label: `${section.code} ${section.name}` }))}
            style={{ minWidth: 180 }}
            popupMatchSelectWidth={false}
          />
          <Checkbox checked={params.verifiedOnly === 'true'} onChange={(event) => set('verifiedOnly')(event.target.checked ? 'true' : undefined)}>
            {t('investmentReports.filters.verifiedOnly')}
          </Checkbox>
        </Flex>
      </PageHeader>
      {error ? (
        <ErrorResult
          error={error}
          onRetry={() => {
            void funnel.refetch();
            void signed.refetch();
            void occupancy.refetch();
            void events.refetch();
          }}
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <ReportCard title={t('investmentReports.funnel')} hint={t('investmentReports.funnelHint')} query={funnel}>
              {(report) => <FunnelSection report={report} params={params} />}
            </ReportCard>
          </Col>
          <Col xs={24} lg={12}>
            <Flex vertical gap={16}>
              <ReportCard title={t('investmentReports.current')} hint={t('investmentReports.currentHint')} query={funnel}>
                {(report) => <CurrentSection report={report} params={params} />}
              </ReportCard>
              <ReportCard title={t('investmentReports.stageDays')} hint={t('investmentReports.stageDaysHint')} query={funnel}>
                {(report) => <StageDaysSection report={report} params={params} />}
              </ReportCard>
            </Flex>
          </Col>
          <Col xs={24}>
            <ReportCard title={t('investmentReports.signed')} hint={t('investmentReports.signedHint')} query={signed}>
              {(report) => <SignedSection report={report} params={params} />}
            </ReportCard>
          </Col>
          <Col xs={24}>
            <ReportCard title={t('investmentReports.eventLanding')} hint={t('investmentReports.eventLandingHint')} query={events}>
              {(report) => <EventLandingSection report={report} />}
            </ReportCard>
          </Col>
          <Col xs={24}>
            <Card title={t('investmentReports.occupancy')} loading={occupancy.isPending}>
              {occupancy.data && <OccupancySection report={occupancy.data} />}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
