import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationPreferences, NotificationPreferencesInput } from '../../api/types.ts';
import { api } from '../../app/api.ts';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { notificationsKey } from './use-unread-count.ts';

const preferencesKey = [...notificationsKey, 'preferences'] as const;
const deliveries = ['digest', 'immediate', 'off'] as const;

function PreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NotificationPreferencesInput>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);
  const email = Form.useWatch('email', form);
  const delivery = Form.useWatch('emailDelivery', form);

  async function save(input: NotificationPreferencesInput) {
    setSaving(true);
    try {
      queryClient.setQueryData(preferencesKey, await api.PUT('/api/notifications/preferences', { body: input }));
      void message.success(t('common.saved'));
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ email: preferences.email ?? '', emailDelivery: preferences.emailDelivery }}
      onFinish={save}
      requiredMark={false}
    >
      <Form.Item
        name="email"
        label={t('notifications.settings.email')}
        rules={[{ type: 'email', message: t('notifications.settings.emailInvalid') }]}
        extra={!email?.trim() && delivery !== 'off' ? t('notifications.settings.noAddress') : undefined}
      >
        <Input type="email" autoComplete="email" maxLength={254} />
      </Form.Item>
      <Form.Item name="emailDelivery" label={t('notifications.settings.delivery')}>
        <Radio.Group vertical options={deliveries.map((value) => ({ value, label: t(`notifications.settings.deliveries.${value}`) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** Where and how often the user's notifications are e-mailed. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => api.GET('/api/notifications/preferences', { signal }),
  });
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoading />;
  return (
    <>
      <PageHeader title={t('notifications.settings.title')} />
      <Card className="notification-settings">
        <Typography.Paragraph type="secondary">{t('notifications.settings.intro')}</Typography.Paragraph>
        {!data.mailConfigured && <Alert type="info" showIcon title={t('notifications.settings.mailNotConfigured')} style={{ marginBottom: 16 }} />}
        <PreferencesForm preferences={data} />
      </Card>
    </>
  );
}
