import { and, eq, gt, lte, or, isNull, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { JobDefinition } from '../../platform/jobs/jobs.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import { systemWorkflowActor } from '../../platform/workflow/workflow-actor.ts';
import { marketKinds, type listingKind, type MarketRecordKind } from './market-kinds.ts';
import { notifyMarket } from './market-notices.ts';
import { afterTransition } from './take-market-action.ts';
import type { listings } from './schema.ts';

/** The day a record expires, as the district reads its calendar. */
const beijingDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Expires each published record whose time is up, one transaction each, acting as the system with the kind's
 * expire permission (granted to no role). A record another instance expired, or its owner renewed, meanwhile is
 * refused by the workflow and skipped.
 */
async function expireDue(ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>, kind: MarketRecordKind): Promise<number> {
  const table = kind.table as typeof listings;
  const due = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.state, 'published'), lte(table.expiresAt, sql`now()`)));
  const actor = systemWorkflowActor([`${kind.kind}.expire`]);
  let expired = 0;
  for (const { id } of due) {
    try {
      await ctx.db.transaction(async (tx) => {
        const applied = await applyTransition(tx, kind.workflow, kind.subject as typeof listingKind.subject, { recordId: id, action: 'expire', actor });
        await afterTransition(tx, ctx, kind, applied.record, 'expire', null);
      });
      expired += 1;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'workflow.wrongState')) throw error;
    }
  }
  return expired;
}

/**
 * Reminds the owners of records expiring within the reminder period. Marking the expiry reminded and choosing the
 * records is one UPDATE, so of two instances (or a rerun) each record is reminded once per period: the second finds
 * it marked, as it waits for the first's row lock and reads the row again. Renewing sets a new expiry, due again.
 */
async function remindExpiring(ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>, kind: MarketRecordKind): Promise<number> {
  const table = kind.table as typeof listings;
  return ctx.db.transaction(async (tx) => {
    const reminded = await tx
      .update(table)
      .set({ remindedExpiresAt: sql`${table.expiresAt}` })
      .where(
        and(
          eq(table.state, 'published'),
          gt(table.expiresAt, sql`now()`),
          lte(table.expiresAt, sql`now() + make_interval(days => ${ctx.config.market.reminderDays})`),
          or(isNull(table.remindedExpiresAt), ne(table.remindedExpiresAt, table.expiresAt)),
        ),
      )
      .returning({ id: table.id, ownerId: table.ownerId, title: table.title, expiresAt: table.expiresAt });
    for (const record of reminded) {
      await notifyMarket(tx, ctx, kind.kind, 'expiring', record, { date: beijingDate(record.expiresAt!) });
    }
    return reminded.length;
  });
}

/** The daily work on publication: expire what is due, then remind of what soon will be. */
export async function runMarketExpiry(ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>): Promise<{ expired: number; reminded: number }> {
  let expired = 0;
  let reminded = 0;
  for (const kind of marketKinds) {
    expired += await expireDue(ctx, kind);
    reminded += await remindExpiring(ctx, kind);
  }
  return { expired, reminded };
}

export const marketExpiryJob = 'market.expire';

export function marketExpiryJobDefinition(ctx: AppContext): JobDefinition<object> {
  return {
    name: marketExpiryJob,
    // 00:20 in Beijing: records expire on the day they are due, and reminders arrive before the working day.
    cron: '20 16 * * *',
    handle: async () => {
      await runMarketExpiry(ctx);
    },
  };
}
