import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from './portal-load';
import { PrintButton } from './portal-ui';

/** A published document version (its public version when personal data was redacted), citable by its URL. */
@Component({
  selector: 'cc-portal-document-version-page',
  imports: [MatProgressBar, TranslocoPipe, ErrorPanel, PrintButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    @if (version.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (version.error(); as error) {
      <h1 tabindex="-1">{{ 'portal.document.pageTitle' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="portal.document.loadError" (retry)="version.reload()" />
    } @else if (version.value(); as v) {
      <div class="heading">
        <h1 tabindex="-1">{{ v.documentTitle }}</h1>
        <cc-print-button />
      </div>
      <p class="lead">{{ 'portal.document.published' | transloco: { label: v.label, date: day(v.publishedAt) } }}</p>
      <!-- Sanitised by Angular's [innerHTML]; the server sends the published HTML only. -->
      <article class="document" [innerHTML]="v.html"></article>
    }
  `,
})
export class PortalDocumentVersionPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly version = loadFrom(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? '')), (id) =>
    this.api.documentVersion(id),
  );

  protected day(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }
}
