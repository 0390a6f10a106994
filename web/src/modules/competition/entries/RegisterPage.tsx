import { Alert, Button, Empty, Form, Input, Progress, Result, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { upload } from '../../../app/api.ts';
import { useSessionActions } from '../../../app/auth.tsx';
import { newPasswordRules } from '../../../components/PasswordFields.tsx';
import { useShowFormProblem } from '../../../components/form-problems.ts';
import { ErrorResult } from '../../../components/results.tsx';
import { PortalFrame } from '../../market-portal/PortalFrame.tsx';
import { useOpenEditions } from './entries-api.ts';
import { entryFormData, entryFormDefaults, EntryFormFields, type EntryFormValues } from './EntryFormFields.tsx';

interface RegistrationValues extends EntryFormValues {
  editionId: string;
  roundId: string;
  username: string;
  password: string;
}

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
    const { editionId: _edition, ...fields } = values;
    const body = entryFormData(fields, idempotencyKey);
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

  return frame(
    <>
      <Typography.Title level={4}>{edition.name}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('competition.entries.registerIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ editionId: edition.id, ...entryFormDefaults }} requiredMark={false}>
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
        <EntryFormFields tracks={edition.tracks} />
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
