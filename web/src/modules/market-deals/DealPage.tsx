import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Flex, Form, Input, InputNumber, Modal, Select, Skeleton, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TRANSACTION_MODES } from '../../../../src/modules/matching/types.ts';
import { api } from '../../app/api.ts';
import { Attachments, attachmentsKey } from '../../components/Attachments.tsx';
import { describeError } from '../../components/describe-error.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { DemandCard } from './DemandCard.tsx';
import { dealColors, dealStages, useDeal, useRefreshDeals, type Deal } from './api.ts';

/** The actions that take evidence, with a form each; the others are one click. */
type EvidenceAction = 'sign' | 'register' | 'close';
const evidenceActions: readonly string[] = ['sign', 'register', 'close'];
const hour = 60 * 60 * 1000;

/** A stay's length in days and hours, as the history shows it. */
function useDuration() {
  const { t } = useTranslation();
  return (ms: number) => {
    const days = Math.floor(ms / (24 * hour));
    const hours = Math.floor((ms % (24 * hour)) / hour);
    return days > 0 ? t('marketDeals.duration.days', { days, hours }) : t('marketDeals.duration.hours', { hours });
  };
}

/** The form of a transition's evidence; the contract is chosen among the files uploaded to the deal below. */
function EvidenceForm({ deal, action, onDone }: { deal: Deal; action: EvidenceAction; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshDeals();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const files = useQuery({
    queryKey: attachmentsKey('deal', deal.id),
    queryFn: () => api.GET('/api/attachments', { params: { query: { kind: 'deal', recordId: deal.id } } }),
    enabled: action === 'sign',
  });

  async function submit(values: Record<string, unknown>) {
    setBusy(true);
    try {
      await api.POST('/api/market/deals/{id}/actions/{action}', { params: { path: { id: deal.id, action } }, body: values });
      void message.success(t('marketDeals.deal.moved'));
      onDone();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  const required = [{ required: true, message: t('marketDeals.deal.required') }];
  return (
    <Modal open title={t(`marketDeals.actions.${action}`)} okText={t(`marketDeals.actions.${action}`)} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onDone} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {action === 'sign' && (
          <>
            <Form.Item name="amountWan" label={t('marketDeals.deal.amountWan')} rules={required}>
              <InputNumber min={0.01} max={100_000_000} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="signedOn" label={t('marketDeals.deal.signedOn')} rules={required}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="mode" label={t('marketDeals.deal.mode')} rules={required}>
              <Select options={TRANSACTION_MODES.map((mode) => ({ value: mode, label: mode }))} />
            </Form.Item>
            <Form.Item name="contractFileId" label={t('marketDeals.deal.contractFile')} extra={t('marketDeals.deal.contractFileHelp')} rules={required}>
              <Select loading={files.isPending} options={(files.data?.items ?? []).map((file) => ({ value: file.id, label: file.fileName }))} />
            </Form.Item>
          </>
        )}
        {action === 'register' && (
          <Form.Item name="registrationNumber" label={t('marketDeals.deal.registrationNumber')} rules={required}>
            <Input maxLength={60} />
          </Form.Item>
        )}
        {action === 'close' && (
          <Form.Item name="reason" label={t('marketDeals.deal.closeReason')} rules={required}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function Thread({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshDeals();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const open = deal.state !== 'completed' && deal.state !== 'closed';

  async function send() {
    setBusy(true);
    try {
      await api.POST('/api/market/deals/{id}/messages', { params: { path: { id: deal.id } }, body: { body: body.trim() } });
      setBody('');
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  return (
    <Card size="small" title={t('marketDeals.deal.messages')}>
      {deal.messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('marketDeals.deal.noMessages')} />
      ) : (
        <Flex vertical gap={12}>
          {deal.messages.map((item) => (
            <div key={item.id} style={{ alignSelf: item.side === deal.side ? 'flex-end' : 'flex-start', maxWidth: '92%' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.authorName} · {t(`marketDeals.sides.${item.side}`)} · {formatDateTime(item.createdAt)}
              </Typography.Text>
              <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', padding: '8px 12px', borderRadius: 8, background: item.side === 'operator' ? 'rgba(22, 119, 255, 0.08)' : 'rgba(0, 0, 0, 0.04)' }}>
                {item.body}
              </div>
            </div>
          ))}
        </Flex>
      )}
      {open && (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <Input.TextArea value={body} onChange={(event) => setBody(event.target.value)} maxLength={5000} autoSize={{ minRows: 2, maxRows: 8 }} aria-label={t('marketDeals.deal.write')} placeholder={t('marketDeals.deal.write')} />
          <Flex justify="end">
            <Button type="primary" icon={<SendOutlined />} disabled={!body.trim()} loading={busy} onClick={() => void send()}>
              {t('marketDeals.deal.send')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}

/**
 * 交易: one deal's stages as steps with the actions the reader may take (the server says which; evidence in a form),
 * the contract's facts, the demand as the reader may read it, the files, the thread and the history with the time
 * spent at each stage. One column, so it reads on a phone.
 */
export function DealPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const refresh = useRefreshDeals();
  const duration = useDuration();
  const { data: deal, error, isPending, refetch } = useDeal(id);
  const [form, setForm] = useState<EvidenceAction | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;

  async function act(action: string) {
    if (evidenceActions.includes(action)) {
      setForm(action as EvidenceAction);
      return;
    }
    setBusy(action);
    try {
      await api.POST('/api/market/deals/{id}/actions/{action}', { params: { path: { id, action } }, body: {} });
      void message.success(t('marketDeals.deal.moved'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(null);
      await refresh();
    }
  }

  const closedFrom = deal.state === 'closed' ? deal.history.transitions.at(-1)?.fromState : undefined;
  const reached = dealStages.indexOf(deal.state === 'closed' ? ((closedFrom ?? 'intent') as Deal['state']) : deal.state);
  return (
    <>
      <PageHeader
        title={deal.listing.title}
        extra={
          <Link to="/market/introductions">
            <Button icon={<ArrowLeftOutlined />}>{t('marketDeals.back')}</Button>
          </Link>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Steps
            size="small"
            responsive
            current={reached}
            status={deal.state === 'closed' ? 'error' : deal.state === 'completed' ? 'finish' : 'process'}
            items={dealStages.map((stage) => ({ title: t(`marketDeals.stages.${stage}`) }))}
          />
          <Flex wrap gap={4} style={{ marginTop: 12 }}>
            <Tag color={dealColors[deal.state]}>{t(`marketDeals.stages.${deal.state}`)}</Tag>
          </Flex>
          <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('marketDeals.seller')}>{deal.seller.name}</Descriptions.Item>
            <Descriptions.Item label={t('marketDeals.buyer')}>{deal.buyer.name}</Descriptions.Item>
            {deal.amountWan !== null && <Descriptions.Item label={t('marketDeals.deal.amountWan')}>{deal.amountWan}</Descriptions.Item>}
            {deal.signedOn && <Descriptions.Item label={t('marketDeals.deal.signedOn')}>{formatDate(deal.signedOn)}</Descriptions.Item>}
            {deal.mode && <Descriptions.Item label={t('marketDeals.deal.mode')}>{deal.mode}</Descriptions.Item>}
            {deal.registrationNumber && (
              <Descriptions.Item label={t('marketDeals.deal.registrationNumber')}>
                <Typography.Text copyable>{deal.registrationNumber}</Typography.Text>
              </Descriptions.Item>
            )}
            {deal.closeReason && <Descriptions.Item label={t('marketDeals.deal.closeReason')}>{deal.closeReason}</Descriptions.Item>}
          </Descriptions>
          {deal.allowedActions.length > 0 && (
            <Flex wrap gap={8} style={{ marginTop: 12 }}>
              {deal.allowedActions.map((action) => (
                <Button key={action} type={action === 'close' ? 'default' : 'primary'} danger={action === 'close'} loading={busy === action} onClick={() => void act(action)}>
                  {t(`marketDeals.actions.${action as 'negotiate'}`)}
                </Button>
              ))}
            </Flex>
          )}
        </Card>
        {form && <EvidenceForm deal={deal} action={form} onDone={() => setForm(null)} />}
        {deal.demandRecord && <DemandCard demand={deal.demandRecord} />}
        <Card size="small" title={t('marketDeals.deal.files')}>
          <Attachments kind="deal" recordId={deal.id} />
        </Card>
        <Thread deal={deal} />
        <Card size="small" title={t('marketDeals.deal.history')}>
          <Flex wrap gap={4} style={{ marginBottom: 12 }}>
            {deal.history.timeInStates.map((stay) => (
              <Tag key={stay.state} color={stay.current ? 'blue' : undefined}>
                {t(`marketDeals.stages.${stay.state as Deal['state']}`)} · {duration(stay.ms)}
              </Tag>
            ))}
          </Flex>
          <Table
            size="small"
            rowKey={(row) => `${row.action}-${row.at}`}
            pagination={false}
            scroll={{ x: true }}
            dataSource={deal.history.transitions}
            columns={[
              { title: t('marketDeals.deal.at'), dataIndex: 'at', render: (value: string) => formatDateTime(value) },
              { title: t('marketDeals.deal.stage'), dataIndex: 'toState', render: (value: string) => t(`marketDeals.stages.${value as Deal['state']}`) },
              { title: t('marketDeals.deal.actor'), dataIndex: 'actorName' },
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}
