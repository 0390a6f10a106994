import type { DbOrTx } from '../db/connection.ts';
import { auditEvents } from './schema.ts';

/** Who did it: a signed-in user, or the system itself (seeding, jobs). */
export interface Actor {
  id: string | null;
  name: string;
}

export const systemActor: Actor = { id: null, name: 'system' };

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Must be called with the transaction that makes the change, so the trail and the change commit together.
 * Bulk writes pass all their entries at once: one statement.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(auditEvents).values(
    list.map((entry) => ({
      actorId: actor.id,
      actorName: actor.name,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
