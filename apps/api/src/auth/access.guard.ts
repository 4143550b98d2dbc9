import { SESSION_COOKIE } from '@cocrea/contracts';
import { can } from '@cocrea/domain';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppException } from '../common/problem';
import { AUTHENTICATED_KEY, PERMISSION_KEY, PermissionRequirement, PUBLIC_KEY } from './auth.decorators';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';

export function tokenFrom(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || undefined;
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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const token = tokenFrom(request);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) throw new AppException('unauthenticated');
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
