import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { Tx } from '../../../platform/db/connection.ts';
import type { ImportRun } from '../../../platform/imports/import-kind.ts';
import { newContactRows } from '../enterprise-links.ts';
import { auditView, newEnterpriseRow } from '../enterprise-records.ts';
import { enterpriseContacts, enterprises, enterpriseTags, tags } from '../schema.ts';
import type { EnterpriseInput } from '../schemas.ts';

/**
 * Inside an import's transaction: writes its enterprises batch by batch, with their contacts and tags, each with
 * an audit entry naming the import and the row it came from.
 */
export async function openEnterpriseWriter(tx: Tx, { importId, actor }: ImportRun) {
  const tagNames = new Map((await tx.select({ id: tags.id, name: tags.name }).from(tags)).map((t) => [t.id, t.name]));
  return async (batch: { input: EnterpriseInput; rowNumber: number }[]) => {
    const records = batch.map(({ input, rowNumber }) => ({ row: newEnterpriseRow(input), input, rowNumber }));
    const created = await tx
      .insert(enterprises)
      .values(records.map((r) => r.row))
      .returning({ id: enterprises.id });
    const contacts = records.map(({ input }, i) => newContactRows(created[i]!.id, input.contacts ?? []));
    if (contacts.flat().length) await tx.insert(enterpriseContacts).values(contacts.flat());
    const tagIds = records.map(({ input }) => [...new Set(input.tagIds ?? [])]);
    const tagLinks = tagIds.flatMap((ids, i) => ids.map((tagId) => ({ enterpriseId: created[i]!.id, tagId })));
    if (tagLinks.length) await tx.insert(enterpriseTags).values(tagLinks);
    await recordAudit(
      tx,
      actor,
      records.map(({ row, rowNumber }, i) => ({
        entityType: 'enterprise',
        entityId: created[i]!.id,
        action: 'import',
        after: {
          ...auditView({ ...row, mergedIntoId: null, contacts: contacts[i]!, tags: tagIds[i]!.map((id) => ({ name: tagNames.get(id) ?? id })) }),
          importId,
          rowNumber,
        },
      })),
    );
  };
}
