import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useRefreshSites } from './api.ts';

/** Adds a building to the site, or renames one. */
export function BuildingModal({ siteId, building, onClose }: { siteId: string; building?: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshSites();
  return (
    <FormModal<{ name: string }>
      title={building ? t('sites.building.renameTitle') : t('sites.building.addTitle')}
      initialValues={building ? { name: building.name } : {}}
      onSubmit={async (values) => {
        if (building) await api.PATCH('/api/sites/buildings/{id}', { params: { path: { id: building.id } }, body: values });
        else await api.POST('/api/sites/{id}/buildings', { params: { path: { id: siteId } }, body: values });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('sites.building.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}
