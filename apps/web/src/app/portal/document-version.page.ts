import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { PrintButton } from '../core/ui/print-button';

/** A published document version (its versión pública when personal data was redacted), citable by its URL. */
@Component({
  selector: 'cc-portal-document-version-page',
  imports: [RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel, PrintButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  styles: `
    .document {
      white-space: pre-wrap;
      max-width: 80ch;
    }
  `,
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
      <p class="lead">
        {{ v.name ?? ('portal.documents.version' | transloco: { number: v.number }) }}
        @if (v.publishedAt) {
          · {{ 'portal.document.published' | transloco: { date: day(v.publishedAt) } }}
        }
        @if (v.groupId) {
          · <a [routerLink]="['/portal/groups', v.groupId]">{{ v.groupName }}</a>
        }
        @if (v.meetingId) {
          · <a [routerLink]="['/portal/sessions', v.meetingId]">{{ 'portal.document.session' | transloco }}</a>
        }
      </p>
      @if (v.redacted) {
        <p class="chip">{{ 'portal.document.redacted' | transloco }}</p>
      }
      <article class="document">{{ v.text }}</article>
    }
  `,
})
export class PortalDocumentVersionPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly version = loadFrom(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? '')), (id) => this.api.document(id));

  protected day(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }
}
