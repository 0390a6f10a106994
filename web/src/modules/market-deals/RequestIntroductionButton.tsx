import { LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { useRefreshDeals } from './api.ts';

/** The longest note the server takes (schemas.ts). */
const maxMessage = 2000;

/**
 * 申请对接: on a published listing's page, an enterprise or investor user asks for an introduction for their own
 * organisation, optionally naming one of its published demands and adding a note. Hidden from those who may not
 * ask and on the organisation's own listing. Asking again while one is open leads to the open one.
 */
export function RequestIntroductionButton({ listingId, listingOwnerId, block }: { listingId: string; listingOwnerId: string; block?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshDeals();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ demandId?: string; message?: string }>();
  const allowed = can(me, 'introduction.request') && me.enterpriseId !== null && me.enterpriseId !== listingOwnerId;
  const demands = useQuery({
    queryKey: ['market-deals', 'own-demands', me.enterpriseId],
    queryFn: () => api.GET('/api/market/demands', { params: { query: { state: 'published', ownerId: me.enterpriseId ?? undefined, pageSize: 100 } } }),
    enabled: allowed && open,
  });
  if (!allowed) return null;

  async function submit(values: { demandId?: string; message?: string }) {
    setBusy(true);
    try {
      const introduction = await api.POST('/api/market/introductions', { body: { listingId, demandId: values.demandId ?? null, message: values.message ?? '' } });
      void message.success(t('marketDeals.request.sent'));
      setOpen(false);
      form.resetFields();
      await refresh();
      void navigate(`/market/introductions/${introduction.id}`);
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button type="primary" icon={<LinkOutlined />} block={block} onClick={() => setOpen(true)}>
        {t('marketDeals.request.button')}
      </Button>
      <Modal
        open={open}
        title={t('marketDeals.request.title')}
        okText={t('marketDeals.request.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item name="demandId" label={t('marketDeals.request.demand')} extra={t('marketDeals.request.demandHelp')}>
            <Select
              allowClear
              loading={demands.isPending}
              options={(demands.data?.items ?? []).map((demand) => ({ value: demand.id, label: demand.title }))}
              placeholder={t('marketDeals.request.noDemand')}
            />
          </Form.Item>
          <Form.Item name="message" label={t('marketDeals.request.message')}>
            <Input.TextArea maxLength={maxMessage} autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('marketDeals.request.messagePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
