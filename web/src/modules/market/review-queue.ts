/** Since when a record has waited for review: its last submission, which a submitted record always has (else its last change). */
export const waitingSince = (record: { submittedAt: string | null; updatedAt: string }): string => record.submittedAt ?? record.updatedAt;

/**
 * What waits for review, of both kinds, as one queue: the longest waiting first. Each kind arrives oldest submission
 * first from the API (`sort=submittedAt&order=asc`); this interleaves them.
 */
export function mergeByWaiting<T extends { waitingSince: string }>(...queues: readonly (readonly T[])[]): T[] {
  return queues.flat().sort((a, b) => a.waitingSince.localeCompare(b.waitingSince));
}
