import { sql } from 'drizzle-orm';
import type { EnterpriseMergeStep } from '../merge-enterprises.ts';
import { enterpriseFigures as figures } from '../schema.ts';

/**
 * A duplicate's figures move to the survivor where the survivor has none for that year and indicator; where it has,
 * the survivor's own figure stands and the duplicate's stays with the merged record, as history. The moved ones
 * read as changed now, so that the survivor's eligibility is looked at again.
 */
export const mergeFiguresStep: EnterpriseMergeStep = async (tx, { survivorId, duplicateId }) => {
  await tx.execute(sql`
    UPDATE ${figures} AS d SET enterprise_id = ${survivorId}, updated_at = now()
    WHERE d.enterprise_id = ${duplicateId}
      AND NOT EXISTS (SELECT 1 FROM ${figures} AS s WHERE s.enterprise_id = ${survivorId} AND s.year = d.year AND s.indicator = d.indicator)`);
};
