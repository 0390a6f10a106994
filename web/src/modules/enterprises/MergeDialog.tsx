import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { enterpriseKeys, useEnterprise, type Enterprise } from './api.ts';
import { EnterpriseSelect } from './pickers.tsx';

// The survivor's empty fields that the merge fills in from the duplicate (as the server does).
const fillableFields = ['creditCode', 'industryCode', 'regionCode', 'address', 'registeredCapitalWan', 'foundedOn', 'sizeClass'] as const;
const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/** Spells out what the merge will do to the chosen duplicate before anything happens. */
function MergeSummary({ survivor, duplicateId }: { survivor: Enterprise; duplicateId: string }) {
  const { t } = useTranslation();
  const { data: duplicate, error } = useEnterprise(duplicateId);
  if (error) return <Alert type="error" showIcon title={describeError(error, t)} />;
  if (!duplicate) return <Spin />;
  const newTags = duplicate.tags.filter((tag) => !survivor.tags.some((own) => own.id === tag.id));
  const filled = fillableFields.filter((field) => isBlank(survivor[field]) && !isBlank(duplicate[field]));
  return (
    <Alert
      type="warning"
      showIcon
      title={t('enterprise.merge.summaryTitle', { duplicate: duplicate.name, survivor: survivor.name })}
      description={
        <ul className="merge-summary">
          <li>{t('enterprise.merge.movesContacts', { count: duplicate.contacts.length })}</li>
          <li>{t('enterprise.merge.movesTags', { count: newTags.length })}</li>
          <li>{t('enterprise.merge.keepsName', { name: duplicate.name })}</li>
          {filled.length > 0 && (
            <li>
              {t('enterprise.merge.fillsEmpty', {
                name: duplicate.name,
                fields: filled.map((field) => t(`enterprise.fields.${field}`)).join(t('common.listSeparator')),
              })}
            </li>
          )}
          <li>{t('enterprise.merge.movesUsers', { name: duplicate.name })}</li>
          <li>{t('enterprise.merge.movesHistory')}</li>
          <li>{t('enterprise.merge.redirects', { duplicate: duplicate.name, survivor: survivor.name })}</li>
          <li>
            <Typography.Text strong>{t('enterprise.merge.irreversible')}</Typography.Text>
          </li>
        </ul>
      }
    />
  );
}

export function MergeDialog({ survivor, onClose }: { survivor: Enterprise; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [duplicateId, setDuplicateId] = useState<string>();
  const [merging, setMerging] = useState(false);

  async function merge() {
    if (!duplicateId) return;
    setMerging(true);
    try {
      const merged = await api.POST('/api/enterprises/{id}/merge', { params: { path: { id: survivor.id } }, body: { duplicateId } });
      await queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      void message.success(t('enterprise.merge.done'));
      onClose();
      void navigate(`/enterprises/${merged.id}`, { replace: true });
    } catch (error) {
      void message.error(describeError(error, t));
      setMerging(false);
    }
  }

  return (
    <Modal
      open
      title={t('enterprise.merge.title', { name: survivor.name })}
      onCancel={onClose}
      onOk={() => void merge()}
      okText={t('enterprise.merge.confirm')}
      okButtonProps={{ danger: true, disabled: !duplicateId, loading: merging }}
      cancelText={t('common.cancel')}
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('enterprise.merge.explain', { name: survivor.name })}</Typography.Paragraph>
      <div style={{ marginBottom: 16 }}>
        <EnterpriseSelect value={duplicateId} onChange={setDuplicateId} excludeId={survivor.id} placeholder={t('enterprise.merge.searchPlaceholder')} />
      </div>
      {duplicateId && <MergeSummary survivor={survivor} duplicateId={duplicateId} />}
    </Modal>
  );
}
