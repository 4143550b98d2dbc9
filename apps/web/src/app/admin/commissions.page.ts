import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PercentPipe } from '@angular/common';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Commission } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { ErrorPanel } from '../core/ui/error-panel';
import { AdminApi } from './admin.api';
import { PagedList } from './paged-list';

/** `/admin/comisiones`: every commission of the installation, oldest first, each one editable (platform admins). */
@Component({
  selector: 'cc-admin-commissions-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PercentPipe,
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
  templateUrl: './commissions.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
})
export class AdminCommissionsPage {
  private readonly api = inject(AdminApi);
  protected readonly list = new PagedList<Commission>((query) => this.api.commissions(query));
  protected readonly columns = ['name', 'agreementPrefix', 'quorum', 'members', 'edit'];

  constructor() {
    this.list.reload();
  }
}
