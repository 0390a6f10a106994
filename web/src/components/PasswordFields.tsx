import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FormInstance, Rule } from 'antd/es/form';
import { useMe } from '../app/auth.tsx';
import { currentLanguage } from '../i18n/index.ts';

/**
 * Rules of a new password field: the server's own rule, with its reason in the same words, checked before
 * submitting. `personalWords` are the account's username and name, which a good password does not contain.
 */
export function newPasswordRules(t: TFunction, personalWords: (form: Pick<FormInstance, 'getFieldValue'>) => string[]): Rule[] {
  return [
    { required: true, message: t('common.required') },
    (form) => ({
      validator: async (_, value: string | undefined) => {
        if (!value) return;
        // The estimator, its dictionaries and its messages load with the first check, not with the page.
        const [{ findPasswordProblem, loadPasswordEstimator, passwordProblemKey }, { passwordMessages }] = await Promise.all([
          import('../../../src/platform/auth/password-rule.ts'),
          import('../../../src/platform/auth/password-messages.ts'),
        ]);
        await loadPasswordEstimator();
        const problem = findPasswordProblem(value, personalWords(form));
        if (problem) throw new Error(passwordMessages[passwordProblemKey(problem)][currentLanguage()]);
      },
    }),
  ];
}

/** Current, new and repeated password, as both the profile and the forced change ask for them. */
export function PasswordFields() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <Form.Item name="currentPassword" label={t('profile.currentPassword')} rules={[{ required: true, message: t('common.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('profile.newPassword')}
        extra={t('profile.passwordRule')}
        rules={newPasswordRules(t, () => [me.username, me.displayName])}
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
