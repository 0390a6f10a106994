import { and, eq, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { policies, type Policy } from './schema.ts';

/** A user as the policy library sees them. */
export interface PolicyReader {
  id: string;
  permissions: readonly Permission[];
}

/** Staff (policy.read) see every policy, drafts and withdrawn ones too; enterprises and investors, the published. */
export function visiblePolicies(user: PolicyReader): SQL | undefined {
  return user.permissions.includes('policy.read') ? undefined : eq(policies.state, 'published');
}

/** A policy the user sees, locked for the caller's transaction when asked; 404 exactly like a missing id otherwise. */
export async function findVisiblePolicy(db: DbOrTx, user: PolicyReader, id: string, options: { lock?: boolean } = {}): Promise<Policy> {
  const query = db.select().from(policies).where(and(eq(policies.id, id), visiblePolicies(user)));
  const [policy] = options.lock ? await query.for('update') : await query;
  if (!policy) throw notFound();
  return policy;
}

/** Who writes: the reader, named for the audit trail. */
export interface PolicyActor extends PolicyReader {
  name: string;
}
