import { DestroyRef, ChangeDetectionStrategy, Component, Injectable, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PublicDatasetName } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { PublicRoutes } from './portal.types';

/** CSV and JSON downloads of a whole open data set; the CSV is UTF-8 with a BOM so spreadsheets read accents right. */
@Component({
  selector: 'cc-download-links',
  imports: [MatAnchor, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="downloads no-print" role="group" [attr.aria-label]="'portal.download.label' | transloco">
      <a mat-stroked-button [href]="csv()" download>{{ 'portal.download.csv' | transloco: { what: what() | transloco } }}</a>
      <a mat-stroked-button [href]="json()" download>{{ 'portal.download.json' | transloco: { what: what() | transloco } }}</a>
      <a mat-button routerLink="/portal/data" [queryParams]="{ commissionId: commissionId() }">{{
        'portal.download.dictionary' | transloco
      }}</a>
    </div>
  `,
  styles: `
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class DownloadLinks {
  readonly dataset = input.required<PublicDatasetName>();
  /** Translation key naming the data set ("acuerdos"). */
  readonly what = input.required<string>();
  /** A list narrowed to one commission (`?commissionId=`) downloads that commission's rows only. */
  protected readonly commissionId = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((q) => q.get('commissionId'))));
  protected readonly csv = computed(() => PublicRoutes.dataset(this.dataset(), 'csv', this.commissionId()));
  protected readonly json = computed(() => PublicRoutes.dataset(this.dataset(), 'json', this.commissionId()));
}

/** The shared paginator labels, counting results rather than members. */
@Injectable()
export class PortalPaginatorIntl extends TranslatedPaginatorIntl {
  constructor() {
    super();
    const transloco = inject(TranslocoService);
    // Subscribed after the parent's, so on every language change this label lands last.
    transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        this.itemsPerPageLabel = transloco.translate('portal.perPage');
        this.changes.next();
      });
  }
}
