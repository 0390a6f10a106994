import { asc, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { getPolicyList } from './list-policy-lists.ts';
import { policyListMembers } from './schema.ts';

/** A page of a list's enterprises, the latest added first. */
export async function listMembers(db: DbOrTx, listId: string, page: { page: number; pageSize: number }) {
  await getPolicyList(db, listId);
  const where = eq(policyListMembers.listId, listId);
  const [items, [total]] = await Promise.all([
    db
      .select({ enterpriseId: policyListMembers.enterpriseId, name: enterprises.name, addedAt: policyListMembers.addedAt })
      .from(policyListMembers)
      .innerJoin(enterprises, eq(enterprises.id, policyListMembers.enterpriseId))
      .where(where)
      .orderBy(desc(policyListMembers.addedAt), asc(enterprises.name))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(policyListMembers).where(where),
  ]);
  return { items, total: total!.n, page: page.page, pageSize: page.pageSize };
}
