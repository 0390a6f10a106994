import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { enterpriseFigures, enterprises, enterpriseTags } from '../../enterprises/schema.ts';
import { regions } from '../../reference/schema.ts';
import { policyListMembers } from '../schema.ts';
import { figureYearOn, foundedOnOrBefore, type EvaluationDay } from './evaluate-rule.ts';
import type { Comparison, Condition, Rule } from './rule-schemas.ts';

/**
 * A rule as SQL over the `enterprises` table: `joins` to put after `FROM enterprises`, and `condition`, a three-valued
 * boolean (TRUE every condition met, NULL none unmet but some unknown, FALSE some unmet) that agrees with
 * `evaluateRule` on every enterprise. Facts kept beside the enterprise (a figure of a year, tags, lists) come in by a
 * LEFT JOIN each, at most one row per enterprise, so that the planner can hash-join them over the whole register
 * instead of running a subquery per enterprise; a missing row reads NULL (a figure) or "not carried" (a tag).
 */
export interface RuleSql {
  joins: SQL;
  condition: SQL;
  /** Each condition's own three-valued boolean, `condition` being their AND. */
  conditions: SQL[];
}

const operators: Record<Comparison, string> = { gte: '>=', gt: '>', lte: '<=', lt: '<' };

const values = (list: readonly string[]): SQL => sql.join(list.map((value) => sql`${value}`), sql`, `);

/** True when the bounds hold, NULL when the value is NULL: SQL's AND of two NULLs is NULL, of NULL and FALSE FALSE. */
function bounded(column: SQL, min: SQL | undefined, max: SQL | undefined): SQL {
  const parts = [min && sql`${column} >= ${min}`, max && sql`${column} <= ${max}`].filter((part): part is SQL => part !== undefined);
  return sql.join(parts, sql` AND `);
}

function conditionSql(condition: Condition, alias: string, today: string): { join?: SQL; condition: SQL } {
  const joined = sql.raw(alias);
  const carried = sql`(${joined}.enterprise_id IS NOT NULL)`;
  const joinOn = (rows: SQL) => sql`LEFT JOIN (${rows}) AS ${joined} ON ${joined}.enterprise_id = ${enterprises.id}`;
  switch (condition.kind) {
    case 'industry':
      // Codes carry their section letter at every level and are letters and digits only: a prefix match needs no escape.
      return { condition: sql`(${enterprises.industryCode} LIKE ANY (ARRAY[${values(condition.codes.map((code) => `${code}%`))}]::text[]))` };
    case 'region':
      // The regions beneath the condition's, read once for the whole query (it does not depend on the enterprise).
      return {
        condition: sql`(${enterprises.regionCode} IN (
          WITH RECURSIVE beneath(code) AS (
            SELECT ${regions.code} FROM ${regions} WHERE ${regions.code} IN (${values(condition.codes)})
            UNION SELECT r.code FROM ${regions} r JOIN beneath ON r.parent_code = beneath.code
          ) SELECT code FROM beneath))`,
      };
    case 'tags': {
      const tagged = sql`SELECT ${enterpriseTags.enterpriseId} AS enterprise_id FROM ${enterpriseTags} WHERE ${enterpriseTags.tagId} IN (${values(condition.tagIds)})`;
      const rows =
        condition.match === 'all'
          ? sql`${tagged} GROUP BY ${enterpriseTags.enterpriseId} HAVING count(*) = ${new Set(condition.tagIds).size}`
          : sql`${tagged} GROUP BY ${enterpriseTags.enterpriseId}`;
      return { join: joinOn(rows), condition: carried };
    }
    case 'sizeClass':
      return { condition: sql`(${enterprises.sizeClass} IN (${values(condition.classes)}))` };
    case 'age': {
      // Whole years compared as founding days, so that an index on the day serves and 29 February counts alike.
      const atLeast = condition.minYears === undefined ? undefined : sql`${foundedOnOrBefore(condition.minYears, today)}::date`;
      const notOlder = condition.maxYears === undefined ? undefined : sql`${foundedOnOrBefore(condition.maxYears + 1, today)}::date`;
      const parts = [atLeast && sql`${enterprises.foundedOn} <= ${atLeast}`, notOlder && sql`${enterprises.foundedOn} > ${notOlder}`].filter(
        (part): part is SQL => part !== undefined,
      );
      return { condition: sql`(${sql.join(parts, sql` AND `)})` };
    }
    case 'registeredCapital': {
      const wan = (value: number | undefined) => (value === undefined ? undefined : sql`${value}::numeric`);
      return { condition: sql`(${bounded(sql`${enterprises.registeredCapitalWan}`, wan(condition.minWan), wan(condition.maxWan))})` };
    }
    case 'indicator': {
      const rows = sql`SELECT ${enterpriseFigures.enterpriseId} AS enterprise_id, ${enterpriseFigures.value} AS value FROM ${enterpriseFigures}
        WHERE ${enterpriseFigures.indicator} = ${condition.indicator} AND ${enterpriseFigures.year} = ${figureYearOn(condition.year, today)}`;
      return { join: joinOn(rows), condition: sql`(${joined}.value ${sql.raw(operators[condition.comparison])} ${condition.value}::numeric)` };
    }
    case 'list':
      return {
        join: joinOn(sql`SELECT ${policyListMembers.enterpriseId} AS enterprise_id FROM ${policyListMembers} WHERE ${policyListMembers.listId} = ${condition.listId}`),
        condition: carried,
      };
  }
}

export function ruleSql(rule: Rule, { today }: EvaluationDay): RuleSql {
  const parts = rule.all.map((condition, index) => conditionSql(condition, `rule_c${index}`, today));
  const joins = parts.flatMap((part) => (part.join ? [part.join] : []));
  const conditions = parts.map((part) => part.condition);
  return { joins: sql.join(joins, sql` `), condition: conditions.length ? sql`(${sql.join(conditions, sql` AND `)})` : sql`TRUE`, conditions };
}

/**
 * The enterprises that fit the rule over the whole register in one query, each `eligible` or `possible` with its
 * name (for a page by name without a join back); merged
 * enterprises (kept only as pointers to the one they joined) are not offered anything.
 */
export function fittingEnterprisesSql(rule: Rule, day: EvaluationDay, only?: 'eligible' | 'possible'): SQL {
  const { joins, condition, conditions } = ruleSql(rule, day);
  // An AND is not false exactly when none of its parts is false (true exactly when all are): written part by part, the
  // conditions on the enterprise's own columns filter the register before the joins, and a tag's or list's (never
  // unknown) turns its outer join into an inner one.
  const each = (test: 'IS TRUE' | 'IS NOT FALSE') => sql.join([sql`TRUE`, ...conditions.map((part) => sql`(${part}) ${sql.raw(test)}`)], sql` AND `);
  const fits = only === 'eligible' ? each('IS TRUE') : only === 'possible' ? sql`${each('IS NOT FALSE')} AND (${condition}) IS NULL` : each('IS NOT FALSE');
  return sql`SELECT ${enterprises.id} AS enterprise_id, ${enterprises.name} AS name, CASE WHEN (${condition}) IS TRUE THEN 'eligible' ELSE 'possible' END AS status
    FROM ${enterprises} ${joins}
    WHERE ${enterprises.mergedIntoId} IS NULL AND ${fits}`;
}

/**
 * Runs whole-register rule queries in a transaction (a savepoint inside the caller's) set for them: no JIT, whose
 * compiling cost a third of a second per query and gained nothing on these simple expressions; memory enough for
 * the hash of a figure's million rows to stay in one batch instead of spilling to disk; and parallel workers priced
 * low enough to be used, the scan of the register and the figures' hash being what these queries spend their time
 * on (a third off the p95 in `bench/policies.ts`). The settings last to the end of the outermost transaction.
 */
export function scanningRegister<T>(db: DbOrTx, run: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true),
      set_config('parallel_setup_cost', '10', true), set_config('parallel_tuple_cost', '0.001', true)`);
    return run(tx);
  });
}
