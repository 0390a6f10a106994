import { Form, Input, InputNumber, Select } from 'antd';
import { defaultRubric, type Rubric } from '../../../../src/modules/competition/scoring/weighted-score.ts';
import { RubricFields } from './judging/RubricFields.tsx';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { dayOrNull, phaseKinds, useRefreshCompetition, type Edition, type Phase, type PhaseKind, type Round } from './api.ts';

type RuleKind = 'none' | 'topN' | 'minScore';

interface PhaseForm {
  kind: PhaseKind;
  opensOn?: string | null;
  closesOn?: string | null;
  advancement: { kind: RuleKind; count?: number; score?: number };
  rubric: Rubric;
  aggregation: Phase['aggregation'];
  judgesPerEntry: number;
  anonymised: boolean;
}

const defaultJudging = { rubric: defaultRubric, aggregation: 'z-score' as const, judgesPerEntry: 5 };

function advancementOf(form: PhaseForm['advancement']) {
  if (form.kind === 'topN') return { kind: 'topN' as const, count: form.count ?? 0 };
  if (form.kind === 'minScore') return { kind: 'minScore' as const, score: form.score ?? 0 };
  return null;
}

/** Adds a phase to a round or changes one: its kind, its dates, and who goes on from it. */
export function PhaseFormModal({ edition, round, phase, onClose }: { edition: Edition; round: Round; phase?: Phase; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCompetition();
  const taken = new Set(round.phases.filter((other) => other.id !== phase?.id).map((other) => other.kind));
  const nextKind = phaseKinds.find((kind) => !taken.has(kind));
  return (
    <FormModal<PhaseForm>
      title={t(phase ? 'competition.forms.editPhase' : 'competition.forms.newPhase', { round: round.name })}
      initialValues={
        phase
          ? { ...phase, advancement: phase.advancement ?? { kind: 'none' } }
          : // An online review of business plans is anonymised unless the organiser says otherwise.
            { kind: nextKind, advancement: { kind: 'topN' }, ...defaultJudging, anonymised: nextKind === 'onlineReview' }
      }
      onSubmit={async (values) => {
        const body = {
          kind: values.kind,
          opensOn: dayOrNull(values.opensOn),
          closesOn: dayOrNull(values.closesOn),
          advancement: advancementOf(values.advancement),
          rubric: { criteria: [...values.rubric.criteria] },
          aggregation: values.aggregation,
          judgesPerEntry: values.judgesPerEntry,
          anonymised: values.anonymised,
        };
        const path = { id: edition.id, roundId: round.id };
        if (phase) await api.PATCH('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}', { params: { path: { ...path, phaseId: phase.id } }, body });
        else await api.POST('/api/competition/editions/{id}/rounds/{roundId}/phases', { params: { path }, body });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('competition.fields.phaseKind')} rules={[{ required: true, message: t('common.required') }]} extra={t('competition.forms.phaseOrderHint')}>
        <Select options={phaseKinds.map((value) => ({ value, label: t(`competition.phaseKinds.${value}`), disabled: taken.has(value) }))} />
      </Form.Item>
      <Form.Item name="opensOn" label={t('competition.fields.opensOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="closesOn" label={t('competition.fields.closesOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name={['advancement', 'kind']} label={t('competition.fields.advancement')}>
        <Select<RuleKind> options={(['topN', 'minScore', 'none'] as const).map((value) => ({ value, label: t(`competition.advancementKinds.${value}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={[['advancement', 'kind']]}>
        {({ getFieldValue }) => {
          const ruleKind = getFieldValue(['advancement', 'kind']) as RuleKind;
          if (ruleKind === 'topN') {
            return (
              <Form.Item name={['advancement', 'count']} label={t('competition.fields.advanceCount')} rules={[{ required: true, message: t('common.required') }]}>
                <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            );
          }
          if (ruleKind === 'minScore') {
            return (
              <Form.Item name={['advancement', 'score']} label={t('competition.fields.advanceScore')} rules={[{ required: true, message: t('common.required') }]}>
                <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} />
              </Form.Item>
            );
          }
          return null;
        }}
      </Form.Item>
      <RubricFields />
    </FormModal>
  );
}
