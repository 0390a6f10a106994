import { Col, Empty, Flex, Row, Select, Statistic, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Chart } from '../../components/Chart.tsx';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReportCard } from '../../components/ReportCard.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { evaluationFigures, figureLink, policyLevels, usePolicyEvaluation, type EvaluationFigure, type EvaluationFigures, type FigureParams, type PolicyEvaluation, type PolicyLevel } from './api.ts';

const pageSize = 20;
type Row = { key: string; title: string; figures: EvaluationFigures; scope: Omit<FigureParams, 'figure'>; children?: Row[]; state?: PolicyEvaluation['state'] };

const formatWan = (amount: number) => amount.toLocaleString(undefined, { maximumFractionDigits: 4 });

/** A count that opens the enterprises behind it; a zero opens nothing. */
function FigureLink({ value, params }: { value: number; params: FigureParams }) {
  return value > 0 ? <Link to={figureLink(params)}>{value}</Link> : <>{value}</>;
}

/**
 * The policies' evaluation (政策评估): per policy and, unfolded, per benefit item, how many enterprises fit, were
 * told, applied, were approved and paid, with the money, the median days to payout and the ratings; each count
 * opens its enterprises. The funnel of the page's policies as a chart; the whole as a workbook.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const level = (policyLevels as readonly string[]).includes(search.get('level') ?? '') ? (search.get('level') as PolicyLevel) : undefined;
  const page = Number(search.get('page') ?? 1) || 1;
  const report = usePolicyEvaluation({ level, page, pageSize });
  const setParam = (name: string, value: string | undefined) =>
    setSearch((current) => {
      const copy = new URLSearchParams(current);
      if (value) copy.set(name, value);
      else copy.delete(name);
      if (name !== 'page') copy.delete('page');
      return copy;
    });

  const figureColumn = (figure: EvaluationFigure) => ({
    key: figure,
    title: t(`policyEvaluation.figures.${figure}`),
    align: 'right' as const,
    render: (_: unknown, row: Row) => <FigureLink value={row.figures[figure]} params={{ ...row.scope, figure }} />,
  });
  const columns: ColumnsType<Row> = [
    {
      key: 'title',
      title: t('policyEvaluation.columns.policy'),
      fixed: 'left',
      width: 240,
      render: (_, row) => (
        <>
          {row.title} {row.state === 'withdrawn' && <Tag>{t('policyEvaluation.withdrawn')}</Tag>}
        </>
      ),
    },
    ...evaluationFigures.map(figureColumn),
    { key: 'amount', title: t('policyEvaluation.columns.amountWan'), align: 'right', render: (_, row) => formatWan(row.figures.amountWan) },
    { key: 'days', title: t('policyEvaluation.columns.medianDays'), align: 'right', render: (_, row) => row.figures.medianDaysToPayout ?? '—' },
    {
      key: 'rating',
      title: t('policyEvaluation.columns.rating'),
      align: 'right',
      render: (_, row) => (row.figures.meanRating === null ? '—' : t('policyEvaluation.ratingOf', { mean: row.figures.meanRating, count: row.figures.ratings })),
    },
  ];

  const rows: Row[] = (report.data?.items ?? []).map((policy) => ({
    key: policy.id,
    title: policy.title,
    state: policy.state,
    figures: policy.figures,
    scope: { policyId: policy.id },
    children: policy.items.map((item) => ({ key: item.id, title: `${item.title} · ${t(`policyEvaluation.delivery.${item.delivery}`)}`, figures: item.figures, scope: { itemId: item.id } })),
  }));

  const funnel: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: (report.data?.items ?? []).map((policy) => policy.title), axisLabel: { width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: evaluationFigures
      .filter((figure) => figure !== 'possible')
      .map((figure) => ({ type: 'bar', name: t(`policyEvaluation.figures.${figure}`), data: (report.data?.items ?? []).map((policy) => policy.figures[figure]) })),
  };

  if (report.error) return <ErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  const totals = report.data?.totals;
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('policyEvaluation.title')}
        extra={
          <DownloadButton path="/api/reports/policies/export" fileName={t('policyEvaluation.fileName')} query={{ level }}>
            {t('policyEvaluation.export')}
          </DownloadButton>
        }
      >
        <Select
          aria-label={t('policyEvaluation.level')}
          allowClear
          placeholder={t('policyEvaluation.allLevels')}
          style={{ minWidth: 160 }}
          value={level}
          onChange={(value?: PolicyLevel) => setParam('level', value)}
          options={policyLevels.map((value) => ({ value, label: t(`policyEvaluation.levels.${value}`) }))}
        />
      </PageHeader>
      <ReportCard title={t('policyEvaluation.totals')} hint={t('policyEvaluation.totalsHint')} query={report}>
        {() =>
          totals && (
            <Row gutter={[16, 16]}>
              {evaluationFigures.map((figure) => (
                <Col key={figure} xs={12} sm={8} md={4}>
                  <Statistic title={t(`policyEvaluation.figures.${figure}`)} valueRender={() => <FigureLink value={totals[figure]} params={{ figure, level }} />} value={totals[figure]} />
                </Col>
              ))}
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('policyEvaluation.columns.amountWan')} value={formatWan(totals.amountWan)} />
              </Col>
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('policyEvaluation.columns.medianDays')} value={totals.medianDaysToPayout ?? '—'} />
              </Col>
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('policyEvaluation.columns.rating')} value={totals.meanRating ?? '—'} suffix={totals.ratings > 0 ? `(${totals.ratings})` : undefined} />
              </Col>
            </Row>
          )
        }
      </ReportCard>
      <ReportCard title={t('policyEvaluation.byPolicy')} hint={t('policyEvaluation.byPolicyHint')} query={report}>
        {(data) =>
          data.total === 0 ? (
            <Empty description={t('policyEvaluation.empty')} />
          ) : (
            <>
              <Chart option={funnel} label={t('policyEvaluation.chartLabel')} height={280} />
              <Table<Row>
                size="small"
                dataSource={rows}
                columns={columns}
                scroll={{ x: 'max-content' }}
                loading={report.isFetching}
                pagination={{ current: page, pageSize, total: data.total, showSizeChanger: false, onChange: (next) => setParam('page', String(next)) }}
              />
            </>
          )
        }
      </ReportCard>
    </Flex>
  );
}
