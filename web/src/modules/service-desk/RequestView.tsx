import { CheckCircleOutlined, MergeCellsOutlined, PauseCircleOutlined, PlayCircleOutlined, RedoOutlined, SendOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, Input, Modal, Rate, Segmented, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { Attachments } from '../../components/Attachments.tsx';
import { describeError } from '../../components/describe-error.ts';
import { formatDateTime } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { useTeams } from '../teams/api.ts';
import { SlaTargets } from './SlaTargets.tsx';
import { priorityColors, stateColors, useCannedReplies, useLiveRequests, useRefreshDesk, useServiceRequest, useServiceRequests, type ServiceRequest } from './api.ts';

/** The longest message the server takes (schemas.ts). */
const maxMessage = 5000;

type Move = 'accept' | 'start-work' | 'wait-on-enterprise' | 'resolve' | 'reopen';

function Message({ message }: { message: ServiceRequest['messages'][number] }) {
  const { t } = useTranslation();
  const staff = message.side === 'staff';
  const note = message.visibility === 'internal';
  return (
    <div style={{ alignSelf: staff ? 'flex-start' : 'flex-end', maxWidth: '92%' }} className={`desk-message desk-message-${message.visibility}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {message.authorName}
        {staff && ` · ${t('serviceDesk.thread.staff')}`}
        {note && ` · ${t('serviceDesk.thread.internal')}`} · {formatDateTime(message.createdAt)}
      </Typography.Text>
      <div
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          padding: '8px 12px',
          borderRadius: 8,
          background: note ? 'rgba(250, 173, 20, 0.15)' : staff ? 'rgba(22, 119, 255, 0.08)' : 'rgba(0, 0, 0, 0.04)',
        }}
      >
        {message.body}
      </div>
    </div>
  );
}

function placeOf(request: ServiceRequest): string {
  const { location } = request;
  return [location.siteName, location.buildingName, location.unitCode, location.text].filter(Boolean).join(' · ');
}

/** Hand the work to another team: the owner stays. */
function TransferButton({ request, onDone }: { request: ServiceRequest; onDone: (teamId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [teamId, setTeamId] = useState<string>();
  const teams = useTeams(false);
  return (
    <>
      <Button icon={<SwapOutlined />} onClick={() => setOpen(true)}>
        {t('serviceDesk.actions.transfer')}
      </Button>
      <Modal
        open={open}
        title={t('serviceDesk.actions.transfer')}
        okButtonProps={{ disabled: !teamId }}
        onOk={() => void onDone(teamId!).then(() => setOpen(false))}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph type="secondary">{t('serviceDesk.thread.transferHint')}</Typography.Paragraph>
        <Select
          style={{ width: '100%' }}
          value={teamId}
          onChange={setTeamId}
          loading={teams.isPending}
          aria-label={t('serviceDesk.fields.team')}
          options={(teams.data ?? []).filter((team) => team.id !== request.teamId).map((team) => ({ value: team.id, label: team.name }))}
        />
      </Modal>
    </>
  );
}

/** Merge this duplicate into another open request of the same enterprise. */
function MergeButton({ request, onDone }: { request: ServiceRequest; onDone: (intoId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [intoId, setIntoId] = useState<string>();
  const candidates = useServiceRequests({ queue: 'all', open: 'true', enterpriseId: request.enterpriseId ?? undefined, page: 1, pageSize: 50 });
  return (
    <>
      <Button icon={<MergeCellsOutlined />} onClick={() => setOpen(true)}>
        {t('serviceDesk.actions.merge')}
      </Button>
      <Modal
        open={open}
        title={t('serviceDesk.actions.merge')}
        okButtonProps={{ disabled: !intoId, danger: true }}
        onOk={() => void onDone(intoId!).then(() => setOpen(false))}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph type="secondary">{t('serviceDesk.thread.mergeHint')}</Typography.Paragraph>
        <Select
          style={{ width: '100%' }}
          value={intoId}
          onChange={setIntoId}
          aria-label={t('serviceDesk.thread.mergeInto')}
          options={(candidates.data?.items ?? [])
            .filter((item) => item.id !== request.id)
            .map((item) => ({ value: item.id, label: `${item.reference} · ${item.description.slice(0, 30)}` }))}
        />
      </Modal>
    </>
  );
}

/**
 * One request for either side: what was asked and where, its status history, the thread (public replies; internal
 * notes too for the staff), the files, and the box and buttons the caller's actions allow (the server says which).
 */
export function RequestView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshDesk();
  useLiveRequests();
  const { data: request, error, isPending, refetch } = useServiceRequest(id);
  const staff = Boolean(request?.actions.includes('note'));
  const canned = useCannedReplies(staff);
  const [reply, setReply] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'internal'>('public');
  const [rating, setRating] = useState(0);
  const [ratingComment, setRatingComment] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  async function run(kind: string, write: () => Promise<unknown>) {
    setBusy(kind);
    try {
      await write();
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
      await refresh();
    } finally {
      setBusy(null);
    }
  }

  const path = { params: { path: { id } } };
  const move = (kind: Move) => run(kind, () => api.POST(`/api/service-requests/{id}/${kind}`, { ...path, body: {} }));
  const send = () =>
    run('reply', async () => {
      await api.POST('/api/service-requests/{id}/messages', { ...path, body: { body: reply.trim(), visibility } });
      setReply('');
    });

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  const can = (action: ServiceRequest['actions'][number]) => request.actions.includes(action);
  const canReply = can('reply') || can('note');
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex wrap gap={4} style={{ marginBottom: 12 }}>
          <Tag color={stateColors[request.state]}>{t(`serviceDesk.states.${request.state}`)}</Tag>
          <Tag color={priorityColors[request.priority]}>{t(`serviceDesk.priorities.${request.priority}`)}</Tag>
          <Tag>{request.categoryName}</Tag>
        </Flex>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{request.description}</Typography.Paragraph>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('serviceDesk.fields.reference')}>
            <Typography.Text copyable>{request.reference}</Typography.Text>
          </Descriptions.Item>
          {/* An investor's own request at a market window has no enterprise, and a window asks for no place. */}
          {request.enterpriseName && <Descriptions.Item label={t('serviceDesk.fields.enterprise')}>{request.enterpriseName}</Descriptions.Item>}
          {(request.location.siteId || request.location.text) && <Descriptions.Item label={t('serviceDesk.fields.location')}>{placeOf(request)}</Descriptions.Item>}
          <Descriptions.Item label={t('serviceDesk.fields.openedBy')}>
            {request.openedByName} · {t(`serviceDesk.channels.${request.channel}`)} · {formatDateTime(request.createdAt)}
          </Descriptions.Item>
          {request.teamName && <Descriptions.Item label={t('serviceDesk.fields.team')}>{request.teamName}</Descriptions.Item>}
          {request.ownerName && <Descriptions.Item label={t('serviceDesk.fields.owner')}>{request.ownerName}</Descriptions.Item>}
          {request.sla && (
            <Descriptions.Item label={t('serviceDesk.sla.title')}>
              <SlaTargets sla={request.sla} />
            </Descriptions.Item>
          )}
          {request.mergedInto && (
            <Descriptions.Item label={t('serviceDesk.fields.mergedInto')}>
              <Link to={`/service-desk/requests/${request.mergedInto.id}`}>{request.mergedInto.reference}</Link>
            </Descriptions.Item>
          )}
          {request.mergedFrom.length > 0 && (
            <Descriptions.Item label={t('serviceDesk.fields.mergedFrom')}>
              <Flex wrap gap={8}>
                {request.mergedFrom.map((duplicate) => (
                  <Link key={duplicate.id} to={`/service-desk/requests/${duplicate.id}`}>
                    {duplicate.reference}
                  </Link>
                ))}
              </Flex>
            </Descriptions.Item>
          )}
          {request.rating !== null && (
            <Descriptions.Item label={t('serviceDesk.fields.rating')}>
              <Rate disabled value={request.rating} />
              {request.ratingComment && <Typography.Text style={{ marginInlineStart: 8 }}>{request.ratingComment}</Typography.Text>}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Flex wrap gap={8}>
        {can('accept') && (
          <Button type="primary" icon={<CheckCircleOutlined />} loading={busy === 'accept'} onClick={() => void move('accept')}>
            {t('serviceDesk.actions.accept')}
          </Button>
        )}
        {can('startWork') && (
          <Button icon={<PlayCircleOutlined />} loading={busy === 'start-work'} onClick={() => void move('start-work')}>
            {t('serviceDesk.actions.startWork')}
          </Button>
        )}
        {can('waitOnEnterprise') && (
          <Button icon={<PauseCircleOutlined />} loading={busy === 'wait-on-enterprise'} onClick={() => void move('wait-on-enterprise')}>
            {t('serviceDesk.actions.waitOnEnterprise')}
          </Button>
        )}
        {can('resolve') && (
          <Button type="primary" icon={<CheckCircleOutlined />} loading={busy === 'resolve'} onClick={() => void move('resolve')}>
            {t('serviceDesk.actions.resolve')}
          </Button>
        )}
        {can('reopen') && (
          <Button icon={<RedoOutlined />} loading={busy === 'reopen'} onClick={() => void move('reopen')}>
            {t('serviceDesk.actions.reopen')}
          </Button>
        )}
        {can('transfer') && (
          <TransferButton request={request} onDone={(teamId) => run('transfer', () => api.POST('/api/service-requests/{id}/transfer', { ...path, body: { teamId } }))} />
        )}
        {can('merge') && (
          <MergeButton request={request} onDone={(intoId) => run('merge', () => api.POST('/api/service-requests/{id}/merge', { ...path, body: { intoId } }))} />
        )}
      </Flex>
      {can('reopen') && request.reopenUntil && (
        <Typography.Text type="secondary">{t('serviceDesk.thread.reopenUntil', { date: formatDateTime(request.reopenUntil) })}</Typography.Text>
      )}

      {can('rate') && (
        <Card size="small" title={t('serviceDesk.thread.rateTitle')}>
          <Flex vertical gap={8}>
            <Rate value={rating} onChange={setRating} aria-label={t('serviceDesk.fields.rating')} />
            <Input.TextArea value={ratingComment} onChange={(event) => setRatingComment(event.target.value)} maxLength={1000} placeholder={t('serviceDesk.thread.ratingComment')} />
            <Button
              type="primary"
              disabled={rating === 0}
              loading={busy === 'rate'}
              onClick={() =>
                void run('rate', () => api.POST('/api/service-requests/{id}/rating', { ...path, body: { rating, comment: ratingComment.trim() || undefined } }))
              }
            >
              {t('serviceDesk.thread.rate')}
            </Button>
          </Flex>
        </Card>
      )}

      <Card size="small" title={t('serviceDesk.thread.title')}>
        {request.messages.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceDesk.thread.empty')} />
        ) : (
          <Flex vertical gap={12}>
            {request.messages.map((item) => (
              <Message key={item.id} message={item} />
            ))}
          </Flex>
        )}
        {canReply && (
          <Flex vertical gap={8} style={{ marginTop: 16 }}>
            {staff && (
              <Flex wrap gap={8}>
                <Segmented
                  value={visibility}
                  onChange={(value) => setVisibility(value as 'public' | 'internal')}
                  options={[
                    ...(can('reply') ? [{ value: 'public', label: t('serviceDesk.thread.publicReply') }] : []),
                    { value: 'internal', label: t('serviceDesk.thread.internalNote') },
                  ]}
                />
                {(canned.data?.length ?? 0) > 0 && (
                  <Select
                    style={{ minWidth: 180 }}
                    placeholder={t('serviceDesk.thread.cannedReplies')}
                    aria-label={t('serviceDesk.thread.cannedReplies')}
                    value={null}
                    options={canned.data!.map((item) => ({ value: item.id, label: item.teamName ? `${item.title}（${item.teamName}）` : item.title }))}
                    onChange={(value) => {
                      const picked = canned.data!.find((item) => item.id === value);
                      if (picked) setReply((text) => (text ? `${text}\n${picked.body}` : picked.body));
                    }}
                  />
                )}
              </Flex>
            )}
            <Input.TextArea
              value={reply}
              onChange={(event) => setReply(event.target.value)}
              maxLength={maxMessage}
              autoSize={{ minRows: 3, maxRows: 10 }}
              placeholder={visibility === 'internal' ? t('serviceDesk.thread.notePlaceholder') : t('serviceDesk.thread.replyPlaceholder')}
              aria-label={t('serviceDesk.thread.reply')}
            />
            <Flex justify="end">
              <Button type="primary" icon={<SendOutlined />} disabled={!reply.trim()} loading={busy === 'reply'} onClick={() => void send()}>
                {t('serviceDesk.thread.send')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Card>

      <Card size="small" title={t('serviceDesk.thread.history')}>
        <Timeline
          items={request.history.map((step) => ({
            color: step.to === 'resolved' || step.to === 'closed' ? 'green' : 'blue',
            children: (
              <>
                <Typography.Text>{t(`serviceDesk.states.${step.to as ServiceRequest['state']}`)}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {step.actorName} · {formatDateTime(step.at)}
                </Typography.Text>
              </>
            ),
          }))}
        />
      </Card>

      <Card size="small" title={t('serviceDesk.thread.files')}>
        <Attachments kind="service-request" recordId={request.id} />
        {request.mergedFrom.map((duplicate) => (
          <div key={duplicate.id} style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">{duplicate.reference}</Typography.Text>
            <Attachments kind="service-request" recordId={duplicate.id} />
          </div>
        ))}
      </Card>
    </Flex>
  );
}
