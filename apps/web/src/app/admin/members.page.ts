import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Commission, CommissionMember, Page } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable, of, switchMap, tap } from 'rxjs';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { LocaleService } from '../core/i18n/locale.service';
import { MembersApi } from '../directory/members.api';
import { AdminApi } from './admin.api';
import { AdminList } from './admin-list';
import { PagedList } from './paged-list';
import { CurrentCommission } from '../core/commission/current-commission';

/** `/admin/integrantes`: the commission's membership, current and former, with role, vote and dates. */
@Component({
  selector: 'cc-admin-members-page',
  imports: [RouterLink, MatTableModule, MatAnchor, TranslocoPipe, CalendarDayPipe, AdminList],
  templateUrl: './members.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminMembersPage {
  private readonly api = inject(AdminApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly commissions = inject(MembersApi);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly commission = signal<Commission | null>(null);
  protected readonly columns = ['name', 'role', 'votes', 'since', 'until', 'edit'];
  protected readonly list = new PagedList<CommissionMember>((query) =>
    this.currentCommission().pipe(switchMap((commission) => (commission ? this.api.members(commission.id, query) : this.none()))),
  );

  constructor() {
    this.list.reload();
  }

  private currentCommission(): Observable<Commission | null> {
    const known = this.commission();
    return known ? of(known) : this.commissionChoice.chosen().pipe(tap((commission) => this.commission.set(commission)));
  }

  /** No commission yet: an empty page, so the page says there is nobody rather than failing. */
  private none(): Observable<Page<CommissionMember>> {
    return of({ items: [], total: 0, page: 1, pageSize: this.list.query().pageSize });
  }
}
