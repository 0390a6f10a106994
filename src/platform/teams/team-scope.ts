import { eq, inArray, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { chinaToday } from '../calendar/china-day.ts';
import { membershipsOn } from './memberships-on.ts';
import { teamMemberships } from './schema.ts';

/**
 * What a member of staff may see of records kept by teams (leads, visits, projects, requests): everything, or the
 * records of the teams they belong to today, their own, and the unowned pool.
 */
export type TeamScope = { all: true } | { all: false; userId: string; teamIds: readonly string[] };

/**
 * The scope of a user on a China calendar day (today by default). `readsAll` is the module's own answer to whether
 * the user reads every team's records (a leader's permission); rotation is a matter of dates, so an officer who
 * left a field office at the end of last month no longer sees its records, but still sees those they own.
 */
export async function teamScopeOf(db: DbOrTx, user: { id: string }, readsAll: boolean, day: string = chinaToday()): Promise<TeamScope> {
  if (readsAll) return { all: true };
  const memberships = await membershipsOn(db, day, { userIds: [user.id] });
  return { all: false, userId: user.id, teamIds: [...new Set(memberships.map((m) => m.teamId))] };
}

/**
 * The condition on a table's rows that a scope may see; undefined for all of them. A row is seen when it belongs to
 * one of the scope's teams, is owned by the user, or (with `pool`) has no team and no owner, as a lead pool (公海)
 * open to every officer.
 */
export function teamScopeCondition(scope: TeamScope, columns: { teamId: AnyColumn; ownerId: AnyColumn; pool?: boolean }): SQL | undefined {
  if (scope.all) return undefined;
  return or(
    eq(columns.ownerId, scope.userId),
    scope.teamIds.length > 0 ? inArray(columns.teamId, [...scope.teamIds]) : undefined,
    columns.pool ? isNull(columns.ownerId) : undefined,
  );
}

/** The same rule for a row in hand (after a lock, or for a batch already read). */
export function teamScopeAllows(scope: TeamScope, row: { teamId: string | null; ownerId: string | null }, options: { pool?: boolean } = {}): boolean {
  if (scope.all) return true;
  if (row.ownerId === scope.userId) return true;
  if (row.teamId !== null && scope.teamIds.includes(row.teamId)) return true;
  return Boolean(options.pool) && row.ownerId === null;
}

/**
 * The rule of `teamScopeCondition` as one condition that reads the user's teams on the day itself (a subquery), for
 * a query built where the scope cannot be awaited first (an enterprise timeline source); undefined for a reader of
 * everything.
 */
export function teamScopeConditionOnDay(
  user: { id: string },
  readsAll: boolean,
  day: string,
  columns: { teamId: AnyColumn; ownerId: AnyColumn; pool?: boolean },
): SQL | undefined {
  return teamScopeConditionDuring(user, readsAll, { from: day, to: day }, columns);
}

/**
 * The same rule with the user's teams over a period that each row may name itself: a row is seen when its team had
 * the user as a member on some day from `from` to `to` (days, or the row's own date columns). A visit, with both
 * ends its own day, is seen by those who belonged to its team on the day it happened, not by whoever belongs now;
 * a trip, from its first day to its last, by those who belonged to its team during it.
 */
export function teamScopeConditionDuring(
  user: { id: string },
  readsAll: boolean,
  period: { from: string | AnyColumn; to: string | AnyColumn },
  columns: { teamId: AnyColumn; ownerId: AnyColumn; pool?: boolean },
): SQL | undefined {
  if (readsAll) return undefined;
  const m = teamMemberships;
  return or(
    eq(columns.ownerId, user.id),
    sql`${columns.teamId} IN (SELECT ${m.teamId} FROM ${m} WHERE ${m.userId} = ${user.id} AND ${m.startsOn} <= ${period.to} AND (${m.endsOn} IS NULL OR ${m.endsOn} >= ${period.from}))`,
    columns.pool ? isNull(columns.ownerId) : undefined,
  );
}
