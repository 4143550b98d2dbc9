import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { readsCommission } from '../core/auth/access';
import { AuthService } from '../core/auth/auth.service';
import { FORBIDDEN_PAGE } from '../core/auth/auth.guards';
import { isApiError } from '../core/http/api-error';
import { SessionsApi } from './sessions.api';

/**
 * Who may open a session's room or minutes. A seat in a commission opens them; anyone else (a member's
 * representative) only when the api lets them into that room, so a representative reaches the session their letter
 * names while a partner sees the 403 page at the same URL. The api stays the judge either way.
 */
export const roomGuard: CanActivateFn = async (route) => {
  if (readsCommission(inject(AuthService).me())) return true;
  const router = inject(Router);
  const api = inject(SessionsApi);
  try {
    await firstValueFrom(api.state(route.paramMap.get('id') ?? ''));
    return true;
  } catch (error) {
    if (isApiError(error) && error.status === 403) {
      return new RedirectCommand(router.parseUrl(FORBIDDEN_PAGE), { skipLocationChange: true });
    }
    // Anything else (a missing session, a network failure) is the room page's to explain.
    return true;
  }
};
