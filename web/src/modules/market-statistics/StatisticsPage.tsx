import { Card, Col, Empty, Row, Statistic, Table } from 'antd';
import type { EChartsOption } from 'echarts';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useMarketStatistics, type MarketStatistics, type MonthRange } from './api.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';

type MonthRow = MarketStatistics['months'][number];
type FieldRow = MarketStatistics['fields'][number];
type DealStageRow = MarketStatistics['dealStages'][number];
type FieldDealRow = MarketStatistics['fieldDeals'][number];

const dealSteps = ['introductionsRequested', 'introductionsAccepted', 'dealsSigned', 'dealsCompleted'] as const;

/** Each step's count and its share of the step before, the conversion the operator answers for. */
function DealFunnel({ deals }: { deals: MarketStatistics['deals'] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {dealSteps.map((step, index) => {
        const before = index === 0 ? undefined : deals[dealSteps[index - 1]!];
        const share = before ? `${Math.round((deals[step] / before) * 100)}%` : undefined;
        return (
          <Col key={step} xs={12} md={5}>
            <Statistic title={t(`marketStatistics.columns.${step}`)} value={deals[step]} suffix={share && <span style={{ fontSize: 12 }}>{t('marketStatistics.ofPrevious', { share })}</span>} />
          </Col>
        );
      })}
      <Col xs={24} md={4}>
        <Statistic title={t('marketStatistics.columns.contractAmountWan')} value={deals.contractAmountWan} precision={2} />
      </Col>
    </Row>
  );
}

const monthSeries = ['listingsSubmitted', 'listingsPublished', 'demandsSubmitted', 'demandsPublished'] as const;

function MonthChart({ months }: { months: MonthRow[] }) {
  const { t } = useTranslation();
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((row) => row.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: monthSeries.map((key) => ({ type: 'bar', name: t(`marketStatistics.columns.${key}`), data: months.map((row) => row[key]), barMaxWidth: 14 })),
  };
  return <Chart label={t('marketStatistics.byMonth')} option={option} height={320} />;
}

function FieldChart({ fields }: { fields: FieldRow[] }) {
  const { t } = useTranslation();
  const rows = [...fields].reverse();
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => row.fieldName ?? t('marketStatistics.noField')) },
    series: (['listings', 'technologyDemands', 'capitalDemands'] as const).map((key) => ({
      type: 'bar',
      stack: 'offer',
      name: t(`marketStatistics.columns.${key}`),
      data: rows.map((row) => row[key]),
      barMaxWidth: 18,
    })),
  };
  return <Chart label={t('marketStatistics.byField')} option={option} height={Math.max(240, rows.length * 30 + 40)} />;
}

function FieldDealChart({ rows }: { rows: FieldDealRow[] }) {
  const { t } = useTranslation();
  const reversed = [...rows].reverse();
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: reversed.map((row) => row.fieldName ?? t('marketStatistics.noField')) },
    series: dealSteps.map((key) => ({ type: 'bar', name: t(`marketStatistics.columns.${key}`), data: reversed.map((row) => row[key]), barMaxWidth: 10 })),
  };
  return <Chart label={t('marketStatistics.dealsByField')} option={option} height={Math.max(240, reversed.length * 48 + 40)} />;
}

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);

/** Introductions and deals by the field of their listing: each step, its conversion from the one before, the amounts. */
function FieldDeals({ rows }: { rows: FieldDealRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty description={t('marketStatistics.noDeals')} />;
  const count = (key: (typeof dealSteps)[number]) => ({ key, title: t(`marketStatistics.columns.${key}`), dataIndex: key, align: 'right' as const });
  const share = (key: 'acceptedRate' | 'signedRate' | 'completedRate') => ({
    key,
    title: t(`marketStatistics.columns.${key}`),
    dataIndex: key,
    align: 'right' as const,
    render: percent,
  });
  return (
    <>
      <FieldDealChart rows={rows} />
      <Table<FieldDealRow>
        rowKey={(row) => row.fieldId ?? 'none'}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { key: 'field', title: t('marketStatistics.columns.field'), fixed: 'left', render: (_, row) => row.fieldName ?? t('marketStatistics.noField') },
          count('introductionsRequested'),
          count('introductionsAccepted'),
          share('acceptedRate'),
          count('dealsSigned'),
          share('signedRate'),
          count('dealsCompleted'),
          share('completedRate'),
          { key: 'contractAmountWan', title: t('marketStatistics.columns.contractAmountWan'), dataIndex: 'contractAmountWan', align: 'right' },
        ]}
      />
    </>
  );
}

/** The technology market's figures for its operator and the district's leaders; every table also as a workbook. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<MonthRange>({});
  const { data, error, refetch, isPending } = useMarketStatistics(range);


  function pickMonths(months: [Dayjs | null, Dayjs | null] | null) {
    setRange(months?.[0] && months[1] ? { from: months[0].format('YYYY-MM'), to: months[1].format('YYYY-MM') } : {});
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const published = (kind: 'listing' | 'demand') => data?.states.find((row) => row.kind === kind && row.state === 'published')?.count ?? 0;
  const awaiting = data?.states.filter((row) => row.state === 'submitted').reduce((sum, row) => sum + row.count, 0) ?? 0;
  const monthColumns = ['listingsCreated', 'listingsSubmitted', 'listingsPublished', 'demandsCreated', 'demandsSubmitted', 'demandsPublished', 'dealsSigned', 'contractAmountWan'] as const;

  return (
    <>
      <PageHeader
        title={t('marketStatistics.title')}
        extra={
          <>
            <PeriodPicker
              picker="month"
              aria-label={t('marketStatistics.months')}
              value={data ? [dayjs(`${data.range.from}-01`), dayjs(`${data.range.to}-01`)] : null}
              onChange={(months) => pickMonths(months as [Dayjs | null, Dayjs | null] | null)}
              allowClear={range.from !== undefined}
            />
            <DownloadButton path='/api/market/statistics/export' fileName={t('marketStatistics.fileName')} query={{ ...range }}>
              {t('marketStatistics.export')}
            </DownloadButton>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card loading={isPending}><Statistic title={t('marketStatistics.publishedListings')} value={published('listing')} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={isPending}><Statistic title={t('marketStatistics.publishedDemands')} value={published('demand')} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={isPending}><Statistic title={t('marketStatistics.awaitingReview')} value={awaiting} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={isPending}>
            <Statistic title={t('marketStatistics.medianReviewDays')} value={data?.review.find((row) => row.kind === 'listing')?.medianDaysToDecision ?? '—'} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('marketStatistics.byMonth')} loading={isPending}>
            {data && <MonthChart months={data.months} />}
            <Table<MonthRow>
              rowKey="month"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={data?.months}
              columns={[
                { key: 'month', title: t('marketStatistics.columns.month'), dataIndex: 'month', fixed: 'left' },
                ...monthColumns.map((key) => ({ key, title: t(`marketStatistics.columns.${key}`), dataIndex: key, align: 'right' as const })),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('marketStatistics.deals')} loading={isPending}>
            {data && <DealFunnel deals={data.deals} />}
            <Table<DealStageRow>
              rowKey="state"
              size="small"
              pagination={false}
              style={{ marginTop: 16 }}
              dataSource={data?.dealStages}
              columns={[
                { key: 'stage', title: t('marketStatistics.columns.stage'), render: (_, row) => t(`marketStatistics.stages.${row.state}`) },
                { key: 'moves', title: t('marketStatistics.columns.moves'), dataIndex: 'moves', align: 'right' },
                { key: 'median', title: t('marketStatistics.columns.stageMedianDays'), dataIndex: 'medianDays', align: 'right', render: (days: number | null) => days ?? '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('marketStatistics.dealsByField')} loading={isPending}>
            {data && <FieldDeals rows={data.fieldDeals} />}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('marketStatistics.byField')} loading={isPending}>
            {data && data.fields.length === 0 ? (
              <Empty description={t('marketStatistics.nothingOnOffer')} />
            ) : (
              <>
                {data && <FieldChart fields={data.fields} />}
                <Table<FieldRow>
                  rowKey={(row) => row.fieldId ?? 'none'}
                  size="small"
                  pagination={false}
                  dataSource={data?.fields}
                  columns={[
                    { key: 'field', title: t('marketStatistics.columns.field'), render: (_, row) => row.fieldName ?? t('marketStatistics.noField') },
                    ...(['listings', 'technologyDemands', 'capitalDemands'] as const).map((key) => ({ key, title: t(`marketStatistics.columns.${key}`), dataIndex: key, align: 'right' as const })),
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('marketStatistics.review')} loading={isPending}>
            <Table
              rowKey="kind"
              size="small"
              pagination={false}
              dataSource={data?.review}
              columns={[
                { key: 'kind', title: t('marketStatistics.columns.kind'), render: (_, row) => t(`marketStatistics.kinds.${row.kind}`) },
                { key: 'approved', title: t('marketStatistics.columns.approved'), dataIndex: 'approved', align: 'right' },
                { key: 'rejected', title: t('marketStatistics.columns.rejected'), dataIndex: 'rejected', align: 'right' },
                { key: 'median', title: t('marketStatistics.columns.medianDays'), dataIndex: 'medianDaysToDecision', align: 'right', render: (days: number | null) => days ?? '—' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
