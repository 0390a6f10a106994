import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { aggregationMethods, useLeadOwners, useRefreshResults, type AggregationMethod, type PhasePath, type PhaseRanking } from './api.ts';

interface CloseForm {
  method: AggregationMethod;
  leadOwnerId?: string | null;
  leadTeamId?: string | null;
  nextFollowUpOn?: string | null;
}

/**
 * The confirmation of a phase's closing: the method its results are stored by, and, as closing the round's last
 * phase makes every entry a lead, the officer who owns those leads (or the pool), the team that keeps them (a team
 * the owner belongs to today, their first by default) and their next follow-up.
 */
export function ClosePhaseModal({ path, ranking, onClose }: { path: PhasePath; ranking: PhaseRanking; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshResults();
  return (
    <FormModal<CloseForm>
      title={t('competitionResults.closeTitle', { round: ranking.roundName, phase: t(`competition.phaseKinds.${ranking.kind}`) })}
      initialValues={{ method: ranking.method, leadOwnerId: null, leadTeamId: null }}
      onSubmit={async (values) => {
        await api.POST('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/close', {
          params: { path },
          body: { method: values.method, leadOwnerId: values.leadOwnerId ?? null, leadTeamId: values.leadTeamId ?? null, nextFollowUpOn: values.nextFollowUpOn || null },
        });
        await refresh();
      }}
      onClose={onClose}
    >
      <Alert type="warning" showIcon message={t('competitionResults.closeWarning')} style={{ marginBottom: 16 }} />
      <Form.Item name="method" label={t('competitionResults.method')}>
        <Select options={aggregationMethods.map((value) => ({ value, label: t(`competitionResults.methods.${value}`) }))} />
      </Form.Item>
      <LeadOfferFields />
      <Form.Item name="nextFollowUpOn" label={t('competitionResults.nextFollowUpOn')}>
        <Input type="date" />
      </Form.Item>
    </FormModal>
  );
}

/** The owner of the round's new leads and the team that keeps them: choosing an owner chooses their first team today. */
function LeadOfferFields() {
  const { t } = useTranslation();
  const owners = useLeadOwners(true);
  const form = Form.useFormInstance<CloseForm>();
  const ownerId = Form.useWatch('leadOwnerId', form);
  const ownerTeamIds = (chosen: string | null | undefined) => owners.data?.items.find((candidate) => candidate.id === chosen)?.teamIds;
  // An owner's leads are kept by one of their teams; the pool's by any team, or none.
  const teams = (owners.data?.teams ?? []).filter((team) => ownerTeamIds(ownerId)?.includes(team.id) ?? true);
  return (
    <>
      <Form.Item name="leadOwnerId" label={t('competitionResults.leadOwner')} extra={t('competitionResults.leadOwnerHint')}>
        <Select
          loading={owners.isPending}
          onChange={(chosen: string | null) => form.setFieldValue('leadTeamId', ownerTeamIds(chosen)?.[0] ?? null)}
          options={[{ value: null, label: t('competitionResults.pool') }, ...(owners.data?.items ?? []).map((owner) => ({ value: owner.id, label: owner.name }))]}
        />
      </Form.Item>
      <Form.Item name="leadTeamId" label={t('competitionResults.leadTeam')} extra={t('competitionResults.leadTeamHint')}>
        <Select loading={owners.isPending} options={[{ value: null, label: t('competitionResults.noTeam') }, ...teams.map((team) => ({ value: team.id, label: team.name }))]} />
      </Form.Item>
    </>
  );
}

/** Publishes the closed phase's results notice (公示) until a day. */
export function PublishNoticeModal({ path, onClose }: { path: PhasePath; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshResults();
  return (
    <FormModal<{ noticeEndsOn: string }>
      title={t('competitionResults.publishNotice')}
      onSubmit={async (values) => {
        await api.POST('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/notice', { params: { path }, body: values });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="noticeEndsOn" label={t('competitionResults.noticeEndsOn')} rules={[{ required: true, message: t('common.required') }]} extra={t('competitionResults.noticeHint')}>
        <Input type="date" />
      </Form.Item>
    </FormModal>
  );
}
