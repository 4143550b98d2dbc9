import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Organization } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AdminApi } from './admin.api';
import { AdminList } from './admin-list';
import { PagedList } from './paged-list';

/** `/admin/organizaciones`: the institutions people belong to, searched by name, each one editable. */
@Component({
  selector: 'cc-admin-organizations-page',
  imports: [RouterLink, MatTableModule, MatAnchor, TranslocoPipe, AdminList],
  templateUrl: './organizations.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminOrganizationsPage {
  private readonly api = inject(AdminApi);
  protected readonly list = new PagedList<Organization>((query) => this.api.organizations(query));
  protected readonly columns = ['name', 'kind', 'state', 'edit'];

  constructor() {
    this.list.reload();
  }
}
