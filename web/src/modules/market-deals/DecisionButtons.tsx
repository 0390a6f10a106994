import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { declineReasons, useRefreshDeals, type DeclineReason } from './api.ts';

/**
 * Accept, or decline with a structured reason (a text with "other"): for an introduction waiting for the caller's
 * organisation. Accepting may release the demand's confidential details to the other side, so it asks first.
 */
export function DecisionButtons({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshDeals();
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [form] = Form.useForm<{ reason: DeclineReason; text?: string }>();
  const reason = Form.useWatch('reason', form);

  async function decide(decision: 'accept' | 'decline', values?: { reason: DeclineReason; text?: string }) {
    setBusy(decision);
    try {
      if (decision === 'accept') await api.POST('/api/market/introductions/{id}/accept', { params: { path: { id } } });
      else await api.POST('/api/market/introductions/{id}/decline', { params: { path: { id } }, body: { reason: values!.reason, text: values!.text ?? '' } });
      void message.success(t(decision === 'accept' ? 'marketDeals.decide.accepted' : 'marketDeals.decide.declined'));
      setDeclining(false);
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(null);
      await refresh();
    }
  }

  return (
    <Space wrap onClick={(event) => event.stopPropagation()}>
      <Popconfirm
        title={t('marketDeals.decide.acceptConfirm')}
        okText={t('marketDeals.decide.accept')}
        cancelText={t('common.cancel')}
        onConfirm={() => decide('accept')}
      >
        <Button type="primary" icon={<CheckOutlined />} loading={busy === 'accept'}>
          {t('marketDeals.decide.accept')}
        </Button>
      </Popconfirm>
      <Button icon={<CloseOutlined />} onClick={() => setDeclining(true)}>
        {t('marketDeals.decide.decline')}
      </Button>
      <Modal
        open={declining}
        title={t('marketDeals.decide.declineTitle')}
        okText={t('marketDeals.decide.decline')}
        cancelText={t('common.cancel')}
        confirmLoading={busy === 'decline'}
        onOk={() => form.submit()}
        onCancel={() => setDeclining(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void decide('decline', values)}>
          <Form.Item name="reason" label={t('marketDeals.decide.reason')} rules={[{ required: true, message: t('marketDeals.decide.reasonRequired') }]}>
            <Radio.Group>
              <Space direction="vertical">
                {declineReasons.map((value) => (
                  <Radio key={value} value={value}>
                    {t(`marketDeals.reasons.${value}`)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="text" label={t('marketDeals.decide.text')} rules={[{ required: reason === 'other', whitespace: true, message: t('marketDeals.decide.textRequired') }]}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
