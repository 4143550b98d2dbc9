import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';

/** The shared paginator labels, except that the list counts sessions, not members. */
@Injectable()
export class SessionsPaginatorIntl extends TranslatedPaginatorIntl {
  constructor() {
    super();
    const transloco = inject(TranslocoService);
    // Subscribed after the parent's, so on every language change this label lands last.
    transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        this.itemsPerPageLabel = transloco.translate('sessions.perPage');
        this.changes.next();
      });
  }
}
