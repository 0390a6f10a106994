import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { useRefreshDeals } from './api.ts';

/** A select of published listings or demands found by words of their titles, for the operator's proposal. */
function RecordSelect({ kind, value, onChange }: { kind: 'listings' | 'demands'; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['market-deals', 'propose', kind, q],
    // Only what the select shows of either kind.
    queryFn: async (): Promise<{ id: string; title: string; owner: { name: string } }[]> => {
      const query = { state: 'published' as const, q: q || undefined, pageSize: 20 };
      const page = kind === 'listings' ? await api.GET('/api/market/listings', { params: { query } }) : await api.GET('/api/market/demands', { params: { query } });
      return page.items;
    },
  });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={isFetching}
      placeholder={t('marketDeals.propose.search')}
      options={(data ?? []).map((item) => ({ value: item.id, label: `${item.title} · ${item.owner.name}` }))}
    />
  );
}

/** 撮合: the operator proposes an introduction between a published listing and a published demand; both owners decide. */
export function ProposeIntroductionButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshDeals();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ listingId: string; demandId: string; message?: string }>();

  async function submit(values: { listingId: string; demandId: string; message?: string }) {
    setBusy(true);
    try {
      await api.POST('/api/market/introductions/proposals', { body: { ...values, message: values.message ?? '' } });
      void message.success(t('marketDeals.propose.sent'));
      setOpen(false);
      form.resetFields();
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('marketDeals.propose.button')}
      </Button>
      <Modal
        open={open}
        title={t('marketDeals.propose.title')}
        okText={t('marketDeals.propose.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item name="listingId" label={t('marketDeals.listing')} rules={[{ required: true, message: t('marketDeals.propose.required') }]}>
            <RecordSelect kind="listings" />
          </Form.Item>
          <Form.Item name="demandId" label={t('marketDeals.demand')} rules={[{ required: true, message: t('marketDeals.propose.required') }]}>
            <RecordSelect kind="demands" />
          </Form.Item>
          <Form.Item name="message" label={t('marketDeals.request.message')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
