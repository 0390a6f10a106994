import { ArrowLeftOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../app/api.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { useAction } from '../../../components/use-action.ts';
import { usePhaseJudging, useRefreshJudging } from './api.ts';
import { PhasePanelCard } from './PhasePanelCard.tsx';

/**
 * A phase's judging for the organiser: its panel, run the assignment, each entry's judges (outside their field
 * flagged) and shortfall, each judge's progress (scored / assigned) and the missing scores; the 8+7 timer starts here.
 */
export function PhaseJudgingPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '', phaseId = '' } = useParams();
  const path = { id, roundId, phaseId };
  const { data, error, isPending, refetch } = usePhaseJudging(path);
  const refresh = useRefreshJudging();
  const { busy: assigning, run } = useAction();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !data) return <Skeleton active />;
  const assigned = data.judges.length > 0;

  const assign = () =>
    run(async () => {
      await api.POST('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/assignment', { params: { path } });
      await refresh();
    });

  return (
    <>
      <PageHeader
        title={`${data.roundName} · ${t(`competition.phaseKinds.${data.kind}`)} · ${t('competition.judging.judging')}`}
        extra={
          <Flex wrap gap={8}>
            <Link to={`/competition/${id}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('competition.judging.back')}</Button>
            </Link>
            <Link to={`/competition/${id}/rounds/${roundId}/phases/${phaseId}/timer`}>
              <Button icon={<FieldTimeOutlined />}>{t('competition.judging.timer')}</Button>
            </Link>
            {!data.closedAt && (
              <Button type="primary" loading={assigning} onClick={() => void assign()}>
                {t(assigned ? 'competition.judging.reassign' : 'competition.judging.assign')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={12}>
        <PhasePanelCard path={path} judging={data} />
        <Card size="small" title={t('competition.judging.progress')}>
          <Table
            size="small"
            rowKey="judgeId"
            pagination={false}
            dataSource={data.judges}
            columns={[
              { title: t('competition.judging.displayName'), dataIndex: 'displayName' },
              { title: `${t('competition.judging.scored')} / ${t('competition.judging.assigned')}`, render: (_, judge) => `${judge.scored} / ${judge.assigned}` },
              { title: t('competition.judging.outsideField'), dataIndex: 'outsideField' },
            ]}
          />
        </Card>
        <Card size="small" title={t('competition.judging.project')}>
          {data.entries.length === 0 ? (
            <Empty description={t('competition.judging.noEntries')} />
          ) : (
            <Table
              size="small"
              rowKey="entryId"
              pagination={false}
              scroll={{ x: true }}
              dataSource={data.entries}
              columns={[
                { title: t('competition.judging.entryNumber'), dataIndex: 'number' },
                { title: t('competition.judging.project'), dataIndex: 'projectName' },
                { title: t('competition.judging.track'), dataIndex: 'trackName' },
                {
                  title: t('competition.judging.judges'),
                  render: (_, entry) => (
                    <Flex wrap gap={4}>
                      {entry.judges.map((judge) => (
                        <Tag key={judge.judgeId} color={judge.scored ? 'green' : judge.outsideField ? 'orange' : undefined}>
                          {judge.displayName}
                          {judge.outsideField && ` · ${t('competition.judging.outsideField')}`}
                        </Tag>
                      ))}
                      {entry.shortfall > 0 && <Tag color="red">{t('competition.judging.shortfall', { count: entry.shortfall })}</Tag>}
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </Card>
        <Card size="small" title={t('competition.judging.missingScores')}>
          {data.missingScores.length === 0 ? (
            <Typography.Text type="secondary">{t('competition.judging.noMissingScores')}</Typography.Text>
          ) : (
            <Table
              size="small"
              rowKey={(row) => `${row.entryId}/${row.judgeId}`}
              pagination={false}
              dataSource={data.missingScores}
              columns={[
                { title: t('competition.judging.entryNumber'), dataIndex: 'number' },
                { title: t('competition.judging.project'), dataIndex: 'projectName' },
                { title: t('competition.judging.displayName'), dataIndex: 'displayName' },
              ]}
            />
          )}
        </Card>
      </Flex>
    </>
  );
}
