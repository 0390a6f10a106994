import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useRefreshCompetition, type Edition, type Track } from './api.ts';

interface TrackForm {
  name: string;
  industryCodes?: string[];
}

/** Adds a track (field) to an edition or changes one, with the GB/T 4754 codes that sort entries into it. */
export function TrackFormModal({ edition, track, onClose }: { edition: Edition; track?: Track; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCompetition();
  return (
    <FormModal<TrackForm>
      title={track ? t('competition.forms.editTrack') : t('competition.forms.newTrack')}
      initialValues={track ? { name: track.name, industryCodes: track.industryCodes } : { industryCodes: [] }}
      onSubmit={async (values) => {
        const body = { name: values.name, industryCodes: (values.industryCodes ?? []).map((code) => code.trim().toUpperCase()) };
        if (track) await api.PATCH('/api/competition/editions/{id}/tracks/{trackId}', { params: { path: { id: edition.id, trackId: track.id } }, body });
        else await api.POST('/api/competition/editions/{id}/tracks', { params: { path: { id: edition.id } }, body });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('competition.fields.trackName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="industryCodes" label={t('competition.fields.industryCodes')} extra={t('competition.forms.industryHint')}>
        <Select
          mode="tags"
          tokenSeparators={[',', '，', ' ']}
          open={false}
          suffixIcon={null}
          options={Object.entries(edition.industryNames).map(([code, name]) => ({ value: code, label: `${code} ${name}` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
