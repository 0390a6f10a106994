import { z, type ZodType } from 'zod';
import type { FastifySchemaCompiler } from 'fastify';
import type { Locale } from '../i18n/locale.ts';
import { hasMessage, translate } from '../i18n/messages.ts';
import type { FieldError } from './errors.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Carries zod's issues to the error handler, which words them in the caller's language. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  validationContext?: string;
  constructor(readonly issues: Issue[]) {
    super('request validation failed');
  }
}

/**
 * NUL, which PostgreSQL refuses in text (a 500 if it got that far), and the other C0 controls and DEL, which no
 * name, contact or search means; tab, line feed and carriage return stay allowed for multi-line text.
 */
export const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const maxDepth = 32;

/** Paths of every string (and object key) in the input holding a control character, depth-first. */
function controlCharacterPaths(value: unknown, path: PropertyKey[] = [], found: PropertyKey[][] = []): PropertyKey[][] {
  if (typeof value === 'string') {
    if (controlCharacter.test(value)) found.push(path);
  } else if (Array.isArray(value)) {
    if (path.length < maxDepth) value.forEach((item, index) => controlCharacterPaths(item, [...path, index], found));
  } else if (value !== null && typeof value === 'object' && path.length < maxDepth) {
    for (const [key, item] of Object.entries(value)) {
      if (controlCharacter.test(key)) found.push([...path, key]);
      else controlCharacterPaths(item, [...path, key], found);
    }
  }
  return found;
}

/**
 * Input checked as every route checks its body, query and parameters; also for input a route reads itself, such as
 * the fields of a multipart form.
 */
export function validateInput<T extends ZodType>(schema: T, data: unknown): { value: z.output<T> } | { error: RequestValidationError } {
  // Checked on the raw input, before any schema, so that every route refuses it the same way.
  const withControls = controlCharacterPaths(data);
  if (withControls.length) {
    return {
      error: new RequestValidationError(
        withControls.map((path) => ({ code: 'custom', path, message: 'field.controlCharacter', input: undefined })),
      ),
    };
  }
  // The input is kept on each issue only to tell "missing" from "wrong"; it is never sent back.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data };
  return { error: new RequestValidationError(result.error.issues as Issue[]) };
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) =>
    validateInput(schema, data);

const zodLocales = { 'zh-CN': z.locales.zhCN(), 'zh-TW': z.locales.zhTW(), en: z.locales.en() } as const;

function describeIssue(issue: Issue, locale: Locale): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined || issue.input === null) return translate(locale, 'field.required');
    const typeKey = `type.${issue.expected}`;
    if (hasMessage(typeKey)) return translate(locale, 'field.wrongType', { expected: translate(locale, typeKey) });
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1
      ? translate(locale, 'field.required')
      : translate(locale, 'field.tooShort', { minimum: issue.minimum });
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return translate(locale, 'field.tooLong', { maximum: issue.maximum });
  }
  if (hasMessage(issue.message)) return translate(locale, issue.message, 'params' in issue ? issue.params : {});
  if (issue.code === 'custom') return issue.message;
  // The locale only reads the input to name its type ("received number"); the value itself is not repeated.
  const worded = zodLocales[locale].localeError?.(issue as never);
  const text = typeof worded === 'string' ? worded : worded?.message;
  return text ?? translate(locale, 'field.invalid');
}

export function localiseIssues(issues: Issue[], locale: Locale, prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: describeIssue(issue, locale),
  }));
}
