import { App as AntdApp, Button, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe, useSessionActions, type AfterPasswordChange } from '../../app/auth.tsx';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { PasswordFields, type PasswordChange } from '../../components/PasswordFields.tsx';
import { AuthCard } from './AuthCard.tsx';
import { useChangePassword } from './use-change-password.ts';

/** Where a user with a temporary password lands until they choose their own. */
export function ChangePasswordPage() {
  // Its messages, as on every signed-in page (see App.tsx).
  return (
    <AntdApp>
      <ChangePasswordForm />
    </AntdApp>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { logOut } = useSessionActions();
  const [form] = Form.useForm<PasswordChange>();
  const next = (useLocation().state as AfterPasswordChange | null)?.next ?? '/';
  const { submit, saving } = useChangePassword(form, () => void navigate(next, { replace: true }));
  return (
    <AuthCard language={<LanguageSwitcher />}>
      <Typography.Title level={4}>{t('profile.changePassword')}</Typography.Title>
      {me.mustChangePassword && <Typography.Paragraph type="secondary">{t('profile.mustChangePassword', { name: me.displayName })}</Typography.Paragraph>}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <PasswordFields />
        <Button type="primary" htmlType="submit" block loading={saving}>
          {t('profile.changePassword')}
        </Button>
        <Button type="link" block onClick={() => void logOut().then(() => navigate('/login', { replace: true }))} style={{ marginTop: 8 }}>
          {t('nav.logout')}
        </Button>
      </Form>
    </AuthCard>
  );
}
