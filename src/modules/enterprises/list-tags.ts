import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { tags } from './schema.ts';

export async function listTags(db: DbOrTx) {
  return db.select({ id: tags.id, name: tags.name, color: tags.color }).from(tags).orderBy(asc(tags.createdAt), asc(tags.name));
}
