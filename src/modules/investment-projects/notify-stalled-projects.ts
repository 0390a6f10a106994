import { and, isNull, ne, or, sql } from 'drizzle-orm';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { AppContext } from '../../platform/http/context.ts';
import type { JobDefinition } from '../../platform/jobs/jobs.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { stalledCondition } from './list-projects.ts';
import { projects } from './schema.ts';
import { daysSince, stallRuleOf } from './stall-rule.ts';
import { notifyProject } from './project-notices.ts';

type JobContext = Pick<AppContext, 'db' | 'jobs' | 'config'>;

/**
 * Tells the manager and the team's lead (on that day) of each project stalled in its stage, once per stalled
 * period: marking the stage's entry notified and choosing the projects is one UPDATE, so that of two instances (or
 * a rerun) the second waits for the first's row locks and finds them marked. A move starts a new period.
 */
export async function notifyStalledProjects(ctx: JobContext, now: Date = new Date()): Promise<number> {
  const rule = stallRuleOf(ctx.config);
  const day = chinaDayOf(now);
  return ctx.db.transaction(async (tx) => {
    const stalled = await tx
      .update(projects)
      .set({ stallNotifiedEnteredAt: sql`${projects.stageEnteredAt}` })
      .where(and(stalledCondition(now, rule), or(isNull(projects.stallNotifiedEnteredAt), ne(projects.stallNotifiedEnteredAt, projects.stageEnteredAt))))
      .returning({ id: projects.id, name: projects.name, managerId: projects.managerId, teamId: projects.teamId, stage: projects.stage, stageEnteredAt: projects.stageEnteredAt });
    const teamIds = [...new Set(stalled.map((p) => p.teamId).filter((id): id is string => id !== null))];
    const leads = await membershipsOn(tx, day, { teamIds, role: 'lead' });
    for (const project of stalled) {
      const recipients = [project.managerId, ...leads.filter((m) => m.teamId === project.teamId).map((m) => m.userId)].filter((id): id is string => id !== null);
      await notifyProject(tx, ctx, 'stalled', project, recipients, { days: daysSince(project.stageEnteredAt, now) });
    }
    return stalled.length;
  });
}

export const stalledProjectsJob = 'projects.notify-stalled';

export function stalledProjectsJobDefinition(ctx: AppContext): JobDefinition<object> {
  return {
    name: stalledProjectsJob,
    // 00:50 in Beijing, after the lead pool's run: managers and team leads find it at the start of their day.
    cron: '50 16 * * *',
    handle: async () => {
      await notifyStalledProjects(ctx);
    },
  };
}

