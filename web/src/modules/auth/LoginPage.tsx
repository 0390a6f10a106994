import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useOptionalMe, useSessionActions, type AfterPasswordChange } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';
import { AuthCard } from './AuthCard.tsx';
import { SignInField } from './SignInField.tsx';

/** Only paths inside the app, so a crafted link cannot send the user elsewhere after sign-in. */
function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

type Credentials = { username: string; password: string };
type Field = keyof Credentials;

/** A username of spaces only is none; a password counts as typed. */
function isMissing(field: Field, value: string): boolean {
  return (field === 'username' ? value.trim() : value) === '';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const me = useOptionalMe();
  const { logIn } = useSessionActions();
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  // Kept as which fields are missing and what failed, not as text, so that a change of language reaches them too.
  const [missing, setMissing] = useState<Record<Field, boolean>>({ username: false, password: false });
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = safeNextPath(search.get('next'));

  // Signed in (just now, or already when the page opened): on to where the user was going.
  if (me) {
    if (me.mustChangePassword) return <Navigate to="/change-password" replace state={{ next } satisfies AfterPasswordChange} />;
    return <Navigate to={next} replace />;
  }

  // As in antd's forms, a field is checked again whenever it changes.
  function change(field: Field, value: string) {
    setCredentials((current) => ({ ...current, [field]: value }));
    setMissing((current) => ({ ...current, [field]: isMissing(field, value) }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nowMissing = { username: isMissing('username', credentials.username), password: isMissing('password', credentials.password) };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) return;
    setSubmitting(true);
    setFailure(null);
    try {
      await logIn(credentials.username, credentials.password);
    } catch (error) {
      setFailure(error);
      setSubmitting(false);
    }
  }

  return (
    <AuthCard language={<LanguageSelect />} tagline={t('app.tagline')}>
      <h1 className="login-title">{t('auth.loginTitle')}</h1>
      {failure !== null && <Alert type="error" showIcon title={describeError(failure, t)} style={{ marginBottom: 16 }} role="alert" />}
      {/* antd's Form would bring its validator, grid and tooltips for two required fields: checked here instead. */}
      <form onSubmit={(event) => void submit(event)}>
        <SignInField
          id="username"
          label={t('auth.username')}
          icon={<UserOutlined />}
          value={credentials.username}
          onChange={(value) => change('username', value)}
          problem={missing.username ? t('auth.usernameRequired') : null}
          autoComplete="username"
          autoFocus
        />
        <SignInField
          id="password"
          label={t('auth.password')}
          icon={<LockOutlined />}
          value={credentials.password}
          onChange={(value) => change('password', value)}
          problem={missing.password ? t('auth.passwordRequired') : null}
          autoComplete="current-password"
          secret
        />
        <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
          {t('auth.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
