import { ErrorCode } from '@cocrea/contracts';
import { HttpException, HttpStatus } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import { z } from 'zod';
import { AppException, LocalizedFieldError } from './app-exception';

export interface Classified {
  code: ErrorCode;
  params?: Record<string, string>;
  errors?: LocalizedFieldError[];
}

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'validation_failed',
  [HttpStatus.UNAUTHORIZED]: 'unauthenticated',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.NOT_FOUND]: 'not_found',
  [HttpStatus.CONFLICT]: 'conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'payload_too_large',
  [HttpStatus.TOO_MANY_REQUESTS]: 'too_many_requests',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'service_unavailable',
};

/** Postgres SQLSTATEs that come from bad input or races on unique keys, never from bugs. */
const SQLSTATE_CODES: Record<string, ErrorCode> = {
  '23505': 'conflict',
  '23503': 'conflict',
  '22P02': 'validation_failed',
  '22007': 'validation_failed',
  '22008': 'validation_failed',
  '22001': 'validation_failed',
  '22021': 'validation_failed',
  '23514': 'validation_failed',
  '57P01': 'service_unavailable',
  '57P03': 'service_unavailable',
};

const UNAVAILABLE =
  /ECONNREFUSED|connect ENOENT|Connection terminated|connect ETIMEDOUT|timeout exceeded|Query read timeout|Too many connections|MaxRetriesPerRequestError|Reached the max retries per request|Stream isn't writeable|Connection is closed/i;

/** body-parser and http-errors failures: `expose` marks a client error that is safe to report. */
interface BodyParserError {
  type?: string;
  limit?: number;
  status?: number;
  expose?: boolean;
}

const spanish = z.locales.es().localeError;
const english = z.locales.en().localeError;

/** A contract's own refinement may carry its message in both languages as `params.messages`. */
function ownMessage(issue: z.core.$ZodIssue, language: 'es' | 'en'): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const messages = (issue.params as { messages?: Partial<Record<'es' | 'en', string>> } | undefined)?.messages;
  return messages?.[language];
}

function localeMessage(format: typeof spanish, issue: z.core.$ZodIssue, language: 'es' | 'en'): string {
  const own = ownMessage(issue, language);
  if (own) return own;
  const result = format(issue as unknown as Parameters<typeof spanish>[0]);
  return typeof result === 'string' ? result : (result?.message ?? issue.message);
}

function zodFieldErrors(error: unknown): LocalizedFieldError[] {
  if (!(error instanceof z.ZodError)) return [];
  return error.issues.map((issue) => ({
    path: issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.path.map(String).join('.'),
    es: localeMessage(spanish, issue, 'es'),
    en: localeMessage(english, issue, 'en'),
  }));
}

export function classifyError(exception: unknown): Classified {
  if (exception instanceof AppException) return { code: exception.code, params: exception.params, errors: exception.errors };
  if (exception instanceof ZodValidationException) {
    return { code: 'validation_failed', errors: zodFieldErrors(exception.getZodError()) };
  }
  const parserError = exception as BodyParserError;
  if (parserError?.type === 'entity.parse.failed') return { code: 'malformed_body' };
  if (parserError?.type === 'entity.too.large') return { code: 'payload_too_large', params: { limit: `${parserError.limit} B` } };
  if (parserError?.type === 'charset.unsupported' || parserError?.type === 'encoding.unsupported') return { code: 'malformed_body' };
  if (parserError?.expose && typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return { code: parserError.status === 413 ? 'payload_too_large' : 'malformed_body' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { code: HTTP_STATUS_CODES[status] ?? (status >= 500 ? 'internal' : 'validation_failed') };
  }
  if (exception instanceof QueryFailedError) {
    const sqlState = (exception.driverError as { code?: string } | undefined)?.code;
    if (sqlState && SQLSTATE_CODES[sqlState]) return { code: SQLSTATE_CODES[sqlState] };
  }
  if (exception instanceof Error && UNAVAILABLE.test(exception.message)) return { code: 'service_unavailable' };
  return { code: 'internal' };
}
