import { App, Button, Empty, Flex, Form, Input, List, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { useEnterprise } from '../enterprises/api.ts';
import { useRefreshEnterpriseEvents, type EnterpriseEventDetail } from './api.ts';

function ChosenFirm({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const { data } = useEnterprise(id);
  return (
    <List.Item style={{ paddingInline: 0 }} actions={[<Button key="remove" size="small" type="link" onClick={onRemove}>{t('enterpriseEvents.invite.remove')}</Button>]}>
      <span style={{ overflowWrap: 'anywhere' }}>{data?.name ?? '…'}</span>
    </List.Item>
  );
}

/**
 * Invites a batch of firms from the master record, picked one after another; on an honour list, lists them after
 * those already listed, in the order picked, with one citation for the batch.
 */
export function InviteModal({ event, onClose }: { event: EnterpriseEventDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshEnterpriseEvents();
  const [chosen, setChosen] = useState<string[]>([]);
  const [citation, setCitation] = useState('');
  const [picks, setPicks] = useState(0);
  const [saving, setSaving] = useState(false);
  const honourList = event.kind === 'honour_list';
  const present = new Set(event.participants.map((p) => p.enterpriseId));
  const lastRank = Math.max(0, ...event.participants.map((p) => p.rank ?? 0));

  async function save() {
    setSaving(true);
    try {
      const entries = chosen.map((enterpriseId, index) => (honourList ? { enterpriseId, rank: lastRank + index + 1, citation: citation.trim() || null } : { enterpriseId }));
      await api.POST('/api/enterprise-events/{id}/participants', { params: { path: { id: event.id } }, body: { entries } });
      await refresh();
      void message.success(t('common.saved'));
      onClose();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={honourList ? t('enterpriseEvents.invite.listTitle') : t('enterpriseEvents.invite.title')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: chosen.length === 0 }}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item htmlFor="invite-firm" label={t('enterpriseEvents.invite.firm')} extra={t('enterpriseEvents.invite.hint')}>
          {/* A new, empty select after each pick, ready for the next firm. */}
          <EnterpriseSelect
            key={picks}
            id="invite-firm"
            onChange={(id) => {
              if (!id) return;
              if (!present.has(id) && !chosen.includes(id)) setChosen([...chosen, id]);
              setPicks(picks + 1);
            }}
          />
        </Form.Item>
        {honourList && (
          <Form.Item label={t('enterpriseEvents.fields.citation')}>
            <Input value={citation} maxLength={1000} onChange={(change) => setCitation(change.target.value)} />
          </Form.Item>
        )}
      </Form>
      <Flex vertical>
        <List
          size="small"
          dataSource={chosen}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterpriseEvents.invite.noneChosen')} /> }}
          renderItem={(id) => <ChosenFirm key={id} id={id} onRemove={() => setChosen(chosen.filter((other) => other !== id))} />}
        />
      </Flex>
    </Modal>
  );
}
