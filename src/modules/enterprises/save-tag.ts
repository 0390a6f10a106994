import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { tags } from './schema.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';

const columns = { id: tags.id, name: tags.name, color: tags.color };

/** Creates a tag, or changes one when `id` is given; names are unique whatever their script or width. */
export async function saveTag(db: DbOrTx, actor: Actor, input: { id?: string; name?: string; color?: string }) {
  try {
    return await db.transaction(async (tx) => {
      const { id, ...fields } = input;
      const values = { ...fields, ...(fields.name ? { nameKey: normalizeKey(fields.name) } : {}) };
      const [before] = id ? await tx.select(columns).from(tags).where(eq(tags.id, id)) : [];
      if (id && !before) throw notFound();
      const [saved] = id
        ? await tx.update(tags).set(values).where(eq(tags.id, id)).returning(columns)
        : await tx
            .insert(tags)
            .values({ name: values.name!, color: values.color!, nameKey: values.nameKey! })
            .returning(columns);
      await recordAudit(tx, actor, { entityType: 'tag', entityId: saved!.id, action: id ? 'update' : 'create', before, after: saved });
      return saved!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'tags_name_key_unique')) throw invalidInput([{ field: 'name', message: 'enterprise.tagNameTaken' }]);
    throw error;
  }
}
