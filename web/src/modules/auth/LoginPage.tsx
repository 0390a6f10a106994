import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useOptionalMe, useSessionActions, type AfterPasswordChange } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { AuthCard } from './AuthCard.tsx';

/** Only paths inside the app, so a crafted link cannot send the user elsewhere after sign-in. */
function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const me = useOptionalMe();
  const { logIn } = useSessionActions();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const next = safeNextPath(search.get('next'));

  // Signed in (just now, or already when the page opened): on to where the user was going.
  if (me) {
    if (me.mustChangePassword) return <Navigate to="/change-password" replace state={{ next } satisfies AfterPasswordChange} />;
    return <Navigate to={next} replace />;
  }

  async function submit(values: { username: string; password: string }) {
    setSubmitting(true);
    setFailure(null);
    try {
      await logIn(values.username, values.password);
    } catch (error) {
      setFailure(describeError(error, t));
      setSubmitting(false);
    }
  }

  return (
    <AuthCard
      tagline={
        <Typography.Paragraph type="secondary" className="login-tagline">
          {t('app.tagline')}
        </Typography.Paragraph>
      }
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('auth.loginTitle')}
      </Typography.Title>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form layout="vertical" onFinish={submit} requiredMark={false} size="large">
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('auth.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
