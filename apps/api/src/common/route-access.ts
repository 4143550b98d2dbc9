/**
 * Who may call a route: the metadata every controller declares (Public, Authenticated, RequirePermission) and the
 * signed-in caller it is handed (CurrentUser). The auth domain's AccessGuard enforces them. They live here, below every
 * domain, because the domains auth reads (people, commissions, organizations, audit) declare routes too; the auth
 * domain's front door exports them as well.
 */
import { Me, Permission } from '@cocrea/contracts';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

/** A caller as the AccessGuard found them: their account and the login session the request came with. */
export interface AuthenticatedUser {
  me: Me;
  sessionId: string;
}

export const PUBLIC_KEY = 'cocrea:public';
export const PERMISSION_KEY = 'cocrea:permission';
export const AUTHENTICATED_KEY = 'cocrea:authenticated';

export interface PermissionRequirement {
  permission: Permission;
  /** Route param holding the commission the permission applies to; absent means "in any commission". */
  commissionParam?: string;
}

/** Open to anyone, without a session (login, health, the public portal). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Any signed-in person may call it. Declared explicitly so no route is open by omission. */
export const Authenticated = () => SetMetadata(AUTHENTICATED_KEY, true);

/** Only callers whose role grants `permission` (see `can` in libs/domain). */
export const RequirePermission = (permission: Permission, commissionParam?: string) =>
  SetMetadata(PERMISSION_KEY, { permission, commissionParam } satisfies PermissionRequirement);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
  if (!request.user) throw new Error('CurrentUser used on a route without authentication');
  return request.user;
});
