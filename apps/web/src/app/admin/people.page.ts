import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PersonEntry } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { ErrorPanel } from '../core/ui/error-panel';
import { AdminApi } from './admin.api';
import { PagedList } from './paged-list';

/** `/admin/personas`: everyone with an account or a seat (the deactivated marked), searched by name or e-mail, each one editable. */
@Component({
  selector: 'cc-admin-people-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginator,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatAnchor,
    TranslocoPipe,
    ErrorPanel,
  ],
  templateUrl: './people.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
})
export class AdminPeoplePage {
  private readonly api = inject(AdminApi);
  protected readonly list = new PagedList<PersonEntry>((query) => this.api.people(query, 'all'));
  protected readonly columns = ['name', 'email', 'organization', 'edit'];

  constructor() {
    this.list.reload();
  }
}
