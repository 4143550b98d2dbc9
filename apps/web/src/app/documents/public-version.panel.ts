import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { DocumentVersion, PublicVersionView } from '@cocrea/contracts';
import { RedactionRange, redact } from '@cocrea/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import { problemMessage } from '../core/http/server-errors';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { LocaleService } from '../core/i18n/locale.service';
import { confirmAction } from '../core/ui/confirm-dialog';
import { addRedaction, selectedRange } from './public-version-ranges';

/**
 * A version's versión pública: the person selects passages of the version's text to redact ("testar"), sees them
 * listed and previewed with the marker, and publishes the redacted text the portal shows instead of the original.
 * Shown to those who may edit the document; a published version keeps the versión pública it had.
 */
@Component({
  selector: 'cc-public-version-panel',
  imports: [MatButton, TranslocoPipe, CommissionTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./document.panels.scss', './public-version.panel.scss'],
  template: `
    <section class="public-version" [attr.aria-labelledby]="'public-version-title-' + version().id">
      <h3 [id]="'public-version-title-' + version().id" tabindex="-1" #title>
        {{ 'documents.publicVersion.title' | transloco: { number: version().number } }}
      </h3>
      @if (loading()) {
        <p class="hint" role="status">{{ 'documents.publicVersion.loading' | transloco }}</p>
      } @else if (loadError(); as message) {
        <p class="error" role="alert">{{ message }}</p>
        <button mat-button type="button" (click)="load()">{{ 'documents.publicVersion.retry' | transloco }}</button>
      } @else {
        @if (version().published) {
          <p class="hint">{{ 'documents.publicVersion.alreadyPublished' | transloco }}</p>
        } @else {
          <p class="hint">{{ 'documents.publicVersion.instructions' | transloco }}</p>
          <p
            class="source"
            tabindex="0"
            data-testid="public-version-source"
            [attr.aria-label]="'documents.publicVersion.sourceLabel' | transloco"
            [textContent]="text()"
            #source
          ></p>
          <p class="hint" aria-live="polite">
            @if (pending(); as range) {
              {{ 'documents.publicVersion.selected' | transloco: { text: passage(range) } }}
            } @else {
              {{ 'documents.publicVersion.selectFirst' | transloco }}
            }
          </p>
          <button mat-stroked-button type="button" [disabled]="!pending()" (mousedown)="$event.preventDefault()" (click)="addSelection()">
            {{ 'documents.publicVersion.add' | transloco }}
          </button>
          @if (ranges().length === 0) {
            <p class="empty">{{ 'documents.publicVersion.none' | transloco }}</p>
          } @else {
            <h4>{{ 'documents.publicVersion.chosen' | transloco: { count: ranges().length } }}</h4>
            <ul class="items">
              @for (range of ranges(); track range.from) {
                <li class="item row">
                  <q class="passage">{{ passage(range) }}</q>
                  <button
                    mat-button
                    type="button"
                    (click)="remove(range)"
                    [attr.aria-label]="'documents.publicVersion.removeLabel' | transloco: { text: passage(range) }"
                  >
                    {{ 'documents.publicVersion.remove' | transloco }}
                  </button>
                </li>
              }
            </ul>
            <h4>{{ 'documents.publicVersion.preview' | transloco }}</h4>
            <p class="source preview" data-testid="public-version-preview">{{ preview() }}</p>
          }
          <p class="error" role="alert">{{ error() }}</p>
          <button mat-flat-button type="button" [disabled]="ranges().length === 0 || busy()" (click)="publish()">
            {{ 'documents.publicVersion.publish' | transloco }}
          </button>
        }
        @if (current(); as published) {
          <h4 tabindex="-1" #publishedTitle>{{ 'documents.publicVersion.current' | transloco }}</h4>
          <p class="small">
            {{ 'documents.publicVersion.currentMeta' | transloco: { count: published.redactions } }} ·
            {{ published.createdAt | commissionTime: locale() }}
          </p>
          <p class="source" data-testid="public-version-current">{{ published.text }}</p>
        } @else if (version().published) {
          <p class="empty">{{ 'documents.publicVersion.noneYet' | transloco }}</p>
        }
      }
    </section>
  `,
})
export class PublicVersionPanel {
  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly page = inject(DOCUMENT);
  protected readonly locale = inject(LocaleService).locale;

  readonly version = input.required<DocumentVersion>();

  private readonly source = viewChild<ElementRef<HTMLElement>>('source');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly publishedTitle = viewChild<ElementRef<HTMLElement>>('publishedTitle');

  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly text = signal('');
  protected readonly current = signal<PublicVersionView | null>(null);
  /** The last passage selected in the text, what "Testar selección" adds when nothing is selected right now. */
  protected readonly pending = signal<RedactionRange | null>(null);
  protected readonly ranges = signal<RedactionRange[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly preview = computed(() => redact(this.text(), this.ranges()));

  constructor() {
    effect(() => {
      this.version();
      this.load();
    });
    const track = () => this.pending.set(this.currentSelection() ?? this.pending());
    this.page.addEventListener('selectionchange', track);
    inject(DestroyRef).onDestroy(() => this.page.removeEventListener('selectionchange', track));
    afterNextRender(() => this.title().nativeElement.focus());
  }

  /** The version's plain text (a version compared with itself is all kept text) and its current versión pública. */
  load(): void {
    const { documentId, id: versionId } = this.version();
    this.loading.set(true);
    this.loadError.set(null);
    this.ranges.set([]);
    this.pending.set(null);
    forkJoin({
      diff: this.api.call('diffVersions', { params: { documentId, fromId: versionId, toId: versionId } }),
      current: this.api.call('getPublicVersion', { params: { documentId, versionId } }),
    }).subscribe({
      next: ({ diff, current }) => {
        this.text.set(diff.parts.map((part) => part.value).join(''));
        this.current.set(current);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(this.describe(error));
        this.loading.set(false);
      },
    });
  }

  protected passage(range: RedactionRange): string {
    return this.text().slice(range.from, range.to);
  }

  protected addSelection(): void {
    const range = this.currentSelection() ?? this.pending();
    if (!range) return;
    this.ranges.update((ranges) => addRedaction(ranges, range, this.text().length));
    this.pending.set(null);
    this.page.getSelection()?.removeAllRanges();
  }

  protected remove(range: RedactionRange): void {
    this.ranges.update((ranges) => ranges.filter((r) => r !== range));
  }

  protected publish(): void {
    const { documentId, id: versionId, number } = this.version();
    confirmAction(this.dialog, {
      title: 'documents.publicVersion.confirmTitle',
      message: 'documents.publicVersion.confirmMessage',
      confirm: 'documents.publicVersion.publish',
      params: { number: String(number), count: String(this.ranges().length) },
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.busy.set(true);
      this.error.set(null);
      this.api.call('redactVersion', { params: { documentId, versionId }, body: { redactions: this.ranges() } }).subscribe({
        next: (published) => {
          this.busy.set(false);
          this.current.set(published);
          this.ranges.set([]);
          afterNextRender(() => this.publishedTitle()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(this.describe(error));
        },
      });
    });
  }

  private currentSelection(): RedactionRange | null {
    const text = this.source()?.nativeElement.firstChild;
    return text instanceof Text ? selectedRange(text, this.page.getSelection()) : null;
  }

  private describe(error: unknown): string {
    return problemMessage(error, this.locale()) ?? String(error);
  }
}
