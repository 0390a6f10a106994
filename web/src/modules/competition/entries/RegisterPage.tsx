import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, InputNumber, Progress, Result, Select, Skeleton, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { upload } from '../../../app/api.ts';
import { useSessionActions } from '../../../app/auth.tsx';
import { newPasswordRules } from '../../../components/PasswordFields.tsx';
import { useShowFormProblem } from '../../../components/form-problems.ts';
import { ErrorResult } from '../../../components/results.tsx';
import { PortalFrame } from '../../market-portal/PortalFrame.tsx';
import { entryStages, financingRounds, useOpenEditions } from './entries-api.ts';

interface RegistrationValues {
  editionId: string;
  roundId: string;
  trackId: string;
  projectName: string;
  organisationName: string;
  creditCode?: string;
  stage: string;
  financing: string;
  financingWan?: number | null;
  teamSize: number;
  teamSummary: string;
  summary: string;
  contactName: string;
  contactPhone: string;
  contactEmail?: string;
  businessPlan: UploadFile[];
  pitchDeck: UploadFile[];
  username: string;
  password: string;
}

const fileList = (event: { fileList: UploadFile[] }) => event.fileList.slice(-1);

/**
 * The public registration form (报名), for anyone, at phone width: the project, its organisation, team and contact,
 * the business plan and pitch deck, and the account the entrant chooses; once registered, they are signed in and
 * see their entry.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editions = useOpenEditions();
  const [form] = Form.useForm<RegistrationValues>();
  const showProblem = useShowFormProblem(form);
  const { logIn } = useSessionActions();
  // One key for this form: sent again after a lost answer, it registers nothing twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [progress, setProgress] = useState<number | null>(null);
  const [registered, setRegistered] = useState<{ number: string; username: string } | null>(null);
  const editionId = Form.useWatch('editionId', form);
  const frame = (content: React.ReactNode) => (
    <PortalFrame title={t('competition.entries.registerTitle')} home="/competition/register" signInNext="/competition/my-entries">
      {content}
    </PortalFrame>
  );

  if (editions.error) return frame(<ErrorResult error={editions.error} onRetry={() => void editions.refetch()} />);
  if (editions.isPending) return frame(<Skeleton active />);
  if (registered) {
    return frame(
      <Result
        status="success"
        title={t('competition.entries.registered', { number: registered.number })}
        subTitle={t('competition.entries.signInToFollow', { username: registered.username })}
        extra={<Link to="/login?next=%2Fcompetition%2Fmy-entries"><Button type="primary">{t('competition.entries.signIn')}</Button></Link>}
      />,
    );
  }
  const open = editions.data ?? [];
  if (open.length === 0) return frame(<Empty description={t('competition.entries.noOpenEdition')} />);
  const edition = open.find((candidate) => candidate.id === editionId) ?? open[0]!;

  async function submit(values: RegistrationValues) {
    const { editionId: _edition, businessPlan, pitchDeck, ...fields } = values;
    const body = new FormData();
    body.append('entry', JSON.stringify({ ...fields, creditCode: fields.creditCode || null, contactEmail: fields.contactEmail || null, idempotencyKey }));
    body.append('businessPlan', businessPlan[0]!.originFileObj as Blob, businessPlan[0]!.name);
    body.append('pitchDeck', pitchDeck[0]!.originFileObj as Blob, pitchDeck[0]!.name);
    setProgress(0);
    try {
      const result = await upload('/api/competition/registrations', body, setProgress);
      try {
        await logIn(values.username, values.password);
        navigate('/competition/my-entries');
      } catch {
        setRegistered({ number: result.number, username: values.username });
      }
    } catch (error) {
      showProblem(error);
    } finally {
      setProgress(null);
    }
  }

  const required = [{ required: true, message: t('common.required') }];
  const fileField = (name: 'businessPlan' | 'pitchDeck', accept: string) => (
    <Form.Item name={name} label={t(`competition.entries.fields.${name}`)} extra={t(`competition.entries.fileHints.${name}`)} valuePropName="fileList" getValueFromEvent={fileList} rules={required}>
      <Upload beforeUpload={() => false} accept={accept} maxCount={1}>
        <Button icon={<UploadOutlined />}>{t('competition.entries.chooseFile')}</Button>
      </Upload>
    </Form.Item>
  );

  return frame(
    <>
      <Typography.Title level={4}>{edition.name}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('competition.entries.registerIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ editionId: edition.id, stage: 'prototype', financing: 'none', teamSize: 3 }} requiredMark={false}>
        {open.length > 1 && (
          <Form.Item name="editionId" label={t('competition.entries.fields.edition')} rules={required}>
            <Select options={open.map((candidate) => ({ value: candidate.id, label: candidate.name }))} onChange={() => form.resetFields(['roundId', 'trackId'])} />
          </Form.Item>
        )}
        <Form.Item name="roundId" label={t('competition.entries.fields.round')} rules={required}>
          <Select
            options={edition.rounds.map((round) => ({
              value: round.id,
              disabled: round.full,
              label: `${round.name} · ${round.heldOn}${round.full ? ` · ${t('competition.entries.full')}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="trackId" label={t('competition.entries.fields.track')} rules={required}>
          <Select options={edition.tracks.map((track) => ({ value: track.id, label: track.name }))} />
        </Form.Item>
        <Form.Item name="projectName" label={t('competition.entries.fields.projectName')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="organisationName" label={t('competition.entries.fields.organisationName')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('competition.entries.fields.creditCode')}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="stage" label={t('competition.entries.fields.stage')} rules={required}>
          <Select options={entryStages.map((stage) => ({ value: stage, label: t(`competition.entries.stages.${stage}`) }))} />
        </Form.Item>
        <Form.Item name="financing" label={t('competition.entries.fields.financing')} rules={required}>
          <Select options={financingRounds.map((round) => ({ value: round, label: t(`competition.entries.financingRounds.${round}`) }))} />
        </Form.Item>
        <Form.Item name="financingWan" label={t('competition.entries.fields.financingWan')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="teamSize" label={t('competition.entries.fields.teamSize')} rules={required}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="teamSummary" label={t('competition.entries.fields.teamSummary')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="summary" label={t('competition.entries.fields.summary')} rules={required}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="contactName" label={t('competition.entries.fields.contactName')} rules={required}>
          <Input maxLength={100} autoComplete="name" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('competition.entries.fields.contactPhone')} rules={required}>
          <Input maxLength={30} type="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item name="contactEmail" label={t('competition.entries.fields.contactEmail')} rules={[{ type: 'email', message: t('competition.entries.badEmail') }]}>
          <Input maxLength={200} type="email" autoComplete="email" />
        </Form.Item>
        {fileField('businessPlan', '.pdf,application/pdf')}
        {fileField('pitchDeck', '.pdf,.pptx')}
        <Alert type="info" showIcon message={t('competition.entries.accountHint')} style={{ marginBottom: 16 }} />
        <Form.Item name="username" label={t('competition.entries.fields.username')} rules={required}>
          <Input maxLength={50} autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('competition.entries.fields.password')}
          extra={t('profile.passwordRule')}
          rules={newPasswordRules(t, (current) => [current.getFieldValue('username') ?? '', current.getFieldValue('contactName') ?? ''])}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {progress !== null && <Progress percent={progress} size="small" />}
        <Button type="primary" htmlType="submit" block loading={progress !== null}>
          {t('competition.entries.submit')}
        </Button>
      </Form>
    </>,
  );
}
