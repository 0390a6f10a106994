import { CheckOutlined, CloseOutlined, EditOutlined, FormOutlined, HistoryOutlined, RedoOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../components/describe-error.ts';
import { formatActor, formatDateTime } from '../../components/format.ts';
import { takeAction, useMarketHistory, useRefreshMarket, type MarketKind, type MarketState } from './api.ts';
import { formatDuration } from './format-market.ts';

/** The workflow actions the web offers, in the order their buttons stand; the server says which apply. */
const actionOrder = ['submit', 'approve', 'reject', 'renew', 'redraft', 'withdraw'] as const;
type Action = (typeof actionOrder)[number];
const actionIcons = {
  submit: <SendOutlined />,
  approve: <CheckOutlined />,
  reject: <CloseOutlined />,
  renew: <RedoOutlined />,
  redraft: <FormOutlined />,
  withdraw: <RollbackOutlined />,
};

function RejectDialog({ onReject, onClose }: { onReject: (reason: string) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open
      title={t('market.detail.rejectTitle')}
      okText={t('market.actions.reject')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async ({ reason }) => {
          setSaving(true);
          try {
            await onReject(reason.trim());
            onClose();
          } finally {
            setSaving(false);
          }
        }}
      >
        <Form.Item name="reason" label={t('market.detail.rejectReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('market.detail.rejectPlaceholder')} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The buttons of what the caller may do with a record now (the server's `allowedActions`), with the edit link for
 * a draft: withdrawing asks first, rejecting asks for the reason the owner will read.
 */
export function WorkflowButtons({
  kind,
  id,
  state,
  allowedActions,
  canEdit,
  block,
}: {
  kind: MarketKind;
  id: string;
  state: MarketState;
  allowedActions: readonly string[];
  canEdit: boolean;
  block?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshMarket();
  const [busy, setBusy] = useState<Action | null>(null);
  const [rejecting, setRejecting] = useState(false);

  async function act(action: Action, evidence?: Record<string, unknown>) {
    setBusy(action);
    try {
      await takeAction(kind, id, action, evidence);
      void message.success(t(`market.done.${action}`));
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(null);
      await refresh();
    }
  }

  const actions = actionOrder.filter((action) => allowedActions.includes(action));
  const button = (action: Action, onClick?: () => void) => (
    <Button
      key={action}
      block={block}
      type={action === 'submit' || action === 'approve' ? 'primary' : 'default'}
      danger={action === 'reject' || action === 'withdraw'}
      icon={actionIcons[action]}
      loading={busy === action}
      disabled={busy !== null && busy !== action}
      onClick={onClick}
    >
      {t(`market.actions.${action}`)}
    </Button>
  );
  return (
    <Flex wrap gap={8} vertical={block}>
      {canEdit && state === 'draft' && (
        <Link to={`/market/${kind}s/${id}/edit`} style={block ? { display: 'block' } : undefined}>
          <Button block={block} icon={<EditOutlined />}>
            {t('market.actions.edit')}
          </Button>
        </Link>
      )}
      {actions.map((action) =>
        action === 'withdraw' ? (
          <Popconfirm key={action} title={t('market.detail.withdrawConfirm')} okText={t('market.actions.withdraw')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => act('withdraw')}>
            {button(action)}
          </Popconfirm>
        ) : action === 'reject' ? (
          button(action, () => setRejecting(true))
        ) : (
          button(action, () => void act(action))
        ),
      )}
      {rejecting && <RejectDialog onClose={() => setRejecting(false)} onReject={(reason) => act('reject', { reason })} />}
    </Flex>
  );
}

/**
 * What the owner must know first: why review sent the record back (prominently), what a draft or submission awaits,
 * or how a withdrawn record comes back.
 */
export function RecordNotice({ state, rejectionReason }: { state: MarketState; rejectionReason: string | null }) {
  const { t } = useTranslation();
  if (rejectionReason && state === 'draft')
    return (
      <Alert
        type="error"
        showIcon
        title={t('market.detail.rejected')}
        description={
          <>
            {t('market.detail.rejectedHint')}
            <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '4px 0 0' }}>
              {rejectionReason}
            </Typography.Paragraph>
          </>
        }
      />
    );
  if (state === 'draft') return <Alert type="info" showIcon title={t('market.detail.draftHint')} />;
  if (state === 'submitted') return <Alert type="warning" showIcon title={t('market.detail.submittedHint')} />;
  if (state === 'withdrawn') return <Alert type="info" showIcon title={t('market.detail.withdrawnHint')} />;
  return null;
}

/** Every transition with who made it and when, and how long the record spent in each state (the current one too). */
export function StateHistory({ kind, id }: { kind: MarketKind; id: string }) {
  const { t } = useTranslation();
  const { data, isPending, error } = useMarketHistory(kind, id);
  const duration = (ms: number) => formatDuration(ms, (unit, count) => t(`market.detail.${unit}`, { count }));
  return (
    <Card size="small" title={<><HistoryOutlined /> {t('market.detail.history')}</>}>
      {isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : error ? (
        <Typography.Text type="danger">{describeError(error, t)}</Typography.Text>
      ) : (
        <>
          <Flex wrap gap={4} style={{ marginBottom: 16 }} aria-label={t('market.detail.timeInStates')}>
            {data.timeInStates.map((entry) => (
              <Tag key={entry.state} color={entry.current ? 'blue' : undefined}>
                {t(`market.states.${entry.state as MarketState}`)} {duration(entry.ms)}
                {entry.current && ` · ${t('market.detail.current')}`}
              </Tag>
            ))}
          </Flex>
          <Timeline
            items={[...data.transitions].reverse().map((transition) => {
              const reason = (transition.evidence as { reason?: unknown } | null)?.reason;
              return {
                key: `${transition.at}-${transition.toState}`,
                content: (
                  <>
                    <Typography.Text strong>{t(`market.states.${transition.toState as MarketState}`)}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('market.detail.by', { name: formatActor(transition.actorName, t('history.system')), time: formatDateTime(transition.at) })}
                      </Typography.Text>
                    </div>
                    {typeof reason === 'string' && <div style={{ overflowWrap: 'anywhere' }}>{t('market.detail.reason', { reason })}</div>}
                  </>
                ),
              };
            })}
          />
        </>
      )}
    </Card>
  );
}
