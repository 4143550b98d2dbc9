import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { GroupRoutes, GroupsAccess } from '@cocrea/contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';

/**
 * Whether the navigation offers "Grupos de trabajo": only to people who can read some group. A commission seat
 * or being an admin says so at once; anyone else (a partner, a representative without a seat) asks the api,
 * which knows whether they take part in a group.
 */
@Injectable({ providedIn: 'root' })
export class GroupsNav {
  private readonly http = inject(HttpClient);

  readonly visible = toSignal(
    toObservable(inject(AuthService).me).pipe(
      switchMap((me) => {
        if (!me) return of(false);
        if (me.platformRole === 'admin' || me.commissions.length > 0) return of(true);
        return this.http.get<GroupsAccess>(GroupRoutes.access).pipe(
          map((access) => access.readsGroups),
          catchError(() => of(false)),
        );
      }),
    ),
    { initialValue: false },
  );
}
