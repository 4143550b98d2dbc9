import { PROBLEM_CONTENT_TYPE } from '@cocrea/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RateLimitedException } from './app-exception';
import { classifyError } from './classify-error';
import { buildProblem, preferredLanguage } from './problem';

export function sendProblem(exception: unknown, request: Request, response: Response, logger: Logger): void {
  const isUnknownRoute = exception instanceof NotFoundException && /^Cannot \w+ /.test(exception.message);
  const classified = isUnknownRoute
    ? { code: 'route_not_found' as const, params: { method: request.method, path: request.path } }
    : classifyError(exception);
  const problem = buildProblem(classified.code, {
    params: classified.params,
    errors: classified.errors,
    instance: request.originalUrl,
    language: preferredLanguage(request.headers['accept-language']),
  });
  if (problem.status >= 500) logger.error(exception instanceof Error ? exception.stack : String(exception));
  if (response.headersSent) return;
  // A route's own Cache-Control is set before its pipes run; an error must never be kept by a shared cache, and its
  // language follows Accept-Language.
  response.setHeader('Cache-Control', 'no-store');
  response.vary('Accept-Language');
  if (exception instanceof RateLimitedException) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
  response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
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
