import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { deskKeys, useCategories, type ServiceCategory } from './api.ts';

type CategoryForm = Pick<ServiceCategory, 'code' | 'names' | 'description' | 'marketWindow' | 'active' | 'position'>;

function CategoryFormModal({ category, onClose }: { category?: ServiceCategory; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  async function save(values: CategoryForm) {
    const fields = { names: values.names, description: values.description ?? null, marketWindow: values.marketWindow, active: values.active, position: values.position };
    if (category) await api.PATCH('/api/service-desk/categories/{code}', { params: { path: { code: category.code } }, body: fields });
    else await api.POST('/api/service-desk/categories', { body: { ...fields, code: values.code } });
    await queryClient.invalidateQueries({ queryKey: deskKeys.all });
  }
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal<CategoryForm>
      title={category ? t('serviceDesk.admin.editCategory') : t('serviceDesk.admin.addCategory')}
      initialValues={category ?? { active: true, marketWindow: false, position: 0 }}
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="code" label={t('serviceDesk.admin.code')} rules={required}>
        <Input maxLength={32} disabled={Boolean(category)} />
      </Form.Item>
      <Form.Item name={['names', 'zh-CN']} label="简体中文" rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['names', 'zh-TW']} label="繁體中文" rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['names', 'en']} label="English" rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('serviceDesk.admin.description')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="marketWindow" label={t('serviceDesk.admin.marketWindow')} extra={t('serviceDesk.admin.marketWindowHelp')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="position" label={t('serviceDesk.admin.position')}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
      <Form.Item name="active" label={t('serviceDesk.admin.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

/**
 * 诉求分类: the desk's categories, named in three languages; those marked as market windows are the technology
 * market's service windows (服务窗口), kept here by administrators and the market's operator alike.
 */
export function CategoriesPage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useCategories({ includeInactive: true });
  const [editing, setEditing] = useState<ServiceCategory | 'new' | null>(null);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('serviceDesk.admin.categories')} />
      <Card
        size="small"
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('serviceDesk.admin.addCategory')}
          </Button>
        }
      >
        <Table<ServiceCategory>
          size="small"
          rowKey="code"
          loading={isPending}
          dataSource={data}
          pagination={false}
          columns={[
            { title: t('serviceDesk.admin.code'), dataIndex: 'code' },
            { title: t('serviceDesk.fields.category'), dataIndex: 'name' },
            {
              title: t('serviceDesk.admin.marketWindow'),
              dataIndex: 'marketWindow',
              render: (marketWindow: boolean) => (marketWindow ? <Tag color="blue">{t('serviceDesk.admin.marketWindowTag')}</Tag> : null),
            },
            { title: t('serviceDesk.admin.active'), dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="green">✓</Tag> : <Tag>—</Tag>) },
            {
              key: 'edit',
              render: (_, category) => <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(category)} />,
            },
          ]}
        />
        {editing && <CategoryFormModal category={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      </Card>
    </>
  );
}
