import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** Paginator labels in the active language, refreshed when the language changes. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.refresh());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.transloco.translate('paginator.rangeEmpty', { total: length });
    }
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', { start, end, total: length });
  };

  private refresh(): void {
    const t = (key: string) => this.transloco.translate(`paginator.${key}`);
    this.itemsPerPageLabel = t('itemsPerPage');
    this.firstPageLabel = t('firstPage');
    this.previousPageLabel = t('previousPage');
    this.nextPageLabel = t('nextPage');
    this.lastPageLabel = t('lastPage');
    this.changes.next();
  }
}
