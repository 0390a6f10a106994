import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { enterprises } from '../enterprises/schema.ts';
import { findLinkPerson } from './link-candidates.ts';
import { notifyLinkedPerson } from './link-notices.ts';
import { keyEnterpriseLinks as links } from './schema.ts';
import type { AddLinkInput } from './schemas.ts';

/** The links whose periods share a day with the one given (an open end reaching every later day). */
const overlapping = (startsOn: string, endsOn: string | null) =>
  and(or(isNull(links.endsOn), gte(links.endsOn, startsOn)), endsOn ? lte(links.startsOn, endsOn) : undefined);

/**
 * Links a person to an enterprise over a period, audited; the enterprise becomes a key enterprise on its days.
 * Under a lock on the enterprise, so that two links sent at once are checked one after the other: the same person
 * in the same role may not overlap themselves (409 keyEnterprise.duplicateLink), and an enterprise has one leader
 * at a time (409 keyEnterprise.leaderTaken). 404 for an unknown enterprise; 400 on `userId` for someone who may not
 * be linked in the role. The person is told. Returns the link's id.
 */
export async function addLink(db: Db, ctx: Pick<AppContext, 'jobs' | 'config'>, actor: Actor, enterpriseId: string, input: AddLinkInput): Promise<string> {
  const endsOn = input.endsOn ?? null;
  try {
    return await db.transaction(async (tx) => {
      const [enterprise] = await tx.select({ id: enterprises.id, mergedIntoId: enterprises.mergedIntoId }).from(enterprises).where(eq(enterprises.id, enterpriseId)).for('update');
      if (!enterprise) throw notFound();
      if (enterprise.mergedIntoId) throw conflict('keyEnterprise.enterpriseMerged', { mergedIntoId: enterprise.mergedIntoId });
      const person = await findLinkPerson(tx, input.userId, input.role);
      const clashes = await tx
        .select({ userId: links.userId })
        .from(links)
        .where(
          and(
            eq(links.enterpriseId, enterpriseId),
            eq(links.role, input.role),
            input.role === 'leader' ? undefined : eq(links.userId, input.userId),
            overlapping(input.startsOn, endsOn),
          ),
        );
      if (clashes.some((clash) => clash.userId === input.userId)) throw conflict('keyEnterprise.duplicateLink');
      if (clashes.length) throw conflict('keyEnterprise.leaderTaken');
      const [link] = await tx
        .insert(links)
        .values({ enterpriseId, userId: input.userId, role: input.role, startsOn: input.startsOn, endsOn, note: input.note ?? null, createdById: actor.id })
        .returning({ id: links.id });
      await recordAudit(tx, actor, {
        entityType: 'key-enterprise-link',
        entityId: link!.id,
        action: 'link',
        after: { enterpriseId, userId: person.id, personName: person.name, role: input.role, startsOn: input.startsOn, endsOn, note: input.note ?? null },
      });
      await notifyLinkedPerson(tx, ctx, 'linked', { id: link!.id, enterpriseId, userId: person.id, role: input.role, day: input.startsOn }, actor.id);
      return link!.id;
    });
  } catch (error) {
    // The lock makes this rare: the partial unique index still refuses a second open link cleanly.
    if (isUniqueViolation(error, 'key_enterprise_links_open_uq')) throw conflict('keyEnterprise.duplicateLink');
    throw error;
  }
}

