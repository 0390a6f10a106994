import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from '../api/schema.gen.ts';
import type { HttpMethod, Operation, PathsWith, Problem, ResponseOf } from '../api/types.ts';

/** A field the server rejected, by its dotted path (e.g. `contacts.0.phone`). */
export type FieldProblem = NonNullable<Problem['errors']>[number];

/** An RFC 9457 problem from the server; `title` is already in the request's language. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  /** The whole problem document, for extensions such as `candidates`. */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : `HTTP ${status}`;
    super(title);
    this.status = status;
    this.code = typeof body.code === 'string' ? body.code : 'problem.unknown';
    this.title = title;
    this.detail = typeof body.detail === 'string' ? body.detail : undefined;
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [];
    this.body = body;
  }
}

/** Thrown when the server cannot be reached at all; worded by the UI, which knows the language. */
export class NetworkFailure extends Error {}

interface ClientState {
  csrfToken: string | null;
  language: string;
  onUnauthenticated: () => void;
  onPasswordChangeRequired: () => void;
}

const state: ClientState = { csrfToken: null, language: 'zh-CN', onUnauthenticated: () => {}, onPasswordChangeRequired: () => {} };

/** The server's problem code for a user who must replace a temporary password before anything else. */
export const passwordChangeRequired = 'auth.passwordChangeRequired';

export function setCsrfToken(token: string | null) {
  state.csrfToken = token;
}

export function setApiLanguage(language: string) {
  state.language = language;
}

/** Called when a request finds the session gone, so the app can send the user to sign in. */
export function onUnauthenticated(handler: () => void) {
  state.onUnauthenticated = handler;
}

/** Called when the server refuses everything until the user changes a temporary password. */
export function onPasswordChangeRequired(handler: () => void) {
  state.onPasswordChangeRequired = handler;
}

function notifySession(problem: ApiProblem, path: string) {
  if (problem.status === 401 && path !== '/api/auth/login') state.onUnauthenticated();
  if (problem.code === passwordChangeRequired) state.onPasswordChangeRequired();
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export function toSearchParams(query: Record<string, QueryValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params;
}

/** Headers every request carries: the user's language, and on writes the session's CSRF token. */
function headersFor(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': state.language };
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  return headers;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // A proxy or crash page instead of problem+json: the status alone must do.
  }
  return new ApiProblem(response.status, body);
}

const client = createClient<paths>({
  credentials: 'same-origin',
  querySerializer: (query) => toSearchParams(query as Record<string, QueryValue>).toString(),
});

client.use({
  onRequest({ request }) {
    for (const [name, value] of Object.entries(headersFor(request.method))) request.headers.set(name, value);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.ok) return response;
    const problem = await problemOf(response);
    notifySession(problem, schemaPath);
    throw problem;
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new NetworkFailure(String(error));
  },
});

type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** One HTTP method of the API: the path and its parameters are checked against the server's schema. */
type Call<M extends HttpMethod> = <P extends PathsWith<M>, Init extends MaybeOptionalInit<paths[P], M>>(
  path: P,
  ...init: RequiredKeysOf<Init> extends never ? [Init?] : [Init]
) => Promise<Exclude<FetchResponse<Operation<P, M>, Init, 'application/json'>['data'], undefined>>;

function call<M extends HttpMethod>(method: M): Call<M> {
  const send = async (path: string, init?: object) => {
    const { data } = await client.request(method as never, path as never, init as never);
    return data;
  };
  return send as unknown as Call<M>;
}

/**
 * The API, typed from the server's OpenAPI document (web/src/api/schema.gen.ts): each call answers with the
 * response's data; any non-2xx answer is thrown as an ApiProblem, an unreachable server as a NetworkFailure.
 */
export const api = {
  GET: call('get'),
  POST: call('post'),
  PUT: call('put'),
  PATCH: call('patch'),
  DELETE: call('delete'),
};

async function send(path: string, init: RequestInit & { method: string }, query?: Record<string, QueryValue>): Promise<Response> {
  const search = query ? toSearchParams(query).toString() : '';
  let response: Response;
  try {
    response = await fetch(search ? `${path}?${search}` : path, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkFailure(String(error));
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    notifySession(problem, path);
    throw problem;
  }
  return response;
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/** Fetches a file (so that errors arrive as problems in the user's language) and hands it to the browser. */
export async function download(path: string, fallbackName: string, query?: Record<string, QueryValue>): Promise<void> {
  const response = await send(path, { method: 'GET', headers: headersFor('GET') }, query);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Posts a multipart form with upload progress (0–100), which fetch cannot report. */
export function upload<P extends PathsWith<'post'>>(path: P, form: FormData, onProgress: (percent: number) => void): Promise<ResponseOf<P, 'post'>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    for (const [name, value] of Object.entries(headersFor('POST'))) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new NetworkFailure('upload failed'));
    request.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(request.responseText) as Record<string, unknown>;
      } catch {
        // Left empty: the status tells what happened.
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as ResponseOf<P, 'post'>);
        return;
      }
      const problem = new ApiProblem(request.status, body);
      notifySession(problem, path);
      reject(problem);
    };
    request.send(form);
  });
}
