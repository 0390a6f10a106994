import { AppError } from './errors.ts';

/**
 * What a failure while reading an uploaded file means for the client. A body cut short (a dropped connection, a
 * Content-Length that promised more) breaks the multipart stream with an error of no status of its own, or with the
 * multipart reader's premature close: that is the client's fault, not the server's, and answers 400 with
 * `incompleteCode`. Refusals already meant for the client (an AppError, a 4xx such as a limit) pass as they are.
 */
export function uploadReadFailure(error: unknown, incompleteCode: string): unknown {
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  if (code === 'FST_MP_PREMATURE_CLOSE') return new AppError(400, incompleteCode);
  if (error instanceof AppError || (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500)) return error;
  return new AppError(400, incompleteCode);
}
