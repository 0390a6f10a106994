import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal.tsx';
import { isResume, sendMove, targetOf, useRefreshProjects, type MoveAction, type ProjectSummary } from './api.ts';
import { FileField } from './FileField.tsx';
import { SigningFields } from './SigningFields.tsx';
import { useStageName } from './StageTag.tsx';

type Values = Record<string, unknown>;

/** The label of a move in the reader's language: the forward moves by their target stage, resumes naming it. */
export function useMoveLabel() {
  const { t } = useTranslation();
  const stageName = useStageName();
  return (action: MoveAction) => (isResume(action) ? t('projects.actions.resume', { stage: stageName(targetOf(action)) }) : t(`projects.actions.${action}`));
}

/**
 * The evidence form of one move (the kanban's drop, the stage picker's choice): the project moves only when the
 * server accepts the complete evidence; until then the dialog stays open with each missing field named.
 */
export function MoveModal({ project, action, onClose }: { project: Pick<ProjectSummary, 'id' | 'name'>; action: MoveAction; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshProjects();
  const label = useMoveLabel();
  const required = [{ required: true, message: t('common.required') }];
  const requiredText = [{ required: true, whitespace: true, message: t('common.required') }];

  async function submit(values: Values) {
    const evidence = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
    try {
      await sendMove(project.id, action, evidence);
    } finally {
      await refresh();
    }
  }

  return (
    <FormModal<Values> title={`${label(action)} · ${project.name}`} onSubmit={submit} onClose={onClose}>
      {action === 'sign' && <SigningFields projectId={project.id} />}
      {action === 'register' && (
        <>
          <Form.Item name="creditCode" label={t('projects.evidence.creditCode')} rules={requiredText}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="entityName" label={t('projects.evidence.entityName')} extra={t('projects.evidence.entityNameHint')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
      {action === 'beginConstruction' && (
        <>
          <Form.Item name="startedOn" label={t('projects.evidence.startedOn')} rules={required}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="fileIds" label={t('projects.evidence.sitePhotos')} rules={required}>
            <FileField projectId={project.id} multiple />
          </Form.Item>
        </>
      )}
      {action === 'produce' && (
        <Form.Item name="producingOn" label={t('projects.evidence.producingOn')} rules={required}>
          <Input type="date" />
        </Form.Item>
      )}
      {action === 'reachCapacity' && (
        <>
          <Form.Item name="annualOutputWan" label={t('projects.evidence.annualOutputWan')} rules={required}>
            <InputNumber min={0.01} max={100_000_000} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="annualTaxWan" label={t('projects.evidence.annualTaxWan')}>
            <InputNumber min={0} max={100_000_000} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="jobs" label={t('projects.evidence.jobs')}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {(action === 'hold' || action === 'terminate') && (
        <Form.Item name="reason" label={t('projects.evidence.reason')} rules={requiredText}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
      {(action === 'contact' || action === 'intent' || action === 'negotiate' || isResume(action)) && (
        <Form.Item name="note" label={t('projects.evidence.note')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
