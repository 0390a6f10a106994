import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, Progress, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { can } from '../../../app/access.ts';
import type { ResponseOf } from '../../../api/types.ts';
import { Chart } from '../../../components/Chart.tsx';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';

type RoundDashboard = ResponseOf<'/api/competition/editions/{id}/rounds/{roundId}/dashboard', 'get'>;
type PhaseProgress = RoundDashboard['phases'][number];

/**
 * A round at a glance for its organisers: its registrations by track, source, state and day, and how far each
 * phase's review has come per judge (with the entries each has yet to score), with the way on to the entries, the
 * rankings and the round's landing tracker, and all of it as a workbook.
 */
export function RoundDashboardPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '' } = useParams();
  const me = useMe();
  const { data: dashboard, error, isPending, refetch } = useQuery({
    queryKey: ['competition', 'dashboard', id, roundId],
    queryFn: ({ signal }) => api.GET('/api/competition/editions/{id}/rounds/{roundId}/dashboard', { params: { path: { id, roundId } }, signal }),
  });

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !dashboard) return <Skeleton active />;
  const roundPath = `/competition/${id}/rounds/${roundId}`;
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: dashboard.byDay.map((day) => day.day) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('competitionDashboard.registrations'), data: dashboard.byDay.map((day) => day.count) }],
  };

  return (
    <>
      <PageHeader
        title={t('competitionDashboard.title', { round: dashboard.roundName })}
        extra={
          <Flex wrap gap={8}>
            <Link to={`/competition/${id}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('competitionResults.backToEdition')}</Button>
            </Link>
            <Link to={`${roundPath}/entries`}>
              <Button>{t('competition.entries.listLink')}</Button>
            </Link>
            <Link to={`/competition/${id}/landing?roundId=${roundId}`}>
              <Button>{t('competitionResults.tracker')}</Button>
            </Link>
            <DownloadButton path={`/api/competition/editions/${id}/rounds/${roundId}/dashboard/export`} fileName="round-dashboard.xlsx">
              {t('competitionResults.export')}
            </DownloadButton>
          </Flex>
        }
      />
      {dashboard.entryCount === 0 ? (
        <Empty description={t('competition.entries.emptyRound')} />
      ) : (
        <Flex vertical gap={12}>
          <Row gutter={[12, 12]}>
            <Col xs={12} sm={8} md={6}>
              <Card size="small">
                <Statistic title={t('competitionDashboard.registrations')} value={dashboard.entryCount} />
              </Card>
            </Col>
            {dashboard.byTrack.map((track) => (
              <Col key={track.trackId} xs={12} sm={8} md={6}>
                <Card size="small">
                  <Statistic title={track.trackName} value={track.count} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            <TallyCard title={t('competition.entries.fields.source')} tally={dashboard.bySource.map(({ key, count }) => ({ label: t(`competition.entries.sources.${key}`), count }))} />
            <TallyCard title={t('competition.entries.fields.state')} tally={dashboard.byState.map(({ key, count }) => ({ label: t(`competition.entries.states.${key}`), count }))} />
          </Row>
          <Card size="small" title={t('competitionDashboard.byDay')}>
            <Chart label={t('competitionDashboard.byDay')} option={option} height={220} />
          </Card>
          {dashboard.phases.map((phase) => (
            <PhaseProgressCard key={phase.phaseId} phase={phase} phasePath={`${roundPath}/phases/${phase.phaseId}`} manages={can(me, 'competition.manage')} />
          ))}
        </Flex>
      )}
    </>
  );
}

function TallyCard({ title, tally }: { title: string; tally: { label: string; count: number }[] }) {
  return (
    <Col xs={24} md={12}>
      <Card size="small" title={title}>
        <Flex wrap gap={8}>
          {tally.map(({ label, count }) => (
            <Tag key={label}>
              {label} {count}
            </Tag>
          ))}
        </Flex>
      </Card>
    </Col>
  );
}

function PhaseProgressCard({ phase, phasePath, manages }: { phase: PhaseProgress; phasePath: string; manages: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t(`competition.phaseKinds.${phase.kind}`)}
      extra={
        manages && (
          <Flex gap={12} wrap>
            <Link to={`${phasePath}/judging`}>{t('competition.judging.judging')}</Link>
            <Link to={`${phasePath}/ranking`}>{t('competitionResults.ranking')}</Link>
          </Flex>
        )
      }
    >
      <Flex vertical gap={8}>
        <Row gutter={[12, 12]}>
          <Col span={8}>
            <Statistic title={t('competition.judging.assigned')} value={phase.assigned} />
          </Col>
          <Col span={8}>
            <Statistic title={t('competition.judging.scored')} value={phase.scored} />
          </Col>
          <Col span={8}>
            <Statistic title={t('competition.judging.missingScores')} value={phase.missing} />
          </Col>
        </Row>
        {phase.judges.length === 0 ? (
          <Typography.Text type="secondary">{t('competitionDashboard.noAssignments')}</Typography.Text>
        ) : (
          <Table
            rowKey="judgeId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={phase.judges}
            columns={[
              // Kept in sight while a phone scrolls the table sideways, so the missing entries stay by their judge.
              { key: 'name', title: t('competition.judging.displayName'), dataIndex: 'displayName', fixed: 'left' },
              { key: 'assigned', title: t('competition.judging.assigned'), dataIndex: 'assigned' },
              { key: 'progress', title: t('competition.judging.progress'), render: (_, judge) => <Progress size="small" percent={Math.round((100 * judge.scored) / judge.assigned)} format={() => `${judge.scored}/${judge.assigned}`} /> },
              {
                key: 'missing',
                title: t('competition.judging.missingScores'),
                render: (_, judge) => (
                  // Wrapped within a bounded width: a judge owing many entries would otherwise stretch the table a screen wide.
                  <Flex wrap gap={4} style={{ maxWidth: 280 }}>
                    {phase.missingScores
                      .filter((missing) => missing.judgeId === judge.judgeId)
                      .map((missing) => (
                        <Tag key={missing.entryId} title={missing.projectName}>
                          {missing.number}
                        </Tag>
                      ))}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
