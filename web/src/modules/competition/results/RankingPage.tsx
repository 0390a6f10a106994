import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Segmented, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { aggregationMethods, useRanking, type AggregationMethod, type PhaseRanking, type RankedEntry } from './api.ts';
import { ClosePhaseModal, PublishNoticeModal } from './PhaseResultModals.tsx';

const number = (value: number | null | undefined, digits = 3) => (value === null || value === undefined ? '—' : value.toFixed(digits));

/**
 * A phase's ranking for the organiser: while open, a live preview by mean, trimmed mean or z-score; each entry's
 * value, rank (ties marked), every judge's raw and normalised score, the abstentions and the arithmetic. Closing
 * and the results notice start here.
 */
export function RankingPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '', phaseId = '' } = useParams();
  const path = { id, roundId, phaseId };
  const [method, setMethod] = useState<AggregationMethod | undefined>();
  const [dialog, setDialog] = useState<'close' | 'notice' | null>(null);
  const { data: ranking, error, isPending, refetch } = useRanking(path, method);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !ranking) return <Skeleton active />;
  const closed = ranking.closedAt !== null;
  const judgeName = (judgeId: string) => ranking.judges.find((judge) => judge.id === judgeId)?.name ?? judgeId;

  return (
    <>
      <PageHeader
        title={t('competitionResults.rankingTitle', { round: ranking.roundName, phase: t(`competition.phaseKinds.${ranking.kind}`) })}
        extra={
          <Flex wrap gap={8}>
            <Link to={`/competition/${id}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('competitionResults.backToEdition')}</Button>
            </Link>
            <DownloadButton path={`/api/competition/editions/${id}/rounds/${roundId}/phases/${phaseId}/ranking/export`} fileName="ranking.xlsx" query={closed ? {} : { method: ranking.method }}>
              {t('competitionResults.export')}
            </DownloadButton>
            {ranking.actions.includes('close') && (
              <Button type="primary" danger onClick={() => setDialog('close')}>
                {t('competitionResults.close')}
              </Button>
            )}
            {ranking.actions.includes('publishNotice') && (
              <Button type="primary" onClick={() => setDialog('notice')}>
                {t('competitionResults.publishNotice')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={12}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('competitionResults.state')}>
            {closed ? <Tag color="green">{t('competitionResults.closedAt', { at: new Date(ranking.closedAt!).toLocaleString() })}</Tag> : <Tag color="blue">{t('competitionResults.preview')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('competitionResults.rule')}>
            {ranking.advancement
              ? ranking.advancement.kind === 'topN'
                ? t('competition.phases.topN', { count: ranking.advancement.count })
                : t('competition.phases.minScore', { score: ranking.advancement.score })
              : t('competition.phases.noAdvancement')}
          </Descriptions.Item>
          {ranking.noticePublishedAt && (
            <Descriptions.Item label={t('competitionResults.notice')}>{t('competitionResults.noticeUntil', { day: ranking.noticeEndsOn })}</Descriptions.Item>
          )}
        </Descriptions>
        <Flex wrap gap={8} align="center">
          <Typography.Text>{t('competitionResults.method')}</Typography.Text>
          <Segmented<AggregationMethod>
            value={ranking.method}
            disabled={closed}
            onChange={setMethod}
            options={aggregationMethods.map((value) => ({ value, label: t(`competitionResults.methods.${value}`) }))}
          />
        </Flex>
        {ranking.tieAtCut && (
          <Alert
            type="warning"
            showIcon
            message={t('competitionResults.tieAtCut', { rank: ranking.tieAtCut.rank, count: ranking.tieAtCut.entryIds.length, beyond: ranking.tieAtCut.beyondTopN })}
          />
        )}
        <Table<RankedEntry>
          rowKey="entryId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={ranking.entries}
          expandable={{ expandedRowRender: (entry) => <Explanation entry={entry} judgeName={judgeName} ranking={ranking} /> }}
          columns={[
            { key: 'rank', title: t('competitionResults.columns.rank'), render: (_, entry) => (entry.rank === null ? t('competitionResults.unranked') : <>{entry.rank}{entry.tied && <Tag style={{ marginInlineStart: 4 }}>{t('competitionResults.tied')}</Tag>}</>) },
            { key: 'number', title: t('competitionResults.columns.number'), dataIndex: 'number' },
            { key: 'project', title: t('competitionResults.columns.project'), render: (_, entry) => <Flex vertical><span>{entry.projectName}</span><Typography.Text type="secondary">{entry.organisationName}</Typography.Text></Flex> },
            { key: 'track', title: t('competitionResults.columns.track'), dataIndex: 'trackName' },
            { key: 'value', title: t('competitionResults.columns.value'), render: (_, entry) => number(entry.value) },
            {
              key: 'scores',
              title: t('competitionResults.columns.scores'),
              render: (_, entry) =>
                entry.contributions.map((contribution) => (
                  <Tag key={contribution.judgeId} color={contribution.counted ? undefined : 'default'} style={contribution.counted ? undefined : { textDecoration: 'line-through' }}>
                    {judgeName(contribution.judgeId)} {contribution.raw}
                    {ranking.method === 'z-score' && ` (${number(contribution.normalised, 2)})`}
                  </Tag>
                )),
            },
            { key: 'abstained', title: t('competitionResults.columns.abstained'), render: (_, entry) => entry.abstainedJudgeIds.map(judgeName).join('、') || '—' },
            {
              key: 'advanced',
              title: t('competitionResults.columns.advanced'),
              render: (_, entry) => (entry.advanced === null ? '—' : entry.advanced ? <Tag color="green">{t('competitionResults.advances')}</Tag> : <Tag>{t('competitionResults.staysBehind')}</Tag>),
            },
          ]}
        />
      </Flex>
      {dialog === 'close' && <ClosePhaseModal path={path} ranking={ranking} onClose={() => setDialog(null)} />}
      {dialog === 'notice' && <PublishNoticeModal path={path} onClose={() => setDialog(null)} />}
    </>
  );
}

/** How an entry's value was reached, in words and numbers. */
function Explanation({ entry, judgeName, ranking }: { entry: RankedEntry; judgeName: (id: string) => string; ranking: PhaseRanking }) {
  const { t } = useTranslation();
  const explanation = entry.explanation;
  if (!explanation) return <Typography.Text type="secondary">{t('competitionResults.nobodyScored')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      <Typography.Text>{t('competitionResults.explanation', { sum: number(explanation.sum), counted: explanation.counted, value: number(entry.value) })}</Typography.Text>
      {explanation.dropped && (
        <Typography.Text type="secondary">{t('competitionResults.dropped', { highest: judgeName(explanation.dropped.highest), lowest: judgeName(explanation.dropped.lowest) })}</Typography.Text>
      )}
      {explanation.judges?.map((judge) => (
        <Typography.Text key={judge.judgeId} type="secondary">
          {t(judge.neutral ? 'competitionResults.judgeNeutral' : 'competitionResults.judgeScale', { judge: judgeName(judge.judgeId), mean: number(judge.mean, 2), sd: number(judge.standardDeviation, 2), count: judge.scoreCount })}
        </Typography.Text>
      ))}
      {explanation.rescaled !== undefined && <Typography.Text type="secondary">{t('competitionResults.rescaled', { value: number(explanation.rescaled, 2) })}</Typography.Text>}
      {ranking.closedAt === null && <Typography.Text type="secondary">{t('competitionResults.previewNote')}</Typography.Text>}
    </Flex>
  );
}
