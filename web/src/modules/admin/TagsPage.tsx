import { DeleteOutlined, EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, ColorPicker, Empty, Form, Input, Modal, Popconfirm, Space, Table, Tag as ColorTag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordHistoryDrawer } from '../../components/RecordHistoryDrawer.tsx';
import { translateOr } from '../../i18n/index.ts';
import { describeError } from '../../components/describe-error.ts';
import { ErrorResult } from '../../components/results.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { tagsKey, useTags, type Tag } from '../enterprises/api.ts';
import { countWithTag, useEnterpriseStats } from '../enterprises/counts.ts';
import { listParamsToSearch } from '../enterprises/list-params.ts';

const presetColors = ['#1f5fbf', '#13a8a8', '#389e0d', '#d48806', '#d4380d', '#c41d7f', '#531dab', '#595959'];

function TagFormModal({ tag, onClose }: { tag?: Tag; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string; color: string }>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);

  async function save(values: { name: string; color: string }) {
    setSaving(true);
    try {
      const body = { name: values.name.trim(), color: values.color };
      if (tag) await api.PATCH('/api/tags/{id}', { params: { path: { id: tag.id } }, body });
      else await api.POST('/api/tags', { body });
      await queryClient.invalidateQueries({ queryKey: tagsKey });
      void message.success(t('common.saved'));
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
      title={tag ? t('tags.editTitle') : t('tags.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={tag ?? { color: presetColors[0] }} onFinish={(values) => void save(values)}>
        <Form.Item name="name" label={t('tags.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 30 }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="color" label={t('tags.color')} getValueFromEvent={(color: { toHexString: () => string }) => color.toHexString()}>
          <ColorPicker presets={[{ label: t('tags.presetColors'), colors: presetColors }]} showText disabledAlpha />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) => (
            <div>
              {t('tags.preview')}: <ColorTag color={getFieldValue('color') as string}>{(getFieldValue('name') as string | undefined) || t('tags.name')}</ColorTag>
            </div>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function TagsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data: tags, error, isPending, refetch } = useTags();
  const { data: stats } = useEnterpriseStats();
  const [editing, setEditing] = useState<Tag | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<Tag | null>(null);
  const isMobile = useIsMobile();

  async function remove(tag: Tag) {
    try {
      await api.DELETE('/api/tags/{id}', { params: { path: { id: tag.id } } });
      await queryClient.invalidateQueries({ queryKey: tagsKey });
      await queryClient.invalidateQueries({ queryKey: ['enterprises'] });
      void message.success(t('tags.deleted', { name: tag.name }));
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('tags.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('tags.create')}
          </Button>
        }
      />
      <Card>
        <Table<Tag>
          rowKey="id"
          loading={isPending}
          dataSource={tags}
          pagination={false}
          tableLayout="fixed"
          locale={{ emptyText: <Empty description={t('tags.empty')} /> }}
          columns={[
            {
              key: 'name',
              title: t('tags.name'),
              dataIndex: 'name',
              ellipsis: true,
              render: (_, tag) => (
                <ColorTag color={tag.color} translate="no">
                  {tag.name}
                </ColorTag>
              ),
            },
            {
              key: 'count',
              title: t('tags.enterprises'),
              width: isMobile ? 72 : 120,
              render: (_, tag) => (
                <Link to={`/enterprises?${listParamsToSearch({ tag: [tag.id], page: 1, pageSize: 20 }).toString()}`}>{countWithTag(stats, tag.id) ?? '…'}</Link>
              ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              // On a phone the actions are icons, so that the table fits the screen.
              width: isMobile ? 112 : 280,
              render: (_, tag) => (
                <Space size={0}>
                  <RowAction label={t('common.edit')} icon={<EditOutlined />} iconOnly={isMobile} onClick={() => setEditing(tag)} />
                  <RowAction label={t('tags.history')} icon={<HistoryOutlined />} iconOnly={isMobile} onClick={() => setHistoryOf(tag)} />
                  <Popconfirm
                    title={t('tags.deleteConfirm', { name: tag.name })}
                    description={t('tags.deleteDetail', { count: countWithTag(stats, tag.id) ?? 0 })}
                    okText={t('common.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(tag)}
                  >
                    <RowAction label={t('common.delete')} icon={<DeleteOutlined />} iconOnly={isMobile} danger />
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <TagFormModal tag={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      <RecordHistoryDrawer
        record={historyOf && { entityType: 'tag', entityId: historyOf.id }}
        title={historyOf && t('tags.historyOf', { name: historyOf.name })}
        onClose={() => setHistoryOf(null)}
        fieldLabel={(field) => translateOr(`tags.fields.${field}`, field)}
      />
    </>
  );
}
