import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { ErrorResult } from '../../components/results.tsx';
import { priorityColors, stateColors, useCategories } from '../service-desk/api.ts';
import { useTeams } from '../teams/api.ts';
import { paramsOf, reportLink, reportParamNames, useFigureRequests, type FigureParams, type FigureRequestsPage as RequestsPage } from './api.ts';

type RequestRow = RequestsPage['items'][number];

const figureParamNames = [...reportParamNames, 'figure', 'age', 'rating', 'target', 'outcome'] as const;
const pageSize = 20;

/** What the list holds, in words: the figure, its months (but for the backlog, which is today's), team and category. */
function useFigureTitle(params: FigureParams): string {
  const { t } = useTranslation();
  const teams = useTeams(false);
  const categories = useCategories();
  const parts = [t(`deskReports.figures.${params.figure}`)];
  if (params.age) parts.push(t(`deskReports.ages.${params.age}`));
  if (params.rating) parts.push('★'.repeat(Number(params.rating)));
  if (params.target) parts.push(t(`deskReports.targets.${params.target}`));
  if (params.outcome) parts.push(t(`deskReports.outcomes.${params.outcome}`));
  if (params.figure !== 'open' && params.from && params.to) parts.push(params.from === params.to ? params.from : `${params.from} – ${params.to}`);
  if (params.teamId) parts.push(params.teamId === 'none' ? t('deskReports.noTeam') : (teams.data?.find((team) => team.id === params.teamId)?.name ?? ''));
  if (params.categoryCode) parts.push(categories.data?.find((category) => category.code === params.categoryCode)?.name ?? params.categoryCode);
  return parts.filter(Boolean).join(' · ');
}

/** The requests behind one figure of the desk's report, a page at a time, each opening its own page. */
export function FigureRequestsPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const params = { figure: 'created', ...paramsOf(search, figureParamNames) } as FigureParams;
  const [page, toPage] = usePageParam();
  const requests = useFigureRequests({ ...params, page, pageSize });
  const title = useFigureTitle(params);
  const { figure: _figure, age: _age, rating: _rating, target: _target, outcome: _outcome, ...reportParams } = params;


  return (
    <>
      <PageHeader
        title={t('deskReports.requestsTitle')}
        extra={
          <Link to={reportLink(reportParams)}>
            <Button icon={<ArrowLeftOutlined />}>{t('deskReports.backToReport')}</Button>
          </Link>
        }
      >
        <Typography.Text type="secondary">{title}</Typography.Text>
      </PageHeader>
      {requests.error ? (
        <ErrorResult error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <Table<RequestRow>
          rowKey="id"
          size="small"
          loading={requests.isPending}
          dataSource={requests.data?.items}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize, total: requests.data?.total ?? 0, onChange: toPage, showSizeChanger: false, showTotal: (total) => t('deskReports.requestCount', { count: total }) }}
          columns={[
            { key: 'reference', title: t('deskReports.columns.reference'), fixed: 'left', render: (_, row) => <Link to={`/service-desk/requests/${row.id}`}>{row.reference}</Link> },
            { key: 'category', title: t('deskReports.columns.category'), dataIndex: 'categoryName' },
            { key: 'team', title: t('deskReports.columns.team'), render: (_, row) => row.teamName ?? t('deskReports.noTeam') },
            { key: 'state', title: t('deskReports.columns.state'), render: (_, row) => <Tag color={stateColors[row.state]}>{t(`serviceDesk.states.${row.state}`)}</Tag> },
            { key: 'priority', title: t('deskReports.columns.priority'), render: (_, row) => <Tag color={priorityColors[row.priority]}>{t(`serviceDesk.priorities.${row.priority}`)}</Tag> },
            { key: 'enterprise', title: t('deskReports.columns.enterprise'), dataIndex: 'enterpriseName' },
            { key: 'owner', title: t('deskReports.columns.owner'), render: (_, row) => row.ownerName ?? '—' },
            { key: 'created', title: t('deskReports.columns.createdAt'), render: (_, row) => formatDateTime(row.createdAt) },
            { key: 'resolved', title: t('deskReports.columns.resolvedAt'), render: (_, row) => formatDateTime(row.resolvedAt) },
            { key: 'rating', title: t('deskReports.columns.rating'), align: 'right', render: (_, row) => (row.rating ? '★'.repeat(row.rating) : '—') },
          ]}
        />
      )}
    </>
  );
}
