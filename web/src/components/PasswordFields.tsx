import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Rule } from 'antd/es/form';
import { isStrongPassword } from '../../../src/platform/auth/password-rule.ts';

/** Rules of a new password field: the server's own rule, checked before submitting. */
export function newPasswordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('common.required') },
    {
      validator: async (_, value: string | undefined) => {
        if (value && !isStrongPassword(value)) throw new Error(t('profile.passwordTooWeak'));
      },
    },
  ];
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
        rules={newPasswordRules(t)}
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
