/**
 * The auth domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { credentialsFrom } from './access.guard';
export { Authenticated, CurrentUser, PERMISSION_KEY, PUBLIC_KEY, Public, RequirePermission } from './auth.decorators';
export type { PermissionRequirement } from './auth.decorators';
export { AuthModule } from './auth.module';
export { AuthService } from './auth.service';
export type { AuthenticatedUser } from './authenticated-user';
export { handshakeTokenFrom, sameOriginHandshake } from './handshake';
export { LoginRateLimitGuard } from './login-rate-limit.guard';
export { PasswordHasher } from './password-hasher';
export { SIGN_IN_TTL_MS } from './sign-in-cache';
