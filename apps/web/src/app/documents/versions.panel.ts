import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Contributions, DocumentDetail, DocumentVersion, VersionDiff } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { confirmAction } from '../core/ui/confirm-dialog';
import { DocumentsApi } from './documents.api';
import { PanelRequests } from './panel-requests';
import { PublicVersionPanel } from './public-version.panel';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';

/** Versions: name the current text, compare two as a word diff, restore one (as a new version), export and publish. */
@Component({
  selector: 'cc-versions-panel',
  imports: [ReactiveFormsModule, CommissionTimePipe, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe, PublicVersionPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (document().mayDecide) {
      <form class="compose" (submit)="$event.preventDefault(); name()">
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'documents.versions.name' | transloco }}</mat-label>
          <input matInput [formControl]="versionName" data-testid="version-name" />
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="requests.busy()">{{ 'documents.versions.save' | transloco }}</button>
      </form>
    }
    <p class="error" role="alert">{{ requests.error() }}</p>
    <p class="hint" role="status">
      @if (saved()) {
        {{ 'documents.versions.saved' | transloco }}
      }
    </p>
    @if (versions().length === 0) {
      <p class="empty">{{ 'documents.versions.empty' | transloco }}</p>
    }
    <ul class="items">
      @for (v of versions(); track v.id) {
        <li class="item">
          <p class="meta">
            <label>
              <input type="checkbox" [checked]="compare().includes(v.id)" (change)="toggleCompare(v.id)" />
              <strong>{{ 'documents.versions.number' | transloco: { number: v.number } }}</strong>
              {{ v.name ?? ('documents.versions.kinds.' + v.kind | transloco) }}
            </label>
            @if (v.published) {
              <span class="chip">{{ 'documents.versions.published' | transloco }}</span>
            }
          </p>
          <p class="small">
            {{ v.createdAt | commissionTime: locale() }}
            @if (v.createdBy) {
              · {{ v.createdBy.name }}
            }
          </p>
          <div class="row">
            <a mat-button [href]="api.exportUrl(document().id, v.id, 'md')" download>{{ 'documents.versions.exportMd' | transloco }}</a>
            <a mat-button [href]="api.exportUrl(document().id, v.id, 'pdf')" download>{{ 'documents.versions.exportPdf' | transloco }}</a>
            <a mat-button [href]="api.exportUrl(document().id, v.id, 'docx')" download>{{ 'documents.versions.exportDocx' | transloco }}</a>
            @if (document().mayDecide) {
              <button mat-button type="button" (click)="restore(v)">{{ 'documents.versions.restore' | transloco }}</button>
              @if (!v.published) {
                <button mat-button type="button" (click)="publish(v)">{{ 'documents.versions.publish' | transloco }}</button>
              }
              <button mat-button type="button" [attr.aria-expanded]="redacting() === v.id" (click)="toggleRedacting(v.id)">
                {{ 'documents.publicVersion.open' | transloco }}
              </button>
            }
          </div>
        </li>
      }
    </ul>
    @if (redactedVersion(); as v) {
      <cc-public-version-panel [version]="v" />
    }
    @if (compare().length === 2) {
      <button mat-stroked-button type="button" (click)="showDiff()">{{ 'documents.versions.compare' | transloco }}</button>
    }
    @if (diff(); as d) {
      <section class="diff" [attr.aria-label]="'documents.versions.diffLabel' | transloco: { from: d.from.number, to: d.to.number }">
        @for (part of d.parts; track $index) {
          @if (part.added) {
            <ins>{{ part.value }}</ins>
          } @else if (part.removed) {
            <del>{{ part.value }}</del>
          } @else {
            <span>{{ part.value }}</span>
          }
        }
      </section>
    }
  `,
  styleUrl: './document.panels.scss',
})
export class VersionsPanel {
  protected readonly api = inject(DocumentsApi);
  private readonly dialog = inject(MatDialog);
  protected readonly locale = inject(LocaleService).locale;

  readonly document = input.required<DocumentDetail>();
  readonly versions = input.required<DocumentVersion[]>();
  readonly changed = output<void>();

  protected readonly versionName = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] });
  protected readonly requests = new PanelRequests(this.changed);
  /** Says "version saved" after the last name was taken (a status line, read out by screen readers). */
  protected readonly saved = signal(false);
  protected readonly compare = signal<string[]>([]);
  protected readonly diff = signal<VersionDiff | null>(null);
  /** The version whose versión pública is open below the list. */
  protected readonly redacting = signal<string | null>(null);
  protected readonly redactedVersion = computed(() => this.versions().find((v) => v.id === this.redacting()) ?? null);

  protected name(): void {
    if (this.versionName.invalid) return;
    this.saved.set(false);
    this.requests.run(this.api.nameVersion(this.document().id, this.versionName.value.trim()), () => {
      this.versionName.reset();
      this.saved.set(true);
    });
  }

  protected toggleCompare(id: string): void {
    this.compare.update((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids.slice(-1), id]));
    this.diff.set(null);
  }

  protected toggleRedacting(id: string): void {
    this.redacting.update((open) => (open === id ? null : id));
  }

  protected showDiff(): void {
    const ids = this.compare();
    const ordered = this.versions()
      .filter((v) => ids.includes(v.id))
      .sort((a, b) => a.number - b.number);
    this.api.diff(this.document().id, ordered[0].id, ordered[1].id).subscribe({
      next: (d) => this.diff.set(d),
      error: (error: unknown) => this.requests.error.set(this.requests.describe(error)),
    });
  }

  protected restore(v: DocumentVersion): void {
    confirmAction(this.dialog, {
      title: 'documents.versions.restoreTitle',
      message: 'documents.versions.restoreMessage',
      confirm: 'documents.versions.restore',
      params: { number: String(v.number) },
    }).subscribe((confirmed) => {
      if (confirmed) this.requests.run(this.api.restore(this.document().id, v.id));
    });
  }

  protected publish(v: DocumentVersion): void {
    confirmAction(this.dialog, {
      title: 'documents.versions.publishTitle',
      message: 'documents.versions.publishMessage',
      confirm: 'documents.versions.publish',
      params: { number: String(v.number) },
    }).subscribe((confirmed) => {
      if (confirmed) this.requests.run(this.api.publish(this.document().id, v.id));
    });
  }
}

/** Who wrote what share of the text, and whose proposals were accepted, per person and organization. */
@Component({
  selector: 'cc-contributions-panel',
  imports: [PercentPipe, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (contributions(); as c) {
      @if (c.people.length === 0) {
        <p class="empty">{{ 'documents.contributions.empty' | transloco }}</p>
      } @else {
        <table class="table">
          <caption>
            {{
              'documents.contributions.people' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'documents.contributions.person' | transloco }}</th>
              <th scope="col">{{ 'documents.contributions.share' | transloco }}</th>
              <th scope="col">{{ 'documents.contributions.accepted' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of c.people; track p.person.id) {
              <tr>
                <td>
                  {{ p.person.name }}
                  @if (p.person.organization) {
                    ({{ p.person.organization.shortName || p.person.organization.name }})
                  }
                </td>
                <td>{{ p.share | percent: '1.0-1' : locale() }}</td>
                <td>{{ p.acceptedProposals }}</td>
              </tr>
            }
          </tbody>
        </table>
        <table class="table">
          <caption>
            {{
              'documents.contributions.organizations' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'documents.contributions.organization' | transloco }}</th>
              <th scope="col">{{ 'documents.contributions.accepted' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (o of c.organizations; track o.organizationId) {
              <tr>
                <td>{{ o.organizationName ?? ('documents.contributions.noOrganization' | transloco) }}</td>
                <td>{{ o.acceptedProposals }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      <div class="row">
        <a mat-button [href]="api.contributionsExportUrl(documentId(), 'csv')" download>CSV</a>
        <a mat-button [href]="api.contributionsExportUrl(documentId(), 'json')" download>JSON</a>
      </div>
    }
  `,
  styleUrl: './document.panels.scss',
})
export class ContributionsPanel {
  protected readonly api = inject(DocumentsApi);
  protected readonly locale = inject(LocaleService).locale;
  readonly documentId = input.required<string>();
  readonly contributions = input.required<Contributions | null>();
}
