import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** Mirrors the server's rule, so the user learns it before submitting. */
export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

/** Current, new and repeated password, as both the profile and the forced change ask for them. */
export function PasswordFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="currentPassword" label={t('profile.currentPassword')} rules={[{ required: true, message: t('common.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('profile.newPassword')}
        extra={t('profile.passwordRule')}
        rules={[
          { required: true, message: t('common.required') },
          { validator: async (_, value: string | undefined) => { if (value && !isStrongPassword(value)) throw new Error(t('profile.passwordTooWeak')); } },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeatPassword"
        label={t('profile.repeatPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('profile.passwordsDiffer'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}
