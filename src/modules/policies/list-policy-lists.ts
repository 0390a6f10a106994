import { asc, count, eq, ilike, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import { notFound } from '../../platform/http/errors.ts';
import { policyListMembers, policyLists } from './schema.ts';
import type { PolicyListsQuery, PolicyListView } from './schemas.ts';

const memberCount = sql<number>`(SELECT count(*)::int FROM ${policyListMembers} WHERE ${policyListMembers}.list_id = ${policyLists}.id)`;
const listColumns = { id: policyLists.id, name: policyLists.name, description: policyLists.description, memberCount, createdAt: policyLists.createdAt };

/** A page of the lists a `list` condition may name, by name, with how many enterprises each holds. */
export async function listPolicyLists(db: DbOrTx, query: PolicyListsQuery): Promise<{ items: PolicyListView[]; total: number; page: number; pageSize: number }> {
  const where = query.q ? ilike(policyLists.name, `%${escapeLike(query.q)}%`) : undefined;
  const [items, [total]] = await Promise.all([
    db.select(listColumns).from(policyLists).where(where).orderBy(asc(policyLists.name), asc(policyLists.id)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(policyLists).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}

export async function getPolicyList(db: DbOrTx, id: string): Promise<PolicyListView> {
  const [list] = await db.select(listColumns).from(policyLists).where(eq(policyLists.id, id));
  if (!list) throw notFound();
  return list;
}
