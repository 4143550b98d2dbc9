import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { PublicDatasetName } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery } from './portal-query';
import { PublicRoutes } from './portal.types';

/**
 * The open data index: each data set, its downloads, and a dictionary of its fields. The downloads cover every
 * commission, or the one chosen (`?commissionId=`, also set by the links of a commission's pages).
 */
@Component({
  selector: 'cc-portal-data-page',
  imports: [MatAnchor, MatFormField, MatLabel, MatInput, MatProgressBar, TranslocoPipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  styles: `
    .commission-filter {
      width: min(36rem, 100%);
    }
  `,
  template: `
    <h1 tabindex="-1">{{ 'portal.data.title' | transloco }}</h1>
    <p class="lead">{{ 'portal.data.intro' | transloco }}</p>
    <p>
      <a href="/api/docs">{{ 'portal.data.apiDocs' | transloco }}</a>
    </p>
    @if (commissions().length > 1) {
      <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
        <mat-form-field class="commission-filter" subscriptSizing="dynamic">
          <mat-label>{{ 'portal.data.commission' | transloco }}</mat-label>
          <select
            matNativeControl
            data-testid="data-commission"
            [value]="commissionId() ?? ''"
            (change)="list.setFilter({ commissionId: $any($event.target).value })"
          >
            <option value="" [selected]="!commissionId()">{{ 'portal.data.allCommissions' | transloco }}</option>
            @for (c of commissions(); track c.id) {
              <option [value]="c.id" [title]="c.name" [selected]="c.id === commissionId()">{{ c.acronym }} · {{ c.name }}</option>
            }
          </select>
        </mat-form-field>
      </div>
    }
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
            <a mat-stroked-button [href]="download(d.name, 'csv')" download>{{
              'portal.download.csv' | transloco: { what: d.title[lang()] }
            }}</a>
            <a mat-stroked-button [href]="download(d.name, 'json')" download>{{
              'portal.download.json' | transloco: { what: d.title[lang()] }
            }}</a>
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
  protected readonly list = urlListQuery(['commissionId']);
  protected readonly commissionId = computed(() => (this.list.query()['commissionId'] as string | null) ?? null);
  /** The commissions to choose from; without them the page still offers every download. */
  protected readonly commissions = toSignal(
    this.api.commissions().pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  /** The data dictionary is written in both languages; English readers get English. */
  protected readonly lang = computed(() => (this.locale() === 'en' ? 'en' : 'es'));

  protected download(name: PublicDatasetName, format: 'csv' | 'json'): string {
    return PublicRoutes.dataset(name, format, this.commissionId());
  }
}
