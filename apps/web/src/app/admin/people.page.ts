import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PersonEntry } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AdminApi } from './admin.api';
import { AdminList } from './admin-list';
import { PagedList } from './paged-list';

/** `/admin/personas`: everyone with an account or a seat (the deactivated marked), searched by name or e-mail, each one editable. */
@Component({
  selector: 'cc-admin-people-page',
  imports: [RouterLink, MatTableModule, MatAnchor, TranslocoPipe, AdminList],
  templateUrl: './people.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPeoplePage {
  private readonly api = inject(AdminApi);
  protected readonly list = new PagedList<PersonEntry>((query) => this.api.people(query, 'all'));
  protected readonly columns = ['name', 'email', 'organization', 'edit'];

  constructor() {
    this.list.reload();
  }
}
