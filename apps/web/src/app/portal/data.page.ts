import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { of } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';

/** The open data index: each data set, its downloads, and a dictionary of its fields. */
@Component({
  selector: 'cc-portal-data-page',
  imports: [MatAnchor, MatProgressBar, TranslocoPipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <h1 tabindex="-1">{{ 'portal.data.title' | transloco }}</h1>
    <p class="lead">{{ 'portal.data.intro' | transloco }}</p>
    <p>
      <a href="/api/docs">{{ 'portal.data.apiDocs' | transloco }}</a>
    </p>
    @if (datasets.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (datasets.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.data.loadError" (retry)="datasets.reload()" />
    } @else if (datasets.value(); as sets) {
      @for (d of sets; track d.name) {
        <section [attr.aria-labelledby]="'dataset-' + d.name">
          <h2 [id]="'dataset-' + d.name">{{ d.title[lang()] }}</h2>
          <p>{{ d.description[lang()] }}</p>
          <div class="filters">
            <a mat-stroked-button [href]="d.csvUrl" download>{{ 'portal.download.csv' | transloco: { what: d.title[lang()] } }}</a>
            <a mat-stroked-button [href]="d.jsonUrl" download>{{ 'portal.download.json' | transloco: { what: d.title[lang()] } }}</a>
          </div>
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">
                {{
                  'portal.data.fieldsOf' | transloco: { what: d.title[lang()] }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'portal.data.field' | transloco }}</th>
                  <th scope="col">{{ 'portal.data.type' | transloco }}</th>
                  <th scope="col">{{ 'portal.data.description' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (f of d.fields; track f.name) {
                  <tr>
                    <th scope="row">
                      <code>{{ f.name }}</code>
                    </th>
                    <td>{{ f.type }}</td>
                    <td>{{ f.description[lang()] }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
    }
  `,
})
export class PortalDataPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly datasets = loadFrom(of(null), () => this.api.datasets());
  /** The data dictionary is written in both languages; English readers get English. */
  protected readonly lang = computed(() => (this.locale() === 'en' ? 'en' : 'es'));
}
