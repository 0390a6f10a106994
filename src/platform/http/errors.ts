export interface FieldError {
  /** Dotted path of the field, e.g. `contacts.0.phone`; empty for the whole body. */
  field: string;
  /** A message key (see defineMessages) or already-localised text. */
  message: string;
  params?: Record<string, unknown>;
}

/**
 * An expected failure a client can act on. `code` is a message key used as the problem's title and `type`; the
 * error handler turns it into RFC 9457 problem+json in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly options: {
      params?: Record<string, unknown>;
      fields?: FieldError[];
      /** Extra members of the problem document (e.g. the candidates of a duplicate warning). */
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(404, 'problem.notFound');
export const forbidden = () => new AppError(403, 'problem.forbidden');
export const unauthenticated = () => new AppError(401, 'problem.unauthenticated');
export const invalidInput = (fields: FieldError[]) => new AppError(400, 'problem.validation', { fields });
export const conflict = (code: string, extensions?: Record<string, unknown>) =>
  new AppError(409, code, { extensions });
