import { and, eq } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { leadScopeOf, visibleLeads, type LeadUser } from './lead-policy.ts';
import { leads } from './schema.ts';

/**
 * Touches the open leads of an enterprise that the user sees, as a contact with the enterprise logged elsewhere (a
 * visit) does, so that they do not return to the pool for another period; inside the caller's transaction. Answers
 * their ids, the user's own first, then those owned in their teams, then the pool's; none for someone who does not
 * read leads.
 */
export async function touchLeadsOfEnterprise(tx: DbOrTx, enterpriseId: string, user: LeadUser, day: string = chinaToday()): Promise<string[]> {
  if (!user.permissions.includes('lead.read')) return [];
  const scope = await leadScopeOf(tx, user, day);
  const now = new Date();
  const touched = await tx
    .update(leads)
    .set({ touchedAt: now, updatedAt: now })
    .where(and(eq(leads.enterpriseId, enterpriseId), eq(leads.status, 'open'), visibleLeads(scope)))
    .returning({ id: leads.id, ownerId: leads.ownerId, createdAt: leads.createdAt });
  const rank = (lead: { ownerId: string | null }) => (lead.ownerId === user.id ? 0 : lead.ownerId !== null ? 1 : 2);
  return touched.sort((a, b) => rank(a) - rank(b) || b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id)).map((lead) => lead.id);
}
