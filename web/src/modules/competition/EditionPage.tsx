import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { editionStateColors, phaseKinds, roundStateColors, useEdition, useRefreshCompetition, type Edition, type Phase, type Prize, type Round, type Track } from './api.ts';
import { EditionFormModal } from './EditionFormModal.tsx';
import { PartActions } from './PartActions.tsx';
import { PhaseFormModal } from './PhaseFormModal.tsx';
import { PrizeFormModal } from './PrizeFormModal.tsx';
import { RoundFormModal } from './RoundFormModal.tsx';
import { TrackFormModal } from './TrackFormModal.tsx';

type Editing =
  | { part: 'edition' }
  | { part: 'track'; track?: Track }
  | { part: 'round'; round?: Round }
  | { part: 'phase'; round: Round; phase?: Phase }
  | { part: 'prize'; prize?: Prize };

const wrap = { overflowWrap: 'anywhere' } as const;

/** An edition: its dates, tracks, rounds with their phases in the order they run, and prizes; organisers change each here. */
export function EditionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: edition, error, isPending, refetch } = useEdition(id);
  const refresh = useRefreshCompetition();
  const [editing, setEditing] = useState<Editing | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !edition) return <Skeleton active />;
  const adds = edition.actions.includes('addParts');
  const base = { id: edition.id };

  async function run(work: () => Promise<unknown>) {
    try {
      await work();
      await refresh();
      void message.success(t('competition.actions.deleted'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }
  const addButton = (label: string, onClick: () => void) =>
    adds && (
      <Button size="small" icon={<PlusOutlined />} onClick={onClick}>
        {label}
      </Button>
    );
  const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

  return (
    <>
      <PageHeader
        title={edition.name}
        extra={
          <Flex wrap gap={8}>
            <Link to={`/competition/${edition.id}/landing`}>
              <Button>{t('competitionResults.tracker')}</Button>
            </Link>
            {can(me, 'competition.manage') && (
              <Link to={`/competition/${edition.id}/judges`}>
                <Button>{t('competition.judging.judges')}</Button>
              </Link>
            )}
            {edition.actions.includes('edit') && (
              <Button icon={<EditOutlined />} onClick={() => setEditing({ part: 'edition' })}>
                {t('competition.actions.editEdition')}
              </Button>
            )}
            {edition.actions.includes('delete') && (
              <Popconfirm
                title={t('competition.actions.confirmDeleteEdition')}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                onConfirm={() =>
                  run(async () => {
                    await api.DELETE('/api/competition/editions/{id}', { params: { path: base } });
                    void navigate('/competition');
                  })
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('competition.actions.deleteEdition')}
                </Button>
              </Popconfirm>
            )}
            <Link to="/competition">
              <Button icon={<ArrowLeftOutlined />}>{t('competition.back')}</Button>
            </Link>
          </Flex>
        }
      >
        <Flex wrap gap={4}>
          <Tag>{edition.year}</Tag>
          <Tag color={editionStateColors[edition.state]}>{t(`competition.editionStates.${edition.state}`)}</Tag>
        </Flex>
      </PageHeader>
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('competition.fields.dates')}>{t('competition.dates', { from: edition.startsOn ?? '…', to: edition.endsOn ?? '…' })}</Descriptions.Item>
            {edition.description && (
              <Descriptions.Item label={t('competition.fields.description')}>
                <span style={{ ...wrap, whiteSpace: 'pre-wrap' }}>{edition.description}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>

        <Card size="small" title={t('competition.tracks.title')} extra={addButton(t('competition.tracks.add'), () => setEditing({ part: 'track' }))}>
          <List
            dataSource={edition.tracks}
            locale={{ emptyText: empty(t('competition.tracks.empty')) }}
            renderItem={(track) => (
              <List.Item
                key={track.id}
                extra={
                  <PartActions
                    name={track.name}
                    actions={track.actions}
                    onEdit={() => setEditing({ part: 'track', track })}
                    onDelete={() => run(() => api.DELETE('/api/competition/editions/{id}/tracks/{trackId}', { params: { path: { ...base, trackId: track.id } } }))}
                  />
                }
              >
                <Flex vertical gap={4} style={{ minWidth: 0 }}>
                  <Typography.Text strong style={wrap}>
                    {track.name}
                  </Typography.Text>
                  {track.industryCodes.length > 0 && (
                    <Flex wrap gap={4}>
                      {track.industryCodes.map((code) => (
                        <Tag key={code} style={{ ...wrap, whiteSpace: 'normal' }}>
                          {code} {edition.industryNames[code] ?? ''}
                        </Tag>
                      ))}
                    </Flex>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        </Card>

        <Card size="small" title={t('competition.rounds.title')} extra={addButton(t('competition.rounds.add'), () => setEditing({ part: 'round' }))}>
          {edition.rounds.length === 0 && empty(t('competition.rounds.empty'))}
          <Flex vertical gap={12}>
            {edition.rounds.map((round) => (
              <RoundCard key={round.id} edition={edition} round={round} adds={adds} setEditing={setEditing} run={run} />
            ))}
          </Flex>
        </Card>

        <Card size="small" title={t('competition.prizes.title')} extra={addButton(t('competition.prizes.add'), () => setEditing({ part: 'prize' }))}>
          <List
            dataSource={edition.prizes}
            locale={{ emptyText: empty(t('competition.prizes.empty')) }}
            renderItem={(prize) => (
              <List.Item
                key={prize.id}
                extra={
                  <PartActions
                    name={prize.name}
                    actions={prize.actions}
                    onEdit={() => setEditing({ part: 'prize', prize })}
                    onDelete={() => run(() => api.DELETE('/api/competition/editions/{id}/prizes/{prizeId}', { params: { path: { ...base, prizeId: prize.id } } }))}
                  />
                }
              >
                <Flex vertical gap={4} style={{ minWidth: 0 }}>
                  <Typography.Text strong style={wrap}>
                    {prize.name}
                  </Typography.Text>
                  <Flex wrap gap={4}>
                    <Tag>{prize.roundId ? (edition.rounds.find((round) => round.id === prize.roundId)?.name ?? '') : t('competition.prizes.wholeEdition')}</Tag>
                    <Tag>{prize.rankFrom === prize.rankTo ? t('competition.prizes.rank', { rank: prize.rankFrom }) : t('competition.prizes.ranks', { from: prize.rankFrom, to: prize.rankTo })}</Tag>
                    {prize.amountWan !== null && <Tag color="gold">{t('competition.prizes.amount', { amount: prize.amountWan })}</Tag>}
                  </Flex>
                  {prize.description && (
                    <Typography.Text type="secondary" style={wrap}>
                      {prize.description}
                    </Typography.Text>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      </Flex>
      {editing?.part === 'edition' && <EditionFormModal edition={edition} onClose={() => setEditing(null)} />}
      {editing?.part === 'track' && <TrackFormModal edition={edition} track={editing.track} onClose={() => setEditing(null)} />}
      {editing?.part === 'round' && <RoundFormModal edition={edition} round={editing.round} onClose={() => setEditing(null)} />}
      {editing?.part === 'phase' && <PhaseFormModal edition={edition} round={editing.round} phase={editing.phase} onClose={() => setEditing(null)} />}
      {editing?.part === 'prize' && <PrizeFormModal edition={edition} prize={editing.prize} onClose={() => setEditing(null)} />}
    </>
  );
}

type Run = (work: () => Promise<unknown>) => Promise<void>;

/** Who goes on from a phase, in words. */
function useAdvancementText() {
  const { t } = useTranslation();
  return (advancement: Phase['advancement']) => {
    if (!advancement) return t('competition.phases.noAdvancement');
    return advancement.kind === 'topN' ? t('competition.phases.topN', { count: advancement.count }) : t('competition.phases.minScore', { score: advancement.score });
  };
}

/** A round: place, day and capacity, and its phases in the order they run, each with who goes on. */
function RoundCard({ edition, round, adds, setEditing, run }: { edition: Edition; round: Round; adds: boolean; setEditing: (editing: Editing) => void; run: Run }) {
  const { t } = useTranslation();
  const advancementText = useAdvancementText();
  const me = useMe();
  const path = { id: edition.id, roundId: round.id };
  return (
    <Card
      size="small"
      type="inner"
      data-round={round.name}
      title={
        <Typography.Text strong style={wrap}>
          {round.name}
        </Typography.Text>
      }
      extra={
        <PartActions
          name={round.name}
          actions={round.actions}
          onEdit={() => setEditing({ part: 'round', round })}
          onDelete={() => run(() => api.DELETE('/api/competition/editions/{id}/rounds/{roundId}', { params: { path } }))}
        />
      }
    >
      <Flex vertical gap={8}>
        <Flex wrap gap={4}>
          <Tag color={round.kind === 'final' ? 'gold' : undefined}>{t(`competition.roundKinds.${round.kind}`)}</Tag>
          <Tag color={roundStateColors[round.state]}>{t(`competition.roundStates.${round.state}`)}</Tag>
          <Tag>{t('competition.rounds.capacity', { count: round.capacity })}</Tag>
          <Link to={`/competition/${edition.id}/rounds/${round.id}/entries`}>{t('competition.entries.listLink')}</Link>
          <Link to={`/competition/${edition.id}/rounds/${round.id}/dashboard`}>{t('competitionDashboard.link')}</Link>
        </Flex>
        <Typography.Text type="secondary" style={wrap}>
          {[round.heldOn, round.city, round.venue].filter(Boolean).join(' · ')}
        </Typography.Text>
        <List
          size="small"
          dataSource={round.phases}
          locale={{ emptyText: t('competition.phases.empty') }}
          renderItem={(phase, index) => (
            <List.Item
              key={phase.id}
              extra={
                <PartActions
                  name={`${round.name} ${t(`competition.phaseKinds.${phase.kind}`)}`}
                  actions={phase.actions}
                  onEdit={() => setEditing({ part: 'phase', round, phase })}
                  onDelete={() => run(() => api.DELETE('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}', { params: { path: { ...path, phaseId: phase.id } } }))}
                />
              }
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text>
                  {index + 1}. {t(`competition.phaseKinds.${phase.kind}`)}
                  {(phase.opensOn || phase.closesOn) && (
                    <Typography.Text type="secondary"> {t('competition.dates', { from: phase.opensOn ?? '…', to: phase.closesOn ?? '…' })}</Typography.Text>
                  )}
                </Typography.Text>
                <Typography.Text type="secondary">{advancementText(phase.advancement)}</Typography.Text>
                {can(me, 'competition.manage') && (
                  <Flex gap={12} wrap>
                    <Link to={`/competition/${edition.id}/rounds/${round.id}/phases/${phase.id}/judging`}>{t('competition.judging.judging')}</Link>
                    <Link to={`/competition/${edition.id}/rounds/${round.id}/phases/${phase.id}/ranking`}>{t('competitionResults.ranking')}</Link>
                  </Flex>
                )}
              </Flex>
            </List.Item>
          )}
        />
        {adds && round.phases.length < phaseKinds.length && (
          <div>
            <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setEditing({ part: 'phase', round })}>
              {t('competition.phases.add')}
            </Button>
          </div>
        )}
      </Flex>
    </Card>
  );
}
