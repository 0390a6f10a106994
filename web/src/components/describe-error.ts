import type { TFunction } from 'i18next';
import { ApiProblem, NetworkFailure } from '../app/api.ts';

/** What to tell the user about a failure, in their language: the server's own title when it sent one. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiProblem) return error.detail && error.status !== 400 ? `${error.title}: ${error.detail}` : error.title;
  if (error instanceof NetworkFailure) return t('errors.network');
  return t('errors.unexpected');
}
