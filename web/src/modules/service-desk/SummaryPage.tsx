import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, List, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { priorityColors, stateColors } from './api.ts';
import { requestPath, useProduceSummaryAgain, useSummary, type DailySummary } from './summary-api.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';

type OpenItem = DailySummary['open'][number];

const minutes = (value: number | null) => (value === null ? '—' : value);

/** The SLA figures of the day, or why there are none. */
function SlaFigures({ sla }: { sla: DailySummary['sla'] }) {
  const { t } = useTranslation();
  if (!sla) return <Typography.Text type="secondary">{t('deskSummary.slaUnmeasured')}</Typography.Text>;
  return (
    <Row gutter={[12, 12]}>
      {(['firstResponse', 'resolution'] as const).flatMap((target) =>
        (['met', 'breached'] as const).map((outcome) => (
          <Col key={`${target}-${outcome}`} xs={12} md={6}>
            <Statistic title={t(`deskSummary.sla.${target}.${outcome}`)} value={sla[target][outcome]} valueStyle={outcome === 'breached' && sla[target][outcome] > 0 ? { color: '#cf1322' } : undefined} />
          </Col>
        )),
      )}
    </Row>
  );
}

/**
 * One team's summary of a day, laid out for the 7:30 meeting: the figures, the open items and the problems that
 * came back, each opening its request; printed without the menu and the buttons, exported as a workbook.
 */
export function SummaryPage() {
  const { teamId = '', day = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { data: summary, error, refetch, isPending } = useSummary(teamId, day);
  const produceAgain = useProduceSummaryAgain(teamId);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !summary) return <PageLoading />;


  async function produce() {
    try {
      await produceAgain.mutateAsync();
      void message.success(t('deskSummary.produced'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }

  const atRisk = summary.open.filter((item) => item.sla !== null).length;
  return (
    <div className="desk-summary">
      <PageHeader
        title={t('deskSummary.pageTitle', { team: summary.teamName, day: summary.day })}
        extra={
          <Space wrap className="no-print">
            {summary.latest && can(me, 'serviceDeskSummary.produce') && (
              <Button icon={<ReloadOutlined />} loading={produceAgain.isPending} onClick={() => void produce()}>
                {t('deskSummary.produceAgain')}
              </Button>
            )}
            <DownloadButton path={`/api/service-desk/summaries/${teamId}/${day}/export`} fileName={`${t('deskSummary.title')}-${day}.xlsx`}>
              {t('deskSummary.export')}
            </DownloadButton>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('deskSummary.print')}
            </Button>
          </Space>
        }
      >
        <Typography.Text type="secondary">
          {t('deskSummary.producedAt', { at: formatDateTime(summary.producedAt), by: summary.producedByName ?? t('deskSummary.schedule') })}
        </Typography.Text>
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('deskSummary.created')} value={summary.created} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('deskSummary.resolved')} value={summary.resolved} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('deskSummary.open')} value={summary.open.length} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('deskSummary.atRisk')} value={atRisk} valueStyle={atRisk > 0 ? { color: '#cf1322' } : undefined} /></Card>
        </Col>
        <Col xs={24}>
          <Card title={t('deskSummary.slaTitle')}>
            <SlaFigures sla={summary.sla} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('deskSummary.timesTitle')}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('deskSummary.firstResponseMedian')}>{minutes(summary.firstResponse.medianMinutes)}</Descriptions.Item>
              <Descriptions.Item label={t('deskSummary.firstResponseP90')}>{minutes(summary.firstResponse.p90Minutes)}</Descriptions.Item>
              <Descriptions.Item label={t('deskSummary.resolutionMedian')}>{minutes(summary.resolution.medianMinutes)}</Descriptions.Item>
              <Descriptions.Item label={t('deskSummary.resolutionP90')}>{minutes(summary.resolution.p90Minutes)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('deskSummary.openTitle', { count: summary.open.length })}>
            <Table<OpenItem>
              rowKey="requestId"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={summary.open}
              locale={{ emptyText: t('deskSummary.noOpen') }}
              columns={[
                { key: 'reference', title: t('deskSummary.columns.reference'), render: (_, item) => <Link to={requestPath(item.requestId)}>{item.reference}</Link> },
                { key: 'category', title: t('deskSummary.columns.category'), dataIndex: 'categoryName' },
                {
                  key: 'priority',
                  title: t('deskSummary.columns.priority'),
                  render: (_, item) => <Tag color={priorityColors[item.priority]}>{t(`serviceDesk.priorities.${item.priority}`)}</Tag>,
                },
                { key: 'state', title: t('deskSummary.columns.state'), render: (_, item) => <Tag color={stateColors[item.state]}>{t(`serviceDesk.states.${item.state}`)}</Tag> },
                { key: 'createdAt', title: t('deskSummary.columns.createdAt'), render: (_, item) => formatDateTime(item.createdAt) },
                { key: 'owner', title: t('deskSummary.columns.owner'), render: (_, item) => item.ownerName ?? '—' },
                {
                  key: 'sla',
                  title: t('deskSummary.columns.sla'),
                  render: (_, item) => item.sla && <Tag color={item.sla === 'breached' ? 'red' : 'orange'}>{t(`deskSummary.slaStates.${item.sla}`)}</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('deskSummary.repeatedTitle')}>
            {summary.repeated.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deskSummary.noRepeated')} />
            ) : (
              <List
                dataSource={summary.repeated}
                renderItem={(problem) => (
                  <List.Item>
                    <Space wrap>
                      <Typography.Text strong>{problem.locationLabel}</Typography.Text>
                      <Tag>{problem.categoryName}</Tag>
                      <span>{t('deskSummary.times', { count: problem.count })}</span>
                      {problem.requests.map((request) => (
                        <Link key={request.requestId} to={requestPath(request.requestId)}>
                          {request.reference}
                        </Link>
                      ))}
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
