import { ErrorCode } from '@cocrea/contracts';

export interface LocalizedFieldError {
  path: string;
  es: string;
  en: string;
}

/** The one way services signal an expected failure; the problem filter renders it. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string> = {},
    readonly errors?: LocalizedFieldError[],
  ) {
    super(code);
  }
}

/** A refused request (429): when the client may try again, in whole seconds, sent as the standard Retry-After. */
export class RateLimitedException extends AppException {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many_requests');
  }
}

/** `resourceEs` with its article ("una persona"), `resourceEn` without ("person"). */
export const notFound = (resourceEs: string, resourceEn: string) =>
  new AppException('not_found', { 'resource.es': resourceEs, 'resource.en': resourceEn });

export const invalidField = (path: string, es: string, en: string) => new AppException('validation_failed', {}, [{ path, es, en }]);
