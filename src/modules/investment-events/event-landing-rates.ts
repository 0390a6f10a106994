import { and, inArray, isNotNull, sql, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { ProjectStage } from '../investment-projects/project-stages.ts';
import { projects, projectSignings } from '../investment-projects/schema.ts';

const reached = (column: AnyColumn) => sql<boolean>`${column} IS NOT NULL`;

export const landingSteps = ['registered', 'started', 'producing', 'atCapacity', 'terminated'] as const;
export type LandingStep = (typeof landingSteps)[number];

/**
 * What a project reached on its way to landing, by the facts those moves wrote, so that each project counts once
 * by how far it came whatever its stage now (one on hold keeps what it reached): signed (an agreed amount, counting
 * rule 1's counted signing made), 注册 (a registered entity), 开工 (a start date), 投产 (a production date), 达产
 * (capacity figures). Selected beside `landingProjectColumns`; `landingStepsReached` reads a row.
 */
export const landingFacts = {
  signed: reached(projects.agreedAmountWan),
  registered: reached(projects.registeredEnterpriseId),
  started: reached(projects.startedOn),
  producing: reached(projects.producingOn),
  atCapacity: reached(projects.annualOutputWan),
};
export const landingProjectColumns = { id: projects.id, name: projects.name, stage: projects.stage, teamId: projects.teamId, managerId: projects.managerId };

type LandingRow = LandingProject & { [fact in keyof typeof landingFacts]: boolean };

/** The steps a row of `landingFacts` reached, terminated among them when it was terminated since. */
export const landingStepsReached = (row: LandingRow): Record<LandingStep, boolean> => ({
  registered: row.registered,
  started: row.started,
  producing: row.producing,
  atCapacity: row.atCapacity,
  terminated: row.stage === 'terminated',
});

/** A project of a landing row, without its facts. */
export const landingProjectOf = ({ id, name, stage, teamId, managerId }: LandingRow): LandingProject => ({ id, name, stage, teamId, managerId });

export interface LandingProject {
  id: string;
  name: string;
  stage: ProjectStage;
  teamId: string | null;
  managerId: string | null;
}

export interface EventLanding {
  /** Projects whose counted (first) signing was at the event. */
  counted: number;
  countedProjects: LandingProject[];
  /** Of them, those that reached 注册, 开工, 投产, 达产 (by the facts those moves wrote), and those terminated since. */
  steps: Record<LandingStep, { count: number; rate: number; projects: LandingProject[] }>;
}

/** The rate of a part in a whole, to four decimals; 0 of nothing. */
export const landingRate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

/**
 * Landing rates per event: of the projects whose counted (first) signing was at each event, how many reached 注册
 * (a registered entity), 开工 (a start date), 投产 (a production date) and 达产 (capacity figures), and how many are
 * terminated. Read live from the projects as they stand, so the figures follow every move; a project on hold keeps
 * what it reached. Counting rule 1 decides the counted signing: the first by date, then by when it was recorded.
 */
export async function eventLandingRates(db: DbOrTx, eventIds: readonly string[]): Promise<Map<string, EventLanding>> {
  const landing = new Map<string, EventLanding>();
  if (!eventIds.length) return landing;
  for (const id of eventIds) landing.set(id, { counted: 0, countedProjects: [], steps: Object.fromEntries(landingSteps.map((s) => [s, { count: 0, rate: 0, projects: [] as LandingProject[] }])) as EventLanding['steps'] });
  const s = projectSignings;
  const firsts = db.$with('first_signings').as(
    db
      .selectDistinctOn([s.projectId], { projectId: s.projectId, eventId: sql<string | null>`${s.eventId}`.as('first_event_id') })
      .from(s)
      .where(inArray(s.projectId, db.select({ id: s.projectId }).from(s).where(inArray(s.eventId, [...eventIds]))))
      .orderBy(s.projectId, s.signedOn, s.recordedAt, s.id),
  );
  const rows = await db
    .with(firsts)
    .select({ eventId: firsts.eventId, ...landingProjectColumns, ...landingFacts })
    .from(firsts)
    .innerJoin(projects, sql`${projects.id} = ${firsts.projectId}`)
    .where(and(inArray(firsts.eventId, [...eventIds]), isNotNull(projects.agreedAmountWan)))
    .orderBy(projects.name, projects.id);
  for (const row of rows) {
    const event = landing.get(row.eventId!)!;
    const project = landingProjectOf(row);
    event.counted += 1;
    event.countedProjects.push(project);
    const reached = landingStepsReached(row);
    for (const step of landingSteps) if (reached[step]) event.steps[step].projects.push(project);
  }
  for (const event of landing.values()) {
    for (const step of landingSteps) {
      event.steps[step].count = event.steps[step].projects.length;
      event.steps[step].rate = landingRate(event.steps[step].count, event.counted);
    }
  }
  return landing;
}
