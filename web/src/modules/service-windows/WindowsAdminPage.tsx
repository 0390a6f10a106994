import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, InputNumber, Modal, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useWindows, type ServiceWindow } from './api.ts';

type WindowForm = Pick<ServiceWindow, 'names' | 'active' | 'position'> & { code: string; description: string | null };

function WindowFormModal({ window, onClose }: { window?: ServiceWindow; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  async function save(values: WindowForm) {
    const fields = { names: values.names, description: values.description ?? '', active: values.active, position: values.position };
    if (window) await api.PATCH('/api/service-windows/{code}', { params: { path: { code: window.code } }, body: fields });
    else await api.POST('/api/service-windows', { body: { ...fields, code: values.code } });
    await queryClient.invalidateQueries({ queryKey: ['service-windows'] });
  }

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal<WindowForm>
      title={window ? t('serviceWindows.admin.editTitle') : t('serviceWindows.admin.create')}
      initialValues={window ?? { active: true, position: 0 }}
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="code" label={t('serviceWindows.admin.code')} rules={required} extra={t('serviceWindows.admin.codeHint')}>
        <Input maxLength={32} disabled={Boolean(window)} />
      </Form.Item>
      <Form.Item name={['names', 'zh-CN']} label={t('serviceWindows.admin.nameZhCN')} rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['names', 'zh-TW']} label={t('serviceWindows.admin.nameZhTW')} rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['names', 'en']} label={t('serviceWindows.admin.nameEn')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('serviceWindows.fields.description')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="position" label={t('serviceWindows.admin.position')}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
      <Form.Item name="active" label={t('serviceWindows.admin.active')} valuePropName="checked" extra={t('serviceWindows.admin.activeHint')}>
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

/** 窗口设置: the market's windows, their names in each language, order and whether they take requests. */
export function WindowsAdminPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const { data, error, isPending, refetch } = useWindows({ includeInactive: true });
  const [editing, setEditing] = useState<ServiceWindow | 'new' | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('serviceWindows.admin.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('serviceWindows.admin.create')}
          </Button>
        }
      />
      <Card>
        <Table<ServiceWindow>
          rowKey="code"
          loading={isPending}
          dataSource={data}
          pagination={false}
          tableLayout="fixed"
          locale={{ emptyText: <Empty description={t('serviceWindows.admin.empty')} /> }}
          columns={[
            { key: 'name', title: t('serviceWindows.admin.name'), dataIndex: 'name', ellipsis: true },
            ...(isMobile ? [] : [{ key: 'code', title: t('serviceWindows.admin.code'), dataIndex: 'code', width: 120 }]),
            {
              key: 'active',
              title: t('serviceWindows.admin.active'),
              width: 96,
              render: (_, window) => <Tag color={window.active ? 'green' : 'default'}>{window.active ? t('serviceWindows.admin.on') : t('serviceWindows.admin.off')}</Tag>,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: isMobile ? 56 : 100,
              render: (_, window) => <RowAction label={t('common.edit')} icon={<EditOutlined />} iconOnly={isMobile} onClick={() => setEditing(window)} />,
            },
          ]}
        />
      </Card>
      {editing && <WindowFormModal window={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
