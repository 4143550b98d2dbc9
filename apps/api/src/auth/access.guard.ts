import { CSRF_HEADER, SESSION_COOKIE } from '@cocrea/contracts';
import { can } from '@cocrea/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { AppException } from '../common/problem';
import { AUTHENTICATED_KEY, PERMISSION_KEY, PermissionRequirement, PUBLIC_KEY } from '../common/route-access';
import { AuthService } from './auth.service';
import { CsrfTokens, isStateChanging } from './csrf';
import type { AuthenticatedUser } from '../common/route-access';

/** The session token and how it came: a bearer header wins over the cookie (read once cookie-parser ran). */
export function credentialsFrom(
  request: Pick<IncomingMessage, 'headers'> & { cookies?: unknown },
): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    return token ? { token, via: 'bearer' } : undefined;
  }
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

/**
 * The one guard for every route: public routes pass; everything else needs a session, and routes
 * that name a permission need a role that grants it. A route that declares none of the three is
 * refused, so a new endpoint cannot be left open by forgetting a decorator.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly csrf: CsrfTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: AuthenticatedUser }>();
    const credentials = credentialsFrom(request);
    const user = await this.auth.requireSignIn(credentials?.token);
    if (credentials?.via === 'cookie') {
      if (!isStateChanging(request.method)) this.csrf.ensure(request, http.getResponse<Response>());
      else if (!this.csrf.verify(request)) throw new AppException('csrf_failed', { header: CSRF_HEADER });
    }
    request.user = user;

    const requirement = this.reflector.getAllAndOverride<PermissionRequirement | undefined>(PERMISSION_KEY, targets);
    if (requirement) {
      let commissionId: string | undefined;
      if (requirement.commissionParam) {
        const param = request.params[requirement.commissionParam];
        // A misspelt param must not widen the check to "in any commission".
        if (typeof param !== 'string') throw new Error(`Route declares commission param "${requirement.commissionParam}" but has none`);
        commissionId = param.toLowerCase();
      }
      if (!can(user.me, requirement.permission, commissionId)) throw new AppException('forbidden');
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_KEY, targets)) return true;
    throw new AppException('forbidden');
  }
}
