import { z } from 'zod';
import { text } from '../../platform/http/schemas.ts';
import { defineWorkflow, type TransitionDefinition, type WorkflowActor, type WorkflowSubject } from '../../platform/workflow/workflow.ts';
import { talentRecords, type TalentRecord } from './schema.ts';
import { resumeTalentAction, talentStages, workingTalentStages, type TalentStage, type WorkingTalentStage } from './talent-stages.ts';

const note = z.object({ note: text(1000).optional() });
const reason = z.object({ reason: text(1000).min(1) });

/** 落地: the day they came and, when known, where: an organisation of the enterprise register. */
export const landEvidence = z.object({
  landedOn: z.iso.date().describe('YYYY-MM-DD, a China calendar day, not after today'),
  enterpriseId: z.uuid().optional().describe('Where they landed: an enterprise of the register'),
  note: text(1000).optional(),
});

type Transition = TransitionDefinition<TalentStage, TalentRecord>;

/** From 搁置 back to the stage it was held in: one action per stage, of which the record's allows exactly one. */
const resumes = Object.fromEntries(
  workingTalentStages.map((stage) => [
    resumeTalentAction(stage),
    {
      from: ['onHold'],
      to: stage,
      permission: 'talent.work',
      guard: (_actor: WorkflowActor, record: TalentRecord) => record.heldFromStage === stage,
      evidence: note,
    } satisfies Transition,
  ]),
) as unknown as Record<`resume-${WorkingTalentStage}`, Transition>;

/**
 * The talent pipeline (talent-stages.ts): 接触 → 意向 → 落地 (意向 may be skipped: a lab lead can decide at the first
 * meeting), 落地 with its day and where; on hold with a reason from a working stage and resumed to it; ended with a
 * reason from any stage but 落地. Whoever works the record (the policy's part, checked before) makes each move.
 */
export const talentWorkflow = defineWorkflow<TalentStage, TalentRecord, Record<string, Transition>>({
  name: 'talent',
  states: talentStages,
  initial: 'contact',
  transitions: {
    intent: { from: ['contact'], to: 'intent', permission: 'talent.work', evidence: note },
    land: { from: workingTalentStages, to: 'landed', permission: 'talent.work', evidence: landEvidence },
    hold: { from: workingTalentStages, to: 'onHold', permission: 'talent.work', evidence: reason },
    terminate: { from: [...workingTalentStages, 'onHold'], to: 'ended', permission: 'talent.work', evidence: reason },
    ...resumes,
  },
});

export const talentSubject = { kind: 'talent', table: talentRecords, id: 'id', state: 'stage' } as const satisfies WorkflowSubject<typeof talentRecords>;
