import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, invalidInput, notFound } from '../../platform/http/errors.ts';
import { notifyLinkedPerson } from './link-notices.ts';
import { keyEnterpriseLinks as links } from './schema.ts';

/**
 * Ends a link on its last day, audited; the row stays as history. 404 for an unknown link; 400 on `endsOn` before
 * the link began; 409 keyEnterprise.alreadyEnded when it already ends by that day. The person is told. Returns the enterprise's id.
 */
export async function endLink(db: Db, ctx: Pick<AppContext, 'jobs' | 'config'>, actor: Actor, linkId: string, endsOn: string): Promise<string> {
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({ link: links, personName: users.displayName })
      .from(links)
      .innerJoin(users, eq(users.id, links.userId))
      .where(eq(links.id, linkId))
      .for('update', { of: links });
    if (!link) throw notFound();
    const { enterpriseId, userId, role, startsOn } = link.link;
    if (endsOn < startsOn) throw invalidInput([{ field: 'endsOn', message: 'keyEnterprise.endBeforeStart' }]);
    if (link.link.endsOn !== null && link.link.endsOn <= endsOn) throw conflict('keyEnterprise.alreadyEnded');
    await tx.update(links).set({ endsOn, endedById: actor.id, endedAt: new Date() }).where(eq(links.id, linkId));
    await recordAudit(tx, actor, {
      entityType: 'key-enterprise-link',
      entityId: linkId,
      action: 'end',
      before: { endsOn: link.link.endsOn },
      after: { enterpriseId, userId, personName: link.personName, role, startsOn, endsOn },
    });
    await notifyLinkedPerson(tx, ctx, 'ended', { id: linkId, enterpriseId, userId, role, day: endsOn }, actor.id);
    return enterpriseId;
  });
}
