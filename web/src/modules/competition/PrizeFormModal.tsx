import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useRefreshCompetition, type Edition, type Prize } from './api.ts';

interface PrizeForm {
  name: string;
  roundId?: string | null;
  rankFrom: number;
  rankTo: number;
  amountWan?: number | null;
  description?: string | null;
}

/** Adds a prize of the edition or of one of its rounds, or changes one: for which ranks, and what it gives. */
export function PrizeFormModal({ edition, prize, onClose }: { edition: Edition; prize?: Prize; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCompetition();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <FormModal<PrizeForm>
      title={prize ? t('competition.forms.editPrize') : t('competition.forms.newPrize')}
      initialValues={
        prize
          ? { name: prize.name, roundId: prize.roundId, rankFrom: prize.rankFrom, rankTo: prize.rankTo, amountWan: prize.amountWan, description: prize.description }
          : { roundId: null, rankFrom: 1, rankTo: 1 }
      }
      onSubmit={async (values) => {
        const body = { ...values, roundId: values.roundId ?? null, amountWan: values.amountWan ?? null, description: values.description ?? '' };
        if (prize) await api.PATCH('/api/competition/editions/{id}/prizes/{prizeId}', { params: { path: { id: edition.id, prizeId: prize.id } }, body });
        else await api.POST('/api/competition/editions/{id}/prizes', { params: { path: { id: edition.id } }, body });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('competition.fields.prizeName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="roundId" label={t('competition.fields.prizeOf')}>
        <Select
          options={[
            { value: null, label: t('competition.prizes.wholeEdition') },
            ...edition.rounds.map((round) => ({ value: round.id, label: round.name })),
          ]}
        />
      </Form.Item>
      <Form.Item name="rankFrom" label={t('competition.fields.rankFrom')} rules={required}>
        <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="rankTo" label={t('competition.fields.rankTo')} rules={required}>
        <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="amountWan" label={t('competition.fields.amountWan')}>
        <InputNumber min={0} max={1000000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="description" label={t('competition.fields.prizeDescription')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
