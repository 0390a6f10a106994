import { Button, Card, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe, useSessionActions, type AfterPasswordChange } from '../../app/auth.tsx';
import { Brand } from '../../components/Brand.tsx';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { PasswordFields, type PasswordChange } from '../../components/PasswordFields.tsx';
import { useChangePassword } from './use-change-password.ts';

/** Where a user with a temporary password lands until they choose their own. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { logOut } = useSessionActions();
  const [form] = Form.useForm<PasswordChange>();
  const next = (useLocation().state as AfterPasswordChange | null)?.next ?? '/';
  const { submit, saving } = useChangePassword(form, () => void navigate(next, { replace: true }));
  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitcher />
      </div>
      <Card className="login-card" variant="borderless">
        <div className="login-heading">
          <Brand size="large" />
        </div>
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
      </Card>
    </div>
  );
}
