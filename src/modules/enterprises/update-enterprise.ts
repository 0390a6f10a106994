import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { conflict, invalidInput, notFound } from '../../platform/http/errors.ts';
import { checkEnterpriseInput, loadInputContext } from './check-enterprise-input.ts';
import { assertNoDuplicate, withCreditCodeConflict } from './create-enterprise.ts';
import { replaceContacts, replaceTags } from './enterprise-links.ts';
import { auditView, derivedColumns, readEnterprise } from './enterprise-records.ts';
import { assertVisible, type EnterpriseScope } from './enterprise-scope.ts';
import { enterprises } from './schema.ts';
import type { Enterprise, EnterpriseChanges } from './schemas.ts';

/** What an enterprise user may change of their own record; the rest is the staff's. */
const ownRecordFields = new Set(['address', 'contacts']);

export async function updateEnterprise(
  db: DbOrTx,
  actor: Actor,
  scope: EnterpriseScope,
  id: string,
  changes: EnterpriseChanges,
): Promise<Enterprise> {
  assertVisible(scope, id);
  const { confirmDuplicate, ...fields } = changes;
  if (!scope.all) {
    const readOnly = Object.keys(fields).filter((key) => !ownRecordFields.has(key));
    if (readOnly.length) throw invalidInput(readOnly.map((field) => ({ field, message: 'enterprise.readOnlyForEnterprise' })));
  }
  return withCreditCodeConflict(db, fields.creditCode, () =>
    db.transaction(async (tx) => {
      const before = await readEnterprise(tx, id, { forUpdate: true });
      if (!before) throw notFound();
      if (before.mergedIntoId) throw conflict('enterprise.alreadyMerged', { mergedIntoId: before.mergedIntoId });
      const { value, problems } = checkEnterpriseInput(await loadInputContext(tx), fields);
      if (problems.length) throw invalidInput(problems);
      const name = value.name ?? before.name;
      const formerNames = value.formerNames ?? before.formerNames;
      const creditCode = value.creditCode !== undefined ? value.creditCode : before.creditCode;
      const renamed = name !== before.name || formerNames.join('\n') !== before.formerNames.join('\n');
      if (renamed || creditCode !== before.creditCode) {
        await assertNoDuplicate(
          tx,
          { name, formerNames, creditCode: creditCode !== before.creditCode ? creditCode : null, excludeId: id },
          !renamed || (confirmDuplicate ?? false),
        );
      }
      const { contacts, tagIds, ...columns } = value;
      await tx
        .update(enterprises)
        .set({ ...columns, updatedAt: new Date(), ...derivedColumns({ name, formerNames, creditCode }) })
        .where(eq(enterprises.id, id));
      if (contacts) await replaceContacts(tx, id, contacts);
      if (tagIds) await replaceTags(tx, id, tagIds);
      const after = (await readEnterprise(tx, id))!;
      await recordAudit(tx, actor, {
        entityType: 'enterprise',
        entityId: id,
        action: 'update',
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    }),
  );
}
