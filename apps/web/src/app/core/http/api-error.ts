import { HttpErrorResponse } from '@angular/common/http';
import { ErrorCode, Locale, PROBLEM_CONTENT_TYPE, Problem } from '@cocrea/contracts';

/**
 * What a failed API call becomes once it passes the problem interceptor: the HTTP status
 * plus, when the api answered with `application/problem+json`, the typed problem.
 * `status` is 0 when the server could not be reached.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly url: string | null = null,
  ) {
    super(problem?.title ?? (status === 0 ? 'Network error' : `HTTP ${status}`));
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get code(): ErrorCode | null {
    return this.problem?.code ?? null;
  }

  /** The problem's title in the given language, falling back to the one the server chose. */
  titleIn(locale: Locale): string | null {
    const messages = this.problem?.messages;
    const localized = locale === 'en' ? messages?.en : messages?.es;
    return localized?.title || this.problem?.title || null;
  }

  detailIn(locale: Locale): string | null {
    const messages = this.problem?.messages;
    const localized = locale === 'en' ? messages?.en : messages?.es;
    return localized?.detail || this.problem?.detail || null;
  }

  static from(response: HttpErrorResponse): ApiError {
    return new ApiError(response.status, readProblem(response), response.url);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function readProblem(response: HttpErrorResponse): Problem | null {
  let body: unknown = response.error;
  if (typeof body === 'string') {
    const contentType = response.headers?.get('content-type') ?? '';
    if (!contentType.includes(PROBLEM_CONTENT_TYPE) && !contentType.includes('json')) {
      return null;
    }
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return isProblem(body) ? body : null;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Record<string, unknown>;
  return typeof candidate['title'] === 'string' && typeof candidate['status'] === 'number';
}
