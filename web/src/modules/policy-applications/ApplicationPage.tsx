import { ArrowLeftOutlined, CheckCircleOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Popconfirm, Rate, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { Attachments, attachmentsKey } from '../../components/Attachments.tsx';
import { describeError } from '../../components/describe-error.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { formatWan, stateColors, useApplication, useRefreshApplications, type Application } from './api.ts';
import { EvidenceModal, type EvidenceAction } from './EvidenceModal.tsx';
import { Snapshot } from './Snapshot.tsx';

const attachmentKind = 'policy-application';
const evidenceActions: EvidenceAction[] = ['approve', 'publicize', 'pay', 'return', 'reject'];

/** The files uploaded to the application, for naming them as required files and as the voucher. */
function useUploadedFiles(id: string) {
  return useQuery({
    queryKey: attachmentsKey(attachmentKind, id),
    queryFn: () => api.GET('/api/attachments', { params: { query: { kind: attachmentKind, recordId: id } } }),
  });
}

/** What a step of the history carries: the reasons, the amount, the end of the notice. */
function evidenceLine(step: Application['history'][number], t: TFunction): string | null {
  const evidence = step.evidence ?? {};
  if (typeof evidence.reasons === 'string') return evidence.reasons;
  if (typeof evidence.reason === 'string') return evidence.reason;
  if (typeof evidence.approvedAmountWan === 'number') return t('policyApplications.wan', { amount: formatWan(evidence.approvedAmountWan) });
  if (typeof evidence.noticeEndsOn === 'string') return t('policyApplications.noticeUntil', { day: formatDate(evidence.noticeEndsOn) });
  if (typeof evidence.paidOn === 'string') return formatDate(evidence.paidOn);
  return null;
}

/** Submitting (or resubmitting): each required file named by uploaded files, and the enterprise's statement. */
function SubmitCard({ application, action, onDone }: { application: Application; action: 'submit' | 'resubmit'; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const files = useUploadedFiles(application.id);
  const [named, setNamed] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(application.requiredFiles.map((file) => [file.name, file.files.map((f) => f.attachmentId)])),
  );
  const [statement, setStatement] = useState(application.statement);
  const [busy, setBusy] = useState(false);
  const uploaded = files.data?.items ?? [];
  const complete = application.requiredFiles.every((file) => (named[file.name] ?? []).some((id) => uploaded.some((u) => u.id === id)));

  async function submit() {
    setBusy(true);
    try {
      const chosen = Object.entries(named).flatMap(([requiredFile, ids]) =>
        ids.filter((id) => uploaded.some((u) => u.id === id)).map((attachmentId) => ({ requiredFile, attachmentId })),
      );
      await api.POST('/api/policy-applications/{id}/actions/{action}', {
        params: { path: { id: application.id, action } },
        body: { statement: statement.trim() || undefined, files: chosen },
      });
      await onDone();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('policyApplications.submitTitle')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('policyApplications.submitHint')}</Typography.Text>
        <Attachments kind={attachmentKind} recordId={application.id} />
        {application.requiredFiles.map((file) => (
          <div key={file.name}>
            <Typography.Text strong>{file.name}</Typography.Text>
            <Select
              mode="multiple"
              style={{ width: '100%', marginTop: 4 }}
              aria-label={file.name}
              placeholder={t('policyApplications.pickFile')}
              value={(named[file.name] ?? []).filter((id) => uploaded.some((u) => u.id === id))}
              onChange={(ids) => setNamed((current) => ({ ...current, [file.name]: ids }))}
              options={uploaded.map((u) => ({ value: u.id, label: u.fileName }))}
            />
          </div>
        ))}
        <Input.TextArea
          value={statement}
          onChange={(event) => setStatement(event.target.value)}
          maxLength={4000}
          autoSize={{ minRows: 2, maxRows: 8 }}
          aria-label={t('policyApplications.fields.statement')}
          placeholder={t('policyApplications.apply.statementHint')}
        />
        <Button type="primary" icon={<SendOutlined />} disabled={!complete} loading={busy} onClick={() => void submit()}>
          {t(`policyApplications.actions.${action}`)}
        </Button>
      </Flex>
    </Card>
  );
}

/**
 * One application for either side: where it stands and by when it is due (and, for staff, who handles it), the files,
 * the moves the caller may make (the server says which), the rating once paid, the enterprise as it applied, and the
 * history of its steps.
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const staff = can(useMe(), 'policy.read');
  const refresh = useRefreshApplications();
  const { data: application, error, isPending, refetch } = useApplication(id);
  const files = useUploadedFiles(id);
  const [evidence, setEvidence] = useState<EvidenceAction | null>(null);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  async function run(kind: string, write: () => Promise<unknown>) {
    setBusy(kind);
    try {
      await write();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      await refresh();
      setBusy(null);
    }
  }
  const move = (action: string, body: Record<string, unknown> = {}) =>
    api.POST('/api/policy-applications/{id}/actions/{action}', { params: { path: { id, action } }, body });

  const back = (
    <Link to={staff ? '/policy-applications/queue' : '/policy-applications'}>
      <Button icon={<ArrowLeftOutlined />}>{t('policyApplications.back')}</Button>
    </Link>
  );
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  const may = (action: string) => application.actions.includes(action);
  const submitAction = may('submit') ? 'submit' : may('resubmit') ? 'resubmit' : null;
  return (
    <>
      <PageHeader title={application.itemTitle} extra={back} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex wrap gap={4} style={{ marginBottom: 12 }}>
            <Tag color={stateColors[application.state]}>{t(`policyApplications.states.${application.state}`)}</Tag>
            {application.overdue && <Tag color="red">{t('policyApplications.overdue')}</Tag>}
          </Flex>
          {application.state === 'returned' && application.returnReasons && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('policyApplications.returnedBecause')} description={application.returnReasons} />
          )}
          {application.state === 'rejected' && application.rejectionReason && (
            <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('policyApplications.rejectedBecause')} description={application.rejectionReason} />
          )}
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('policyApplications.fields.number')}>
              <Typography.Text copyable>{application.number}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('policyApplications.fields.policy')}>{application.policyTitle}</Descriptions.Item>
            {staff && (
              <Descriptions.Item label={t('policyApplications.fields.enterprise')}>
                <Link to={`/enterprises/${application.enterpriseId}`}>{application.enterpriseName}</Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('policyApplications.fields.appliedBy')}>{application.appliedByName}</Descriptions.Item>
            {staff && application.handlerName && <Descriptions.Item label={t('policyApplications.fields.handler')}>{application.handlerName}</Descriptions.Item>}
            {application.submittedAt && <Descriptions.Item label={t('policyApplications.fields.submittedAt')}>{formatDateTime(application.submittedAt)}</Descriptions.Item>}
            {application.dueAt && <Descriptions.Item label={t('policyApplications.fields.dueAt')}>{formatDateTime(application.dueAt)}</Descriptions.Item>}
            {application.approvedAmountWan !== null && (
              <Descriptions.Item label={t('policyApplications.fields.approvedAmount')}>{t('policyApplications.wan', { amount: formatWan(application.approvedAmountWan) })}</Descriptions.Item>
            )}
            {application.noticeEndsOn && <Descriptions.Item label={t('policyApplications.fields.noticeEndsOn')}>{formatDate(application.noticeEndsOn)}</Descriptions.Item>}
            {application.payout && (
              <Descriptions.Item label={t('policyApplications.fields.payout')}>
                {t('policyApplications.paidLine', { amount: formatWan(application.payout.amountWan), day: formatDate(application.payout.paidOn) })}
              </Descriptions.Item>
            )}
            {application.statement && <Descriptions.Item label={t('policyApplications.fields.statement')}>{application.statement}</Descriptions.Item>}
            {application.rating !== null && (
              <Descriptions.Item label={t('policyApplications.fields.rating')}>
                <Rate disabled value={application.rating} />
                {application.ratingComment && <Typography.Text style={{ marginInlineStart: 8 }}>{application.ratingComment}</Typography.Text>}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>

        <Flex wrap gap={8}>
          {may('accept') && (
            <Button type="primary" icon={<CheckCircleOutlined />} loading={busy === 'accept'} onClick={() => void run('accept', () => move('accept'))}>
              {t('policyApplications.actions.accept')}
            </Button>
          )}
          {evidenceActions.filter(may).map((action) => (
            <Button key={action} type={action === 'pay' || action === 'approve' || action === 'publicize' ? 'primary' : 'default'} danger={action === 'reject'} onClick={() => setEvidence(action)}>
              {t(`policyApplications.actions.${action}`)}
            </Button>
          ))}
          {may('withdraw') && (
            <Popconfirm title={t('policyApplications.withdrawConfirm')} onConfirm={() => void run('withdraw', () => move('withdraw'))}>
              <Button icon={<RollbackOutlined />} loading={busy === 'withdraw'}>
                {t('policyApplications.actions.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Flex>

        {submitAction && <SubmitCard key={application.updatedAt} application={application} action={submitAction} onDone={refresh} />}

        {application.mayRate && (
          <Card size="small" title={t('policyApplications.rateTitle')}>
            <Flex vertical gap={8}>
              <Rate value={rating} onChange={setRating} aria-label={t('policyApplications.fields.rating')} />
              <Input.TextArea value={comment} onChange={(event) => setComment(event.target.value)} maxLength={2000} placeholder={t('policyApplications.ratingComment')} />
              <Button
                type="primary"
                disabled={rating === 0}
                loading={busy === 'rate'}
                onClick={() =>
                  void run('rate', () => api.POST('/api/policy-applications/{id}/rating', { params: { path: { id } }, body: { rating, comment: comment.trim() || undefined } }))
                }
              >
                {t('policyApplications.rate')}
              </Button>
            </Flex>
          </Card>
        )}

        {!submitAction && (
          <Card size="small" title={t('policyApplications.requiredFiles')}>
            <Flex vertical gap={8}>
              {application.requiredFiles.map((file) => (
                <div key={file.name}>
                  <Typography.Text strong>{file.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {file.files.map((f) => f.fileName).join('、') || t('policyApplications.noFileNamed')}
                  </Typography.Text>
                </div>
              ))}
              <Attachments kind={attachmentKind} recordId={application.id} />
            </Flex>
          </Card>
        )}

        <Card size="small" title={t('policyApplications.apply.prefilled')}>
          <Snapshot snapshot={application.snapshot} suggestedAmountWan={application.suggestedAmountWan} />
        </Card>

        <Card size="small" title={t('policyApplications.history')}>
          <Timeline
            items={application.history.map((step) => {
              const line = evidenceLine(step, t);
              return {
                color: step.to === 'paid' ? 'green' : step.to === 'rejected' || step.to === 'returned' ? 'red' : 'blue',
                children: (
                  <>
                    <Typography.Text>{t(`policyApplications.states.${step.to as Application['state']}`)}</Typography.Text>
                    {line && (
                      <>
                        <br />
                        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{line}</Typography.Text>
                      </>
                    )}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {step.actorName} · {formatDateTime(step.at)}
                    </Typography.Text>
                  </>
                ),
              };
            })}
          />
        </Card>
      </Flex>
      {evidence && (
        <EvidenceModal
          action={evidence}
          defaultAmountWan={evidence === 'pay' ? application.approvedAmountWan : application.suggestedAmountWan}
          files={(files.data?.items ?? []).map((file) => ({ id: file.id, fileName: file.fileName }))}
          onSubmit={async (body) => {
            await move(evidence, body);
            await refresh();
          }}
          onClose={() => setEvidence(null)}
        />
      )}
    </>
  );
}
