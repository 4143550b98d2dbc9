import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PercentPipe } from '@angular/common';
import { MatAnchor } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Commission } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AdminApi } from './admin.api';
import { AdminList } from './admin-list';
import { PagedList } from './paged-list';

/** `/admin/comisiones`: every commission of the installation, oldest first, each one editable (platform admins). */
@Component({
  selector: 'cc-admin-commissions-page',
  imports: [RouterLink, PercentPipe, MatTableModule, MatAnchor, TranslocoPipe, AdminList],
  templateUrl: './commissions.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCommissionsPage {
  private readonly api = inject(AdminApi);
  protected readonly list = new PagedList<Commission>((query) => this.api.commissions(query));
  protected readonly columns = ['name', 'agreementPrefix', 'quorum', 'members', 'edit'];

  constructor() {
    this.list.reload();
  }
}
