// Pure and dependency-free: the web app's kanban and stage picker import this same file.

/**
 * A project's stages in order (线索 → 接洽 → 意向 → 洽谈 → 签约 → 注册 → 开工 → 投产 → 达产), then 搁置 (on hold) and
 * 终止 (terminated), which sit beside the pipeline.
 */
export const pipelineStages = ['lead', 'contact', 'intent', 'negotiation', 'signed', 'registered', 'started', 'producing', 'atCapacity'] as const;
export const projectStages = [...pipelineStages, 'onHold', 'terminated'] as const;
export type ProjectStage = (typeof projectStages)[number];
export type PipelineStage = (typeof pipelineStages)[number];

/** Stages a project is still being worked in (not 达产, not on hold or terminated): a stall counts only there. */
export const workingStages = ['lead', 'contact', 'intent', 'negotiation', 'signed', 'registered', 'started', 'producing'] as const satisfies readonly PipelineStage[];
export type WorkingStage = (typeof workingStages)[number];

/** A new investment, or a capital increase (增资) of an earlier project or of an enterprise already here. */
export const projectKinds = ['new', 'capitalIncrease'] as const;
export type ProjectKind = (typeof projectKinds)[number];

/** Where the money comes from, as the statistics count it: 内资 or 外资. */
export const capitalOrigins = ['domestic', 'foreign'] as const;
export type CapitalOrigin = (typeof capitalOrigins)[number];

const beforeSigning = ['lead', 'contact', 'intent', 'negotiation'] as const;

/**
 * The forward moves and where they may start: the stages before signing may be skipped forward (a courtesy call
 * can end in intent on the spot, a conference can sign a project straight from intent); from signing on, each
 * stage in turn.
 */
export const forwardMoves = {
  contact: { from: ['lead'], to: 'contact' },
  intent: { from: ['lead', 'contact'], to: 'intent' },
  negotiate: { from: ['lead', 'contact', 'intent'], to: 'negotiation' },
  sign: { from: beforeSigning, to: 'signed' },
  register: { from: ['signed'], to: 'registered' },
  beginConstruction: { from: ['registered'], to: 'started' },
  produce: { from: ['started'], to: 'producing' },
  reachCapacity: { from: ['producing'], to: 'atCapacity' },
} as const satisfies Record<string, { from: readonly ProjectStage[]; to: ProjectStage }>;
export type ForwardAction = keyof typeof forwardMoves;

/** The forward moves whose evidence is more than an optional note. */
export const evidenceActions = ['sign', 'register', 'beginConstruction', 'produce', 'reachCapacity'] as const satisfies readonly ForwardAction[];

export const resumeAction = (stage: WorkingStage) => `resume-${stage}` as const;

/**
 * The action that moves a project from where it is into a stage (the kanban's drop, the phone's stage picker):
 * a forward move, 搁置 (hold), 终止 (terminate), or back from hold to the stage it was held in; null if none.
 */
export function actionInto(project: { stage: ProjectStage; heldFromStage: PipelineStage | null }, target: ProjectStage): string | null {
  if (project.stage === 'onHold') {
    if (target === 'terminated') return 'terminate';
    return target === project.heldFromStage ? resumeAction(target as WorkingStage) : null;
  }
  if (!(workingStages as readonly string[]).includes(project.stage)) return null;
  if (target === 'onHold') return 'hold';
  if (target === 'terminated') return 'terminate';
  for (const [action, move] of Object.entries(forwardMoves)) {
    if (move.to === target && (move.from as readonly string[]).includes(project.stage)) return action;
  }
  return null;
}
