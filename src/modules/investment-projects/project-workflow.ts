import { z } from 'zod';
import { text } from '../../platform/http/schemas.ts';
import { defineWorkflow, type TransitionDefinition, type WorkflowActor, type WorkflowSubject } from '../../platform/workflow/workflow.ts';
import { creditCodeInput } from '../enterprises/schemas.ts';
import { capitalOrigins, forwardMoves, projectStages, resumeAction, workingStages, type ForwardAction, type ProjectStage, type WorkingStage } from './project-stages.ts';
import { projects, type Project } from './schema.ts';

/**
 * Whether the actor may move this project's stage: anyone who works it, unless the project is limited to its
 * manager; administrators (project.manage) always. Whether the actor works it at all (their team's, their own) is
 * the policy's part, checked before.
 */
export const mayMoveStage = (actor: WorkflowActor, project: Project) =>
  actor.permissions.includes('project.manage') || !project.managerOnly || project.managerId === actor.id;

const day = z.iso.date();
const wan = z.number().positive().max(100_000_000);
const note = z.object({ note: text(1000).optional() });
const reason = z.object({ reason: text(1000).min(1) });

/** 签约: the date, the agreed investment in 万元, domestic or foreign capital, and the agreement (a file on the project). */
export const signEvidence = z.object({
  signedOn: day,
  amountWan: wan.describe('万元; for a capital increase, the agreed total after it'),
  capitalOrigin: z.enum(capitalOrigins),
  agreementFileId: z.uuid(),
  eventId: z.uuid().nullable().optional().describe('The promotion event it was signed at'),
});
/** 注册: the new entity's credit code, which links (or, with its name, creates) its enterprise record. */
export const registerEvidence = z.object({
  creditCode: creditCodeInput.pipe(z.string({ error: 'field.required' })),
  entityName: text(200).optional().describe("The new entity's name, when the register does not know the credit code yet"),
});
/** 开工: the date, and at least one photo or file of the site. */
export const startEvidence = z.object({ startedOn: day, fileIds: z.array(z.uuid()).min(1).max(20) });
/** 投产: the date. */
export const produceEvidence = z.object({ producingOn: day });
/** 达产: the figures at design capacity. */
export const capacityEvidence = z.object({
  annualOutputWan: wan,
  annualTaxWan: z.number().min(0).max(100_000_000).optional(),
  jobs: z.number().int().min(0).max(1_000_000).optional(),
});

const evidenceOf: Record<ForwardAction, { evidence: z.ZodObject; attachmentFields?: readonly string[] }> = {
  contact: { evidence: note },
  intent: { evidence: note },
  negotiate: { evidence: note },
  sign: { evidence: signEvidence, attachmentFields: ['agreementFileId'] },
  register: { evidence: registerEvidence },
  beginConstruction: { evidence: startEvidence, attachmentFields: ['fileIds'] },
  produce: { evidence: produceEvidence },
  reachCapacity: { evidence: capacityEvidence },
};

type Transition = TransitionDefinition<ProjectStage, Project>;

const forward = Object.fromEntries(
  Object.entries(forwardMoves).map(([action, { from, to }]) => [
    action,
    { from, to, permission: 'project.work', guard: mayMoveStage, ...evidenceOf[action as ForwardAction] } satisfies Transition,
  ]),
) as unknown as Record<ForwardAction, Transition>;

/** From 搁置 back to the stage it was held in: one action per stage, of which the record's allows exactly one. */
const resumes = Object.fromEntries(
  workingStages.map((stage) => [
    resumeAction(stage),
    {
      from: ['onHold'],
      to: stage,
      permission: 'project.work',
      guard: (actor: WorkflowActor, project: Project) => mayMoveStage(actor, project) && project.heldFromStage === stage,
      evidence: note,
    } satisfies Transition,
  ]),
) as unknown as Record<`resume-${WorkingStage}`, Transition>;

/**
 * A project's pipeline (project-stages.ts): the forward moves, each with its evidence (签约: date, amount, origin and
 * agreement; 注册: the credit code; 开工: date and a photo or file; 投产: date; 达产: figures); on hold with a reason
 * from any working stage and resumed to it; terminated with a reason from any stage but 达产. Every move is made by
 * whoever works the project, or only its manager when so limited (and administrators).
 */
export const projectWorkflow = defineWorkflow<ProjectStage, Project, Record<string, Transition>>({
  name: 'project',
  states: projectStages,
  initial: 'lead',
  transitions: {
    ...forward,
    hold: { from: workingStages, to: 'onHold', permission: 'project.work', guard: mayMoveStage, evidence: reason },
    terminate: { from: [...workingStages, 'onHold'], to: 'terminated', permission: 'project.work', guard: mayMoveStage, evidence: reason },
    ...resumes,
  },
});

export const projectSubject = { kind: 'project', table: projects, id: 'id', state: 'stage' } as const satisfies WorkflowSubject<typeof projects>;
