import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { dayOrNull, editionStates, useRefreshCompetition, type Edition, type EditionState } from './api.ts';

interface EditionForm {
  name: string;
  year: number;
  state: EditionState;
  startsOn?: string | null;
  endsOn?: string | null;
  description?: string | null;
}

/** Starts an edition (then opens its page) or changes one's name, year, state, dates and description. */
export function EditionFormModal({ edition, onClose }: { edition?: Edition; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshCompetition();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <FormModal<EditionForm>
      title={edition ? t('competition.forms.editEdition') : t('competition.forms.newEdition')}
      initialValues={
        edition
          ? { name: edition.name, year: edition.year, state: edition.state, startsOn: edition.startsOn, endsOn: edition.endsOn, description: edition.description }
          : { year: new Date().getFullYear(), state: 'draft' }
      }
      onSubmit={async (values) => {
        const body = { ...values, startsOn: dayOrNull(values.startsOn), endsOn: dayOrNull(values.endsOn), description: values.description ?? '' };
        if (edition) {
          await api.PATCH('/api/competition/editions/{id}', { params: { path: { id: edition.id } }, body });
          await refresh();
          return;
        }
        const created = await api.POST('/api/competition/editions', { body });
        await refresh();
        void navigate(`/competition/${created.id}`);
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('competition.fields.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={200} placeholder={t('competition.forms.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="year" label={t('competition.fields.year')} rules={required}>
        <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="state" label={t('competition.fields.state')} rules={required} extra={t('competition.forms.stateHint')}>
        <Select options={editionStates.map((value) => ({ value, label: t(`competition.editionStates.${value}`) }))} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('competition.fields.startsOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="endsOn" label={t('competition.fields.endsOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="description" label={t('competition.fields.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
