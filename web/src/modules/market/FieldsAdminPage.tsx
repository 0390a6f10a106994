import { EditOutlined, PlusOutlined, StopOutlined, CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { IndustryPicker } from '../enterprises/pickers.tsx';
import { useMarketFields, useRefreshMarket, type MarketField } from './api.ts';

interface FieldForm {
  name: string;
  nameEn: string;
  industryCode?: string | null;
  position?: number;
}

function FieldFormModal({ field, onClose }: { field?: MarketField; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshMarket();

  async function save(values: FieldForm) {
    const body = { name: values.name, nameEn: values.nameEn, industryCode: values.industryCode ?? null, position: values.position ?? 0 };
    if (field) await api.PATCH('/api/market/fields/{id}', { params: { path: { id: field.id } }, body });
    else await api.POST('/api/market/fields', { body });
    await refresh();
  }

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal<FieldForm>
      title={field ? t('market.fieldsAdmin.editTitle') : t('market.fieldsAdmin.create')}
      initialValues={field ? { name: field.nameZh, nameEn: field.nameEn, industryCode: field.industryCode, position: field.position } : { position: 0 }}
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('market.fieldsAdmin.nameZh')} rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('market.fieldsAdmin.nameEn')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="industryCode" label={t('market.fieldsAdmin.industry')} extra={t('market.fieldsAdmin.industryHint')}>
        <IndustryPicker />
      </Form.Item>
      <Form.Item name="position" label={t('market.fieldsAdmin.position')}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
    </FormModal>
  );
}

/** 技术领域: the curated fields records are filed under, each with its GB/T 4754 industry; deactivated, not deleted. */
export function FieldsAdminPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const refresh = useRefreshMarket();
  const { data, error, isPending, refetch } = useMarketFields({ includeInactive: true });
  const [editing, setEditing] = useState<MarketField | 'new' | null>(null);

  async function setActive(field: MarketField, active: boolean) {
    try {
      await api.PATCH('/api/market/fields/{id}', { params: { path: { id: field.id } }, body: { active } });
      await refresh();
      void message.success(t('common.saved'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('market.fieldsAdmin.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('market.fieldsAdmin.create')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('market.fieldsAdmin.intro')}
        </Typography.Paragraph>
      </PageHeader>
      <Card>
        <Table<MarketField>
          rowKey="id"
          loading={isPending}
          dataSource={data}
          pagination={false}
          tableLayout="fixed"
          locale={{ emptyText: <Empty description={t('market.fieldsAdmin.empty')} /> }}
          columns={[
            {
              key: 'name',
              title: t('market.fieldsAdmin.name'),
              ellipsis: true,
              render: (_, field) => (
                <>
                  {field.name}
                  {!isMobile && field.nameEn !== field.name && <Typography.Text type="secondary"> · {field.nameEn}</Typography.Text>}
                </>
              ),
            },
            ...(isMobile ? [] : [{ key: 'industry', title: t('market.fieldsAdmin.industry'), dataIndex: 'industryCode', width: 160, render: (code: string | null) => code ?? '—' }]),
            {
              key: 'active',
              title: t('market.fieldsAdmin.active'),
              width: isMobile ? 80 : 100,
              render: (_, field) => <Tag color={field.active ? 'green' : 'default'}>{field.active ? t('market.fieldsAdmin.on') : t('market.fieldsAdmin.off')}</Tag>,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: isMobile ? 80 : 170,
              render: (_, field) => (
                <Space size={0}>
                  <RowAction label={t('common.edit')} icon={<EditOutlined />} iconOnly={isMobile} onClick={() => setEditing(field)} />
                  {field.active ? (
                    <Popconfirm title={t('market.fieldsAdmin.deactivateConfirm')} okText={t('market.fieldsAdmin.deactivate')} cancelText={t('common.cancel')} onConfirm={() => setActive(field, false)}>
                      <RowAction label={t('market.fieldsAdmin.deactivate')} icon={<StopOutlined />} iconOnly={isMobile} danger />
                    </Popconfirm>
                  ) : (
                    <RowAction label={t('market.fieldsAdmin.activate')} icon={<CheckOutlined />} iconOnly={isMobile} onClick={() => void setActive(field, true)} />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <FieldFormModal field={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
