import { z } from 'zod';
import { entrySources, entryStates, phaseKinds } from '../competition-terms.ts';
import { phaseJudgingSchema } from '../judging/judge-schemas.ts';

const tally = <T extends z.ZodType>(key: T) => z.array(z.object({ key, count: z.number().int() }));

/** A round at a glance for its organisers: who registered, how, when, and how far each phase's review has come. */
export const roundDashboardSchema = z.object({
  editionId: z.uuid(),
  roundId: z.uuid(),
  roundName: z.string(),
  roundState: z.string(),
  /** Every entry of the round, withdrawn ones included (their share shows in byState). */
  entryCount: z.number().int(),
  byTrack: z.array(z.object({ trackId: z.uuid(), trackName: z.string(), count: z.number().int() })),
  bySource: tally(z.enum(entrySources)),
  byState: tally(z.enum(entryStates)),
  /** Registrations per day of registration (China time), oldest first; days without any are left out. */
  byDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
  /** Each phase in running order with its review progress, as the phase's judging page counts it. */
  phases: z.array(
    z.object({
      phaseId: z.uuid(),
      kind: z.enum(phaseKinds),
      closedAt: z.date().nullable(),
      assigned: z.number().int(),
      scored: z.number().int(),
      missing: z.number().int(),
      judges: phaseJudgingSchema.shape.judges,
      missingScores: phaseJudgingSchema.shape.missingScores,
    }),
  ),
});
export type RoundDashboard = z.output<typeof roundDashboardSchema>;
