import { count, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { enterpriseTags, tags } from './schema.ts';

/** Deletes a tag; the enterprises that carried it simply lose it. */
export async function deleteTag(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [tag] = await tx.select({ id: tags.id, name: tags.name, color: tags.color }).from(tags).where(eq(tags.id, id));
    const [usage] = await tx.select({ enterprises: count() }).from(enterpriseTags).where(eq(enterpriseTags.tagId, id));
    if (!tag) throw notFound();
    await tx.delete(tags).where(eq(tags.id, id));
    await recordAudit(tx, actor, { entityType: 'tag', entityId: id, action: 'delete', before: { ...tag, enterprises: usage?.enterprises ?? 0 } });
  });
}
