import { Injectable, Logger } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthService, credentialsFrom } from '../auth';
import type { EarlyContext, EarlyRoute } from '../common/http/early-routes';
import { problemAnswer } from '../common/problem';
import { UuidParamSchema } from '../common/uuid-param';
import { ChallengeWriteRateLimitGuard } from './challenge-write-rate-limit.guard';
import { IdeasService } from './ideas.service';

const SUPPORT = /^\/api\/challenge-ideas\/([^/?#]+)\/support(?:\?|$)/;
/** The route template of ChallengesController.support, as the request metrics name it. */
const ROUTE = '/api/challenge-ideas/:ideaId/support';

/**
 * `PUT /api/challenge-ideas/:ideaId/support` with a bearer token and no body, answered as an early route
 * (common/http/early-routes.ts): a challenge's last hours bring thousands of supports a second, and Express's and
 * Nest's pipeline cost more than the support itself. It runs the route's own steps, calling the same functions in the
 * same order as ChallengesController.support behind its guards: the id is the same UUID schema's (UuidParam), the
 * sign-in AuthService.requireSignIn (AccessGuard's), the write limit ChallengeWriteRateLimitGuard.count, the phase,
 * limit and batch IdeasService.support, errors problemAnswer (the ProblemFilter's); the answer carries the app's
 * security headers and `no-store`. A support is caught up by the public pages later (`@CaughtUpLater`), so the
 * route's interceptor has nothing to do. A session cookie (whose write needs the CSRF check), a body, or an id that
 * is not a UUID go on to the app untouched.
 */
@Injectable()
export class SupportEarlyRoute implements EarlyRoute {
  private readonly logger = new Logger('Problem');

  constructor(
    private readonly auth: AuthService,
    private readonly writeLimit: ChallengeWriteRateLimitGuard,
    private readonly ideas: IdeasService,
  ) {}

  answer(request: IncomingMessage, response: ServerResponse, context: EarlyContext): boolean {
    if (request.method !== 'PUT') return false;
    const ideaId = SUPPORT.exec(request.url ?? '')?.[1];
    if (!ideaId || !UuidParamSchema.safeParse(ideaId).success || hasBody(request)) return false;
    const credentials = credentialsFrom(request);
    if (credentials?.via !== 'bearer') return false;
    // serve() answers every outcome itself; should even that fail, the connection is closed, never left hanging.
    this.serve(request, response, context, ideaId, credentials.token).catch(() => response.destroy());
    return true;
  }

  private async serve(request: IncomingMessage, response: ServerResponse, context: EarlyContext, ideaId: string, token: string) {
    const timed = context.timeAnswer?.('PUT', ROUTE);
    let status = 200;
    try {
      const user = await this.auth.requireSignIn(token);
      await this.writeLimit.count(user.me.id, context.clientAddress(request));
      const body = JSON.stringify(await this.ideas.support(user.me, ideaId));
      response
        .writeHead(200, {
          ...context.securityHeaders,
          'Cache-Control': 'no-store',
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': String(Buffer.byteLength(body)),
        })
        .end(body);
    } catch (error) {
      const url = request.url ?? '';
      const problem = problemAnswer(
        error,
        { method: 'PUT', path: url.split('?')[0], url, acceptLanguage: request.headers['accept-language'] },
        this.logger,
      );
      status = problem.status;
      response.writeHead(status, { ...context.securityHeaders, ...problem.headers }).end(problem.body);
    }
    timed?.(status);
  }
}

/** Whether a body follows the headers (the app's route takes none; one is left to Express's parser). */
function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
