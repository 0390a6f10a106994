import { and, inArray, isNull, like } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { timers } from './schema.ts';

/** A key prefix as a LIKE pattern matching it literally. */
const prefixPattern = (prefix: string) => `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * Drops pending timers inside the caller's transaction: by their keys, or every one whose key begins with a prefix
 * (all of a record's timers). Fired timers stay as they were. Returns the keys dropped.
 */
export async function cancelTimers(tx: Tx, which: { keys: readonly string[] } | { keyPrefix: string }): Promise<string[]> {
  if ('keyPrefix' in which && which.keyPrefix === '') throw new Error('an empty key prefix would cancel every timer');
  const chosen = 'keys' in which ? (which.keys.length > 0 ? inArray(timers.key, [...which.keys]) : undefined) : like(timers.key, prefixPattern(which.keyPrefix));
  if (!chosen) return [];
  const dropped = await tx.delete(timers).where(and(chosen, isNull(timers.firedAt))).returning({ key: timers.key });
  return dropped.map((row) => row.key);
}
