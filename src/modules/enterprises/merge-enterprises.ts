import { eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import { reassignEnterpriseUsers } from '../../platform/auth/users.ts';
import type { DbOrTx, Tx } from '../../platform/db/connection.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { auditView, derivedColumns, readEnterprise } from './enterprise-records.ts';
import { enterpriseContacts, enterprises, enterpriseTags } from './schema.ts';
import type { Enterprise } from './schemas.ts';

/**
 * One module's part of a merge: move everything it links to `duplicateId` over to `survivorId` (e.g. visits,
 * projects, tickets). Runs inside the merge's transaction, so a step that throws undoes the whole merge. Modules
 * whose records point at enterprises declare theirs in their definition (`mergeSteps`), e.g.
 *
 *   async (tx, { survivorId, duplicateId }) => {
 *     await tx.update(visits).set({ enterpriseId: survivorId }).where(eq(visits.enterpriseId, duplicateId));
 *   }
 */
export type EnterpriseMergeStep = (tx: Tx, merge: { survivorId: string; duplicateId: string; actor: Actor }) => Promise<void>;

const fillable = ['industryCode', 'regionCode', 'address', 'registeredCapitalWan', 'foundedOn', 'sizeClass'] as const;

/** The survivor's former names gain the duplicate's names, each spelling once and never its own current name. */
function mergedFormerNames(survivor: Enterprise, duplicate: Enterprise): string[] {
  const seen = new Set([normalizeKey(survivor.name)]);
  return [...survivor.formerNames, duplicate.name, ...duplicate.formerNames].filter((name) => {
    const key = normalizeKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Merges a duplicate record into the survivor, in one transaction: contacts, tags, enterprise users and whatever
 * other modules registered move over; the duplicate's names become former names; the survivor's empty fields are
 * filled from the duplicate (the credit code too); the duplicate stays, marked as merged, so that old links
 * redirect.
 */
export async function mergeEnterprises(
  db: DbOrTx,
  actor: Actor,
  merge: { survivorId: string; duplicateId: string; steps: readonly EnterpriseMergeStep[] },
): Promise<Enterprise> {
  const { survivorId, duplicateId, steps } = merge;
  if (survivorId === duplicateId) throw new AppError(400, 'enterprise.mergeSelf');
  return db.transaction(async (tx) => {
    // Locked in id order, so two merges of the same pair cannot deadlock.
    const locked = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(inArray(enterprises.id, [survivorId, duplicateId].sort()))
      .orderBy(enterprises.id)
      .for('update');
    if (locked.length < 2) throw notFound();
    const survivor = (await readEnterprise(tx, survivorId))!;
    const duplicate = (await readEnterprise(tx, duplicateId))!;
    for (const record of [survivor, duplicate]) {
      if (record.mergedIntoId) throw conflict('enterprise.alreadyMerged', { id: record.id, mergedIntoId: record.mergedIntoId });
    }

    const hasPrimary = survivor.contacts.some((c) => c.isPrimary);
    await tx
      .update(enterpriseContacts)
      .set({
        enterpriseId: survivorId,
        position: sql`${enterpriseContacts.position} + ${survivor.contacts.length}`,
        ...(hasPrimary ? { isPrimary: false } : {}),
      })
      .where(eq(enterpriseContacts.enterpriseId, duplicateId));
    const survivorTags = new Set(survivor.tags.map((t) => t.id));
    const movedTags = duplicate.tags.filter((t) => !survivorTags.has(t.id));
    await tx.delete(enterpriseTags).where(eq(enterpriseTags.enterpriseId, duplicateId));
    if (movedTags.length) await tx.insert(enterpriseTags).values(movedTags.map((t) => ({ enterpriseId: survivorId, tagId: t.id })));
    await reassignEnterpriseUsers(tx, duplicateId, survivorId);
    for (const step of steps) await step(tx, { survivorId, duplicateId, actor });

    const now = new Date();
    const creditCode = survivor.creditCode ?? duplicate.creditCode;
    // The credit code is unique: the duplicate gives it up before the survivor takes it.
    await tx
      .update(enterprises)
      .set({
        mergedIntoId: survivorId,
        updatedAt: now,
        ...(survivor.creditCode ? {} : { creditCode: null }),
      })
      .where(eq(enterprises.id, duplicateId));
    // Records merged into the duplicate earlier now redirect straight to the survivor.
    await tx
      .update(enterprises)
      .set({ mergedIntoId: survivorId })
      .where(eq(enterprises.mergedIntoId, duplicateId));
    const formerNames = mergedFormerNames(survivor, duplicate);
    const filled = Object.fromEntries(fillable.map((field) => [field, survivor[field] ?? duplicate[field]]));
    await tx
      .update(enterprises)
      .set({ ...filled, creditCode, formerNames, updatedAt: now, ...derivedColumns({ name: survivor.name, formerNames, creditCode }) })
      .where(eq(enterprises.id, survivorId));

    const after = (await readEnterprise(tx, survivorId))!;
    const mergedDuplicate = (await readEnterprise(tx, duplicateId))!;
    // The duplicate's event first, so that the survivor's merge is the newest entry of its timeline.
    await recordAudit(tx, actor, {
      entityType: 'enterprise',
      entityId: duplicateId,
      action: 'merged-into',
      before: auditView(duplicate),
      after: { ...auditView(mergedDuplicate), survivor: { id: survivorId, name: survivor.name } },
    });
    await recordAudit(tx, actor, {
      entityType: 'enterprise',
      entityId: survivorId,
      action: 'merge',
      before: { ...auditView(survivor), duplicate: { id: duplicateId, ...auditView(duplicate) } },
      after: auditView(after),
    });
    return after;
  });
}
