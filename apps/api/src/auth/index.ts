/**
 * The auth domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { credentialsFrom } from './access.guard';
// The route access its guard enforces, declared in common/route-access.ts so the domains auth reads can use it too.
export { Authenticated, CurrentUser, PERMISSION_KEY, PUBLIC_KEY, Public, RequirePermission } from '../common/route-access';
export type { AuthenticatedUser, PermissionRequirement } from '../common/route-access';
export { AuthModule } from './auth.module';
export { AuthService } from './auth.service';
export { handshakeTokenFrom, sameOriginHandshake } from './handshake';
export { LoginRateLimitGuard } from './login-rate-limit.guard';
export { SIGN_IN_TTL_MS } from './sign-in-cache';
