import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { roundKinds, roundStates, useRefreshCompetition, type Edition, type Round, type RoundKind, type RoundState } from './api.ts';

interface RoundForm {
  name: string;
  kind: RoundKind;
  city: string;
  venue?: string | null;
  heldOn: string;
  capacity: number;
  state: RoundState;
}

/** Adds a regional round or the final to an edition, or changes one: where, when, for how many entries. */
export function RoundFormModal({ edition, round, onClose }: { edition: Edition; round?: Round; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCompetition();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal<RoundForm>
      title={round ? t('competition.forms.editRound') : t('competition.forms.newRound')}
      initialValues={
        round
          ? { name: round.name, kind: round.kind, city: round.city, venue: round.venue, heldOn: round.heldOn, capacity: round.capacity, state: round.state }
          : { kind: 'regional', state: 'planned' }
      }
      onSubmit={async (values) => {
        const body = { ...values, venue: values.venue ?? '' };
        if (round) await api.PATCH('/api/competition/editions/{id}/rounds/{roundId}', { params: { path: { id: edition.id, roundId: round.id } }, body });
        else await api.POST('/api/competition/editions/{id}/rounds', { params: { path: { id: edition.id } }, body });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('competition.fields.roundName')} rules={required}>
        <Input maxLength={100} placeholder={t('competition.forms.roundPlaceholder')} />
      </Form.Item>
      <Form.Item name="kind" label={t('competition.fields.roundKind')} rules={required}>
        <Select options={roundKinds.map((value) => ({ value, label: t(`competition.roundKinds.${value}`) }))} />
      </Form.Item>
      <Form.Item name="city" label={t('competition.fields.city')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="venue" label={t('competition.fields.venue')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('competition.fields.heldOn')} rules={required}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="capacity" label={t('competition.fields.capacity')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="state" label={t('competition.fields.roundState')} rules={required}>
        <Select options={roundStates.map((value) => ({ value, label: t(`competition.roundStates.${value}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
