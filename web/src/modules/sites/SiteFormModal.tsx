import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { RegionPicker } from '../enterprises/pickers.tsx';
import { useTeams } from '../teams/api.ts';
import { siteKinds, useRefreshSites, type Site, type SiteBody } from './api.ts';

/** Creates a site (administrators) or changes one (its managers; only administrators change its team). */
export function SiteFormModal({ site, mayChangeTeam, onClose }: { site?: Site; mayChangeTeam: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshSites();
  const teams = useTeams(false);
  return (
    <FormModal<SiteBody>
      title={site ? t('sites.form.editTitle') : t('sites.form.createTitle')}
      initialValues={site ? { name: site.name, kind: site.kind, regionCode: site.regionCode, address: site.address, teamId: site.teamId, note: site.note } : { kind: 'park' }}
      onSubmit={async (values) => {
        const body = { ...values, regionCode: values.regionCode ?? null, teamId: values.teamId ?? null };
        if (site) {
          await api.PATCH('/api/sites/{id}', { params: { path: { id: site.id } }, body: mayChangeTeam ? body : { ...body, teamId: undefined } });
          await refresh();
          return;
        }
        const created = await api.POST('/api/sites', { body });
        await refresh();
        void navigate(`/sites/${created.id}`);
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('sites.fields.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('sites.fields.kind')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={siteKinds.map((value) => ({ value, label: t(`sites.kinds.${value}`) }))} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('sites.fields.region')}>
        <RegionPicker />
      </Form.Item>
      <Form.Item name="address" label={t('sites.fields.address')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="teamId" label={t('sites.fields.team')} extra={t('sites.form.teamHint')}>
        <Select allowClear disabled={!mayChangeTeam} loading={teams.isPending} options={teams.data?.map((team) => ({ value: team.id, label: team.name }))} />
      </Form.Item>
      <Form.Item name="note" label={t('sites.fields.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
