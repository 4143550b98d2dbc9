import { PROBLEM_CONTENT_TYPE } from '@cocrea/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RateLimitedException } from './app-exception';
import { classifyError } from './classify-error';
import { buildProblem, preferredLanguage } from './problem';

/** What an error answers, whichever layer sends it (Nest's filter, Express's error middleware, an early route). */
export interface ProblemAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The request fields a problem depends on. */
export interface ProblemRequest {
  method: string;
  /** The path without the query (names an unknown route). */
  path: string;
  /** The url as requested (the problem's `instance`). */
  url: string;
  acceptLanguage: string | undefined;
}

/** The problem+json answer to `exception`, in the language the client prefers; a 5xx is logged with its stack. */
export function problemAnswer(exception: unknown, request: ProblemRequest, logger: Logger): ProblemAnswer {
  const isUnknownRoute = exception instanceof NotFoundException && /^Cannot \w+ /.test(exception.message);
  const classified = isUnknownRoute
    ? { code: 'route_not_found' as const, params: { method: request.method, path: request.path } }
    : classifyError(exception);
  const problem = buildProblem(classified.code, {
    params: classified.params,
    errors: classified.errors,
    instance: request.url,
    language: preferredLanguage(request.acceptLanguage),
  });
  if (problem.status >= 500) logger.error(exception instanceof Error ? exception.stack : String(exception));
  // A route's own Cache-Control is set before its pipes run; an error must never be kept by a shared cache, and its
  // language follows Accept-Language.
  const headers: Record<string, string> = {
    'Cache-Control': 'no-store',
    Vary: 'Accept-Language',
    'Content-Type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
  };
  if (exception instanceof RateLimitedException) headers['Retry-After'] = String(exception.retryAfterSeconds);
  return { status: problem.status, headers, body: JSON.stringify(problem) };
}

export function sendProblem(exception: unknown, request: Request, response: Response, logger: Logger): void {
  const answer = problemAnswer(
    exception,
    { method: request.method, path: request.path, url: request.originalUrl, acceptLanguage: request.headers['accept-language'] },
    logger,
  );
  if (response.headersSent) return;
  for (const [name, value] of Object.entries(answer.headers)) {
    if (name === 'Vary') response.vary(value);
    else response.setHeader(name, value);
  }
  response.status(answer.status).send(answer.body);
}

/** Every error, from any route, leaves as RFC 9457 problem+json in Spanish and English. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<Request>(), http.getResponse<Response>(), this.logger);
  }
}

/** Express error middleware for what fails before Nest routes run (body parsing). */
export function problemMiddleware(logger = new Logger('Problem')) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (!error) return next();
    sendProblem(error, request, response, logger);
  };
}
