import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { useSessionActions } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import type { PasswordChange } from '../../components/PasswordFields.tsx';

/** Sends a password change; the form shows what the server refused. */
export function useChangePassword(form: FormInstance<PasswordChange>, onChanged: () => void) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const showProblem = useShowFormProblem(form);
  const { reloadSession } = useSessionActions();
  const [saving, setSaving] = useState(false);
  async function submit({ currentPassword, newPassword }: PasswordChange) {
    setSaving(true);
    try {
      await api.POST('/api/auth/password', { body: { currentPassword, newPassword } });
      await reloadSession();
      form.resetFields();
      void message.success(t('profile.passwordChanged'));
      onChanged();
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  }
  return { submit, saving };
}
