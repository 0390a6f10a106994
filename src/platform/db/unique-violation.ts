/** Whether an error (or the database error a query error wraps) broke the named unique constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const pgError = e as Error & { code?: string; constraint?: string };
    if (pgError.code === '23505' && pgError.constraint === constraint) return true;
  }
  return false;
}

/** Whether an error (or the database error a query error wraps) broke the named exclusion constraint. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const pgError = e as Error & { code?: string; constraint?: string };
    if (pgError.code === '23P01' && pgError.constraint === constraint) return true;
  }
  return false;
}
