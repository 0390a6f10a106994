import type { Actor } from '../../platform/audit/record-audit.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/connection.ts';
import { AppError, conflict, forbidden, invalidInput } from '../../platform/http/errors.ts';
import { checkEnterpriseInput, loadInputContext } from './check-enterprise-input.ts';
import { replaceContacts, replaceTags } from './enterprise-links.ts';
import { auditView, newEnterpriseRow, readEnterprise } from './enterprise-records.ts';
import { findDuplicates, type DuplicateQuery } from './find-duplicates.ts';
import { nameKeys } from './name-keys.ts';
import { enterprises } from './schema.ts';
import type { Enterprise, EnterpriseInput } from './schemas.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { canonicalCreditCode } from './validate-credit-code.ts';

export const creditCodeConstraint = 'enterprises_credit_code_unique';

/**
 * Serialises writers of the same name key or credit code until the end of the transaction, so that two concurrent
 * creates of one new name cannot both pass the duplicate check. Locks are taken in one order to avoid deadlocks.
 */
export async function lockDuplicateKeys(tx: Tx, query: DuplicateQuery): Promise<void> {
  const creditCode = query.creditCode ? canonicalCreditCode(query.creditCode) : '';
  const keys = [
    ...nameKeys(query.name, query.formerNames ?? []).map((key) => `enterprise-name:${key}`),
    ...(creditCode ? [`enterprise-credit-code:${creditCode}`] : []),
  ].sort();
  for (const key of keys) await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/**
 * Refuses a credit code that another enterprise holds (always) and a near-identical name (unless confirmed), each
 * as a 409 listing the candidates so that the user can open the existing record instead. Runs in the writing
 * transaction, which holds the keys' locks until it commits.
 */
export async function assertNoDuplicate(tx: Tx, query: DuplicateQuery, confirmed: boolean): Promise<void> {
  await lockDuplicateKeys(tx, query);
  const candidates = await findDuplicates(tx, query);
  const byCode = candidates.filter((c) => c.reason === 'creditCode');
  if (byCode.length) throw conflict('enterprise.creditCodeTaken', { candidates: byCode });
  if (candidates.length && !confirmed) throw conflict('enterprise.possibleDuplicate', { candidates });
}

/** Turns a concurrent insert of the same credit code, caught only by the unique index, into the usual 409. */
export async function withCreditCodeConflict<T>(db: DbOrTx, creditCode: string | null | undefined, write: () => Promise<T>) {
  try {
    return await write();
  } catch (error) {
    if (!creditCode || !isUniqueViolation(error, creditCodeConstraint)) throw error;
    const candidates = (await findDuplicates(db, { name: '', creditCode })).filter((c) => c.reason === 'creditCode');
    throw conflict('enterprise.creditCodeTaken', { candidates });
  }
}

export async function createEnterprise(
  db: DbOrTx,
  actor: Actor,
  input: EnterpriseInput & { confirmDuplicate?: boolean },
): Promise<Enterprise> {
  return withCreditCodeConflict(db, input.creditCode, () =>
    db.transaction(async (tx) => {
      const { value, problems } = checkEnterpriseInput(await loadInputContext(tx), input);
      if (problems.length) throw invalidInput(problems);
      const values = newEnterpriseRow(value);
      await assertNoDuplicate(tx, values, value.confirmDuplicate ?? false);
      const [row] = await tx.insert(enterprises).values(values).returning({ id: enterprises.id });
      const id = row!.id;
      if (value.contacts?.length) await replaceContacts(tx, id, value.contacts);
      if (value.tagIds?.length) await replaceTags(tx, id, value.tagIds);
      const created = (await readEnterprise(tx, id))!;
      await recordAudit(tx, actor, { entityType: 'enterprise', entityId: id, action: 'create', after: auditView(created) });
      return created;
    }),
  );
}

/**
 * Creates an enterprise given inside another record's body (a lead's, a visit's `enterprise`) in the caller's
 * transaction: refused (403) unless the actor holds the register's own permission to add enterprises, and its field
 * errors named under that body's field, e.g. `enterprise.name`.
 */
export async function createEnterpriseWithin(
  tx: DbOrTx,
  actor: Actor & { permissions: readonly string[] },
  input: EnterpriseInput & { confirmDuplicate?: boolean },
  field = 'enterprise',
): Promise<Enterprise> {
  if (!actor.permissions.includes('enterprise.edit')) throw forbidden();
  return createEnterprise(tx, actor, input).catch((error: unknown) => {
    if (error instanceof AppError && error.options.fields) {
      throw new AppError(error.status, error.code, { ...error.options, fields: error.options.fields.map((f) => ({ ...f, field: `${field}.${f.field}` })) });
    }
    throw error;
  });
}
