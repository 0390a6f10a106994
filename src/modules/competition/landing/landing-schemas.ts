import { z } from 'zod';
import { chinaDay, text } from '../../../platform/http/schemas.ts';
import { projectStages } from '../../investment-projects/project-stages.ts';
import { landingSupportKinds } from '../competition-terms.ts';

export const trackerQuery = z.object({ roundId: z.uuid().optional().describe('One round of the edition; the whole edition when absent') });

export const landingSupportBody = z.object({ kind: z.enum(landingSupportKinds), note: text(1000).min(1), givenOn: chinaDay });
export type LandingSupportInput = z.output<typeof landingSupportBody>;

export const landingSupportSchema = z.object({
  id: z.uuid(),
  kind: z.enum(landingSupportKinds),
  note: z.string(),
  givenOn: z.string(),
  recordedByName: z.string().nullable(),
  createdAt: z.date(),
});
export const landingSupportList = z.object({ items: z.array(landingSupportSchema) });
export type LandingSupportList = z.output<typeof landingSupportList>;

const trackedEntry = z.object({
  id: z.uuid(),
  number: z.string(),
  projectName: z.string(),
  organisationName: z.string(),
  roundName: z.string(),
  leadId: z.uuid().nullable(),
  supportCount: z.number().int(),
});
const trackedProject = z.object({ id: z.uuid(), name: z.string(), stage: z.enum(projectStages) });
const entryFigure = z.object({ count: z.number().int(), entries: z.array(trackedEntry) });
const projectFigure = z.object({ count: z.number().int(), projects: z.array(trackedProject) });

/** 赛事+服务+落地: how far the entries came, each figure with the entries or projects behind it. */
export const landingTrackerSchema = z.object({
  editionId: z.uuid(),
  editionName: z.string(),
  roundId: z.uuid().nullable(),
  rounds: z.array(z.object({ id: z.uuid(), name: z.string(), state: z.string() })),
  entries: entryFigure,
  leads: entryFigure,
  projects: projectFigure,
  signed: projectFigure,
  registered: projectFigure,
  producing: projectFigure,
});
export type LandingTracker = z.output<typeof landingTrackerSchema>;
export const trackerFigures = ['entries', 'leads', 'projects', 'signed', 'registered', 'producing'] as const;
