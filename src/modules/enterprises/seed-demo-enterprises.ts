import { systemActor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { createEnterprise } from './create-enterprise.ts';
import { demoEnterprises, demoTags } from './demo-data.ts';
import { seedDemoFigures } from './figures/seed-demo-figures.ts';
import { saveTag } from './save-tag.ts';

/** Loads the demo tags and enterprises with their yearly figures (given by `figuresBy`); returns the ids of the records that demo users belong to, by key. */
export async function seedDemoEnterprises(db: DbOrTx, figuresBy: string | null = null): Promise<Map<string, string>> {
  const tagIds = new Map<string, string>();
  for (const tag of demoTags) tagIds.set(tag.name, (await saveTag(db, systemActor, tag)).id);
  const keyed = new Map<string, string>();
  const seeded: { id: string; enterprise: (typeof demoEnterprises)[number] }[] = [];
  for (const demo of demoEnterprises) {
    const { key, tags, duplicate, ...fields } = demo;
    const enterprise = await createEnterprise(db, systemActor, {
      ...fields,
      contacts: fields.contacts.map((c) => ({ ...c, isPrimary: false })),
      tagIds: tags.map((name) => tagIds.get(name)!),
      confirmDuplicate: duplicate,
    });
    if (key) keyed.set(key, enterprise.id);
    seeded.push({ id: enterprise.id, enterprise: demo });
  }
  await seedDemoFigures(db, seeded, figuresBy);
  return keyed;
}
