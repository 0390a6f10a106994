/**
 * The API lists records newest change first, and a submitted record cannot change, so its last change is its
 * submission. The queue wants the longest waiting first: the newest-first pages that hold the oldest `want` of
 * `total` records, at the page size given. Two adjacent pages cover any `want` up to the page size.
 */
export function oldestPages(total: number, want: number, pageSize: number): number[] {
  if (total <= 0) return [];
  const last = Math.ceil(total / pageSize);
  const onLast = total - (last - 1) * pageSize;
  return onLast >= want || last === 1 ? [last] : [last - 1, last];
}

/** The oldest `want` of newest-first pages put together, oldest first. */
export function oldestFirst<T>(pages: readonly (readonly T[])[], want: number): T[] {
  return pages.flat().reverse().slice(0, want);
}

/** What waits for review, of both kinds, as one queue: the longest waiting first. */
export function mergeByWaiting<T extends { updatedAt: string }>(...queues: readonly (readonly T[])[]): T[] {
  return queues.flat().sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}
