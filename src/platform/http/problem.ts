import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { negotiateLocale, type Locale } from '../i18n/locale.ts';
import { hasMessage, translate } from '../i18n/messages.ts';
import { AppError, type FieldError } from './errors.ts';
import { localiseIssues, RequestValidationError } from './validation.ts';
import './messages.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
}

interface Problem {
  status: number;
  code: string;
  params?: Record<string, unknown>;
  fields?: FieldError[];
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

const fastifyCodes: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'problem.payloadTooLarge',
  FST_REQ_FILE_TOO_LARGE: 'problem.payloadTooLarge',
  FST_FILES_LIMIT: 'problem.payloadTooLarge',
  FST_PARTS_LIMIT: 'problem.payloadTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'problem.unsupportedMediaType',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'problem.unsupportedMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'problem.malformedBody',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'problem.malformedBody',
  FST_ERR_CTP_INVALID_JSON_BODY: 'problem.malformedBody',
};

function toProblem(error: FastifyError | Error, request: FastifyRequest): Problem {
  if (error instanceof AppError) return { status: error.status, code: error.code, ...error.options };
  if (error instanceof RequestValidationError) {
    const fields = localiseIssues(error.issues, request.locale);
    return { status: 400, code: 'problem.validation', fields, params: {} };
  }
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) return { status, code: 'problem.tooManyRequests' };
  if (status >= 400 && status < 500) {
    const code = fastifyCodes[fastifyError.code] ?? (error instanceof SyntaxError ? 'problem.malformedBody' : undefined);
    return { status, code: code ?? 'problem.malformedBody' };
  }
  return { status: 500, code: 'problem.internal' };
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const locale = request.locale;
  const fields = problem.fields?.map((f) => ({
    field: f.field,
    message: hasMessage(f.message) ? translate(locale, f.message, f.params) : f.message,
  }));
  const detailKey = `${problem.code}.detail`;
  for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
  return reply
    .status(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `urn:qiao:problem:${problem.code}`,
      title: translate(locale, problem.code, problem.params),
      status: problem.status,
      ...(hasMessage(detailKey) ? { detail: translate(locale, detailKey, problem.params) } : {}),
      instance: request.url.split('?')[0],
      code: problem.code,
      requestId: request.id,
      ...(fields?.length ? { errors: fields } : {}),
      ...problem.extensions,
    });
}

/**
 * Every error leaves as RFC 9457 problem+json in the caller's language; unexpected ones are logged with the
 * request id and never show a stack trace or SQL to the client.
 */
export const problemPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('locale', 'zh-CN');
  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.headers['accept-language']);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request rejected');
    return sendProblem(request, reply, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, { status: 404, code: 'problem.routeNotFound' }),
  );
});
