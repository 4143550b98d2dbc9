import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Commission, Page, WorkingGroup } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMPTY, Subject, catchError, of, startWith, switchMap, tap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { GroupsApi } from './groups.api';
import { CreateGroupDialog } from './ui/create-group.dialog';
import { can } from '@cocrea/domain';
import { CurrentCommission } from '../core/commission/current-commission';

type StatusFilter = 'active' | 'archived' | 'all';

/** The commission's working groups, with the way to the dashboard and the roadmap. */
@Component({
  selector: 'cc-groups-page',
  imports: [RouterLink, MatAnchor, MatButton, MatFormField, MatLabel, MatSelect, MatOption, MatProgressBar, TranslocoPipe, ErrorPanel],
  templateUrl: './groups.page.html',
  styleUrl: './groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupsPage {
  private readonly api = inject(GroupsApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly reloads = new Subject<void>();

  protected readonly statuses: StatusFilter[] = ['active', 'archived', 'all'];
  protected readonly status = signal<StatusFilter>('active');
  protected readonly commission = signal<Commission | null>(null);
  protected readonly page = signal<Page<WorkingGroup> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  /** Whoever holds groups.write in the commission creates groups (the server checks it again). */
  protected readonly canCreate = computed(() => {
    const me = this.auth.me();
    const commission = this.commission();
    return !!me && !!commission && can(me, 'groups.write', commission.id);
  });
  protected readonly exports = computed(() => {
    const commission = this.commission();
    return commission
      ? { csv: this.api.exportUrl('groups', commission.id, 'csv'), json: this.api.exportUrl('groups', commission.id, 'json') }
      : null;
  });

  constructor() {
    this.reloads
      .pipe(
        startWith(undefined),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(() => {
          const known = this.commission();
          return (known ? of(known) : this.commissionChoice.chosen()).pipe(
            tap((commission) => this.commission.set(commission)),
            switchMap((commission) => (commission ? this.api.groups(commission.id, this.status()) : of(null))),
            catchError((error: unknown) => {
              this.error.set(error);
              this.loading.set(false);
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.page.set(page);
        this.loading.set(false);
      });
  }

  protected setStatus(status: StatusFilter): void {
    this.status.set(status);
    this.reloads.next();
  }

  protected retry(): void {
    this.reloads.next();
  }

  protected create(): void {
    const commission = this.commission();
    if (!commission) return;
    this.dialog
      .open(CreateGroupDialog, { data: { commissionId: commission.id }, width: '560px' })
      .afterClosed()
      .subscribe((created?: { id: string }) => {
        if (created) void this.router.navigate(['/groups', created.id]);
      });
  }
}
