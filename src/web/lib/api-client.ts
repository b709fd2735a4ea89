import type { ErrorResponse } from '#shared/contracts/common.ts';
import type { ErrorCode } from '#shared/contracts/errors.ts';

/** An error answered by the API (or a network failure, status 0), with the field it is about. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** On a conflict with something already there, its id. */
  readonly existingId: string | undefined;

  constructor(status: number, code: string, message: string, field?: string, existingId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.existingId = existingId;
  }
}

/** Whether `error` is an API error, and with `code` (from the catalogue in #shared/contracts/errors.ts) when given. */
export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
}

let csrfToken: Promise<string> | null = null;

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= send<{ token: string }>('/api/auth/csrf', { method: 'GET' }).then(
    (r) => r.token,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

/** The CSRF token is tied to the session, so it is fetched again after signing in or out. */
export function forgetCsrfToken(): void {
  csrfToken = null;
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function send<T>(path: string, options: RequestOptions, token?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['x-csrf-token'] = token;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', 'We could not reach Kindred. Check your connection and try again.');
  }

  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body as T;
  if (isErrorResponse(body)) {
    throw new ApiError(response.status, body.error.code, body.error.message, body.error.field, body.error.existingId);
  }
  throw new ApiError(response.status, 'http_error', 'Something went wrong on our side. Please try again in a moment.');
}

/** Calls the Kindred API: JSON in and out, the session cookie, and a CSRF token on every write. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  if (method === 'GET') return send<T>(path, options);
  try {
    return await send<T>(path, options, await fetchCsrfToken());
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403 && error.code === 'csrf_invalid')) throw error;
    forgetCsrfToken();
    return send<T>(path, options, await fetchCsrfToken());
  }
}
