import { useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actsForOrganisation, roles, type Role } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { newPasswordRules } from '../../components/PasswordFields.tsx';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { usersKey, type User } from './users-api.ts';

interface UserFormValues {
  username?: string;
  displayName?: string;
  password?: string;
  roles?: Role[];
  enterpriseId?: string;
  disabled?: boolean;
}

/** Creates a user, or changes an existing one's name, roles, enterprise and status. */
export function UserFormModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserFormValues>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);
  const chosenRoles = Form.useWatch('roles', form) ?? [];
  const takesOrganisation = actsForOrganisation(chosenRoles);
  const needsEnterprise = chosenRoles.includes('enterprise');
  const isSelf = user?.id === me.id;

  async function save(values: UserFormValues) {
    setSaving(true);
    const common = {
      displayName: values.displayName?.trim(),
      roles: values.roles,
      enterpriseId: takesOrganisation ? (values.enterpriseId ?? null) : null,
    };
    try {
      if (user) {
        await api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: { ...common, disabled: values.disabled ?? false } });
      } else {
        // The form requires these on creation; an empty one would be refused by the server, field by field.
        const required = { displayName: common.displayName ?? '', roles: common.roles ?? [], username: values.username?.trim() ?? '', password: values.password ?? '' };
        await api.POST('/api/users', { body: { ...common, ...required } });
      }
      await queryClient.invalidateQueries({ queryKey: usersKey });
      void message.success(user ? t('common.saved') : t('users.created'));
      onClose();
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={user ? t('common.save') : t('users.create')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      width={560}
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        initialValues={
          user
            ? { username: user.username, displayName: user.displayName, roles: user.roles.filter((role): role is Role => (roles as readonly string[]).includes(role)), enterpriseId: user.enterpriseId ?? undefined, disabled: user.disabled }
            : { roles: [] }
        }
      >
        <Form.Item name="username" label={t('users.username')} rules={user ? [] : [{ required: true, whitespace: true, message: t('common.required') }, { min: 2, max: 50 }]}>
          <Input maxLength={50} autoComplete="off" disabled={Boolean(user)} />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('users.initialPassword')}
            extra={t('profile.passwordRule')}
            rules={newPasswordRules(t, (fields) => [fields.getFieldValue('username'), fields.getFieldValue('displayName')])}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
          <Checkbox.Group
            className="role-checkboxes"
            options={roles.map((role) => ({ value: role, label: t(`roles.${role}`), disabled: isSelf && role === 'admin' }))}
          />
        </Form.Item>
        {takesOrganisation && (
          <Form.Item name="enterpriseId" label={t('users.enterprise')} rules={[{ required: needsEnterprise, message: t('users.enterpriseRequired') }]}>
            <EnterpriseSelect />
          </Form.Item>
        )}
        {user && (
          <Form.Item name="disabled" label={t('users.disabledLabel')} valuePropName="checked" extra={isSelf ? t('users.cannotDisableSelf') : t('users.disabledHint')}>
            <Switch disabled={isSelf} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
