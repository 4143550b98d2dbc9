import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { can } from '@cocrea/domain';
import { isAdmin } from '../core/auth/access';
import { AuthService } from '../core/auth/auth.service';

/** `/admin`: the way into each administration screen the person may use (the same rule the api applies). */
@Component({
  selector: 'cc-admin-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.scss',
  template: `
    <h1 tabindex="-1">{{ 'admin.title' | transloco }}</h1>
    <p class="intro">{{ 'admin.intro' | transloco }}</p>
    <ul class="links">
      @for (link of links(); track link.path) {
        <li>
          <a [routerLink]="link.path">
            <strong>{{ 'admin.sections.' + link.key + '.title' | transloco }}</strong>
            <span class="muted">{{ 'admin.sections.' + link.key + '.description' | transloco }}</span>
          </a>
        </li>
      }
    </ul>
  `,
})
export class AdminPage {
  private readonly me = inject(AuthService).me;

  protected readonly links = computed(() => {
    const me = this.me();
    if (!me) return [];
    return [
      { key: 'commissions', path: '/admin/comisiones', shown: can(me, 'commissions.write') },
      { key: 'people', path: '/admin/personas', shown: can(me, 'people.write') },
      { key: 'organizations', path: '/admin/organizaciones', shown: can(me, 'organizations.write') },
      { key: 'members', path: '/admin/integrantes', shown: can(me, 'members.write') },
      { key: 'activity', path: '/admin/actividad', shown: can(me, 'audit.read') },
      { key: 'outbox', path: '/admin/correo', shown: isAdmin(me) },
    ].filter((link) => link.shown);
  });
}
