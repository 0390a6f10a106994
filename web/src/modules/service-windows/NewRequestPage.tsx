import { App, Button, Card, Empty, Form, Input, Radio, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { useRefreshRequests, useWindows } from './api.ts';
import { submissionKey } from '../../components/submission-key.ts';

interface RequestForm {
  windowCode: string;
  subject: string;
  description: string;
  enterpriseId?: string;
}

/**
 * A new request: pick a window, say what is needed. Requesters open it for their own organisation; staff log one
 * for the enterprise they name (a walk-in, a phone call). The form keeps one key per submission, so a double tap
 * opens one request.
 */
export function NewRequestPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshRequests();
  const staff = can(useMe(), 'window-request.answer');
  const [search] = useSearchParams();
  const { data: windows, error, isPending, refetch } = useWindows();
  const [form] = Form.useForm<RequestForm>();
  const showProblem = useShowFormProblem(form);
  const [key, setKey] = useState(submissionKey);
  const [saving, setSaving] = useState(false);

  async function submit(values: RequestForm) {
    setSaving(true);
    try {
      const created = await api.POST('/api/window-requests', {
        body: { windowCode: values.windowCode, subject: values.subject.trim(), description: values.description.trim(), idempotencyKey: key, enterpriseId: values.enterpriseId },
      });
      setKey(submissionKey());
      await refresh();
      void message.success(t('serviceWindows.form.submitted', { reference: created.reference }));
      void navigate(`/service-windows/requests/${created.id}`);
    } catch (failure) {
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={staff ? t('serviceWindows.form.logTitle') : t('serviceWindows.newRequest')} />
      <Card>
        {isPending ? (
          <Skeleton active />
        ) : windows.length === 0 ? (
          <Empty description={t('serviceWindows.form.noWindows')} />
        ) : (
          <Form<RequestForm>
            form={form}
            layout="vertical"
            initialValues={{ windowCode: windows.some((w) => w.code === search.get('window')) ? search.get('window') : undefined }}
            onFinish={(values) => void submit(values)}
          >
            {staff && (
              <Form.Item name="enterpriseId" label={t('serviceWindows.fields.enterprise')} rules={[{ required: true, message: t('common.required') }]}>
                <EnterpriseSelect />
              </Form.Item>
            )}
            <Form.Item name="windowCode" label={t('serviceWindows.form.window')} rules={[{ required: true, message: t('serviceWindows.form.pickWindow') }]}>
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {windows.map((window) => (
                  <Radio key={window.code} value={window.code}>
                    <Typography.Text strong>{window.name}</Typography.Text>
                    {window.description && (
                      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
                        {window.description}
                      </Typography.Paragraph>
                    )}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item name="subject" label={t('serviceWindows.fields.subject')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={200} placeholder={t('serviceWindows.form.subjectPlaceholder')} />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('serviceWindows.fields.description')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              extra={t('serviceWindows.form.filesLater')}
            >
              <Input.TextArea maxLength={5000} showCount autoSize={{ minRows: 5, maxRows: 14 }} placeholder={t('serviceWindows.form.descriptionPlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} block>
              {t('serviceWindows.form.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
