import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { useRefreshTalent, type TalentAction } from './api.ts';

type Values = Record<string, unknown>;

/** The label of a move in the reader's language. */
export function useTalentMoveLabel() {
  const { t } = useTranslation();
  return (action: TalentAction) => t(`talent.actions.${action}`);
}

/** The evidence form of one move: the record moves only when the server accepts it; until then each missing field is named. */
export function TalentMoveModal({ talent, action, onClose }: { talent: { id: string; name: string }; action: TalentAction; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshTalent();
  const label = useTalentMoveLabel();
  async function submit(values: Values) {
    const evidence = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== ''));
    try {
      await api.POST('/api/talent/{id}/actions/{action}', { params: { path: { id: talent.id, action } }, body: evidence });
    } finally {
      await refresh();
    }
  }
  return (
    <FormModal<Values> title={`${label(action)} · ${talent.name}`} onSubmit={submit} onClose={onClose}>
      {action === 'land' && (
        <>
          <Form.Item name="landedOn" label={t('talent.evidence.landedOn')} rules={[{ required: true, message: t('common.required') }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="enterpriseId" label={t('talent.evidence.enterprise')} extra={t('talent.evidence.enterpriseHint')}>
            <EnterpriseSelect />
          </Form.Item>
        </>
      )}
      {(action === 'hold' || action === 'terminate') && (
        <Form.Item name="reason" label={t('talent.evidence.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
      {action !== 'hold' && action !== 'terminate' && (
        <Form.Item name="note" label={t('talent.evidence.note')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
