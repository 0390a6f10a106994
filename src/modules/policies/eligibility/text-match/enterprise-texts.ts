import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../../platform/db/connection.ts';

/** What the register says in words about an enterprise: the texts a policy's text is matched against. */
export type EnterpriseText = {
  id: string;
  name: string;
  /** Its industry's name (GB/T 4754) and its tags' names: how staff classed it. */
  classes: string;
  /** The titles, keywords and public summaries of its published market listings and demands: what it does, in its words. */
  market: string;
};

/**
 * The texts of every enterprise of the register (merged records left out), one query. The register keeps no business
 * scope (经营范围) or description of its own, so an enterprise with neither tags nor market records is matched by its
 * name and industry alone.
 */
export async function readEnterpriseTexts(db: DbOrTx): Promise<EnterpriseText[]> {
  const { rows } = await db.execute<EnterpriseText>(sql`
    SELECT e.id, e.name,
      concat_ws('，', i.name, (SELECT string_agg(t.name, '，') FROM enterprise_tags et JOIN tags t ON t.id = et.tag_id WHERE et.enterprise_id = e.id)) AS classes,
      concat_ws('。',
        (SELECT string_agg(concat_ws('，', l.title, array_to_string(l.keywords, '，'), l.summary), '。') FROM listings l
          WHERE l.owner_id = e.id AND l.state = 'published'),
        (SELECT string_agg(concat_ws('，', d.title, d.summary), '。') FROM demands d WHERE d.owner_id = e.id AND d.state = 'published')
      ) AS market
    FROM enterprises e LEFT JOIN industries i ON i.code = e.industry_code
    WHERE e.merged_into_id IS NULL
    ORDER BY e.id`);
  return rows;
}
