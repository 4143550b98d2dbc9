import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MyChallengeRoles } from '@cocrea/contracts';
import { Observable, catchError, combineLatest, distinctUntilChanged, of } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { Loaded, loadFrom } from '../core/ui/load-from';
import { ChallengesApi } from './challenges.api';

export const NO_ROLES: MyChallengeRoles = { roles: [], conflictIdeaIds: [] };

/**
 * The signed-in person's part in a challenge (manager, juror, conflicts declared), so its pages offer only what the
 * server would accept; a visitor, or a failed read, has none. Call from an injection context.
 */
export function challengeRoles(challengeId: Observable<string>): Loaded<MyChallengeRoles> & { quietReload(): void } {
  const api = inject(ChallengesApi);
  const signedIn = toObservable(inject(AuthService).signedIn);
  return loadFrom(combineLatest([challengeId.pipe(distinctUntilChanged()), signedIn]), ([id, inSession]) =>
    inSession && id ? api.myRoles(id).pipe(catchError(() => of(NO_ROLES))) : of(NO_ROLES),
  );
}
