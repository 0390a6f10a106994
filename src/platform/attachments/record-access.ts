import type { RequestUser } from '../auth/plugin.ts';
import type { Db } from '../db/connection.ts';
import { forbidden, invalidInput, notFound } from '../http/errors.ts';
import type { AttachmentKind } from './attachment-kind.ts';

/** The kind a request names; an unknown one is a mistake in the request, not a secret. */
export function kindNamed(kinds: ReadonlyMap<string, AttachmentKind>, name: string): AttachmentKind {
  const kind = kinds.get(name);
  if (!kind) throw invalidInput([{ field: 'kind', message: 'attachment.unknownKind' }]);
  return kind;
}

/** A record the user may not read answers exactly as a missing one. */
export async function assertCanRead(db: Db, kind: AttachmentKind, user: RequestUser, recordId: string): Promise<void> {
  if (!(await kind.policy.canRead(db, user, [recordId])).has(recordId)) throw notFound();
}

/** Whether the user may attach to a record they may read. */
export async function mayAttach(db: Db, kind: AttachmentKind, user: RequestUser, recordId: string): Promise<boolean> {
  return (await kind.policy.canAttach(db, user, [recordId])).has(recordId);
}

/** 404 for a record the user may not read, 403 for one they may read but not attach to. */
export async function assertCanAttach(db: Db, kind: AttachmentKind, user: RequestUser, recordId: string): Promise<void> {
  await assertCanRead(db, kind, user, recordId);
  if (!(await mayAttach(db, kind, user, recordId))) throw forbidden();
}
