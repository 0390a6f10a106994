import type { Config } from '../../config.ts';
import { workingStages, type ProjectStage } from './project-stages.ts';

/** After how many days in one working stage a project counts as stalled (PROJECT_STALL_DAYS). */
export interface StallRule {
  stallDays: number;
}

export const dayMs = 86_400_000;

export const stallRuleOf = (config: Pick<Config, 'projects'>): StallRule => ({ stallDays: config.projects.stallDays });

/** Projects that entered their stage before this instant are stalled at `now`, if the stage is a working one. */
export const stalledBefore = (now: Date, rule: StallRule) => new Date(now.getTime() - rule.stallDays * dayMs);

/** Whole days since the project entered its stage. */
export const daysSince = (at: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - at.getTime()) / dayMs));

export function isStalled(project: { stage: ProjectStage; stageEnteredAt: Date }, now: Date, rule: StallRule): boolean {
  return (workingStages as readonly string[]).includes(project.stage) && project.stageEnteredAt < stalledBefore(now, rule);
}
