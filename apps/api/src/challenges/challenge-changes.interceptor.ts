import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';
import { ChallengeAccess } from './challenge-access';

const CAUGHT_UP_LATER = 'challenges:caught-up-later';

/**
 * Marks a write whose effect the public pages pick up at their next refresh instead of at once: a support, of which
 * the vote's last hours bring thousands a second, each of which would otherwise rebuild every challenge's ranking.
 */
export const CaughtUpLater = () => SetMetadata(CAUGHT_UP_LATER, true);

/**
 * After every successful write to challenges (an idea, an answer, a score, a winner, a pilot, a calendar), drops
 * what this instance keeps of challenges, so the author and the public see it on their next read. One hook for
 * every route of the controllers it decorates, so no write can forget it.
 */
@Injectable()
export class ChallengeChangesInterceptor implements NestInterceptor {
  constructor(
    private readonly access: ChallengeAccess,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { method } = context.switchToHttp().getRequest<Request>();
    const write = method !== 'GET' && method !== 'HEAD' && !this.reflector.get<boolean>(CAUGHT_UP_LATER, context.getHandler());
    return write ? next.handle().pipe(tap(() => this.access.changed())) : next.handle();
  }
}
