import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { DocumentDetail } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { DocumentsApi } from './documents.api';

/** Longest title the api takes (RenameDocumentSchema). */
const TITLE_MAX = 300;

/**
 * A document's title, and for those who may edit it a way to change it in place: the field takes the focus when it
 * opens, and the heading takes it back once the new title is saved (or the change is cancelled).
 */
@Component({
  selector: 'cc-document-title',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatInput, MatLabel, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (editing()) {
      <form class="rename" (submit)="save($event)">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'documents.rename.field' | transloco }}</mat-label>
          <input #field matInput [formControl]="title" required [maxlength]="max" />
          @if (title.hasError('maxlength')) {
            <mat-error>{{ 'documents.rename.tooLong' | transloco: { max } }}</mat-error>
          } @else if (title.invalid) {
            <mat-error>{{ 'documents.rename.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'documents.rename.save' | transloco }}</button>
        <button mat-button type="button" (click)="close()">{{ 'documents.rename.cancel' | transloco }}</button>
        @if (error(); as message) {
          <p class="error" role="alert">{{ message | transloco }}</p>
        }
      </form>
    } @else {
      <h1 #heading tabindex="-1">{{ document().title }}</h1>
      @if (document().permission === 'edit') {
        <button mat-button type="button" data-testid="document-rename" (click)="open()">{{ 'documents.rename.button' | transloco }}</button>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    h1 {
      line-height: 1.2;
    }
    .rename {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      width: 100%;
    }
    .rename mat-form-field {
      flex: 1 1 16rem;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
    }
  `,
})
export class DocumentTitle {
  private readonly api = inject(DocumentsApi);
  private readonly locale = inject(LocaleService).locale;
  private readonly injector = inject(Injector);
  readonly document = input.required<DocumentDetail>();
  readonly renamed = output<DocumentDetail>();
  protected readonly max = TITLE_MAX;
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly title = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(TITLE_MAX)] });
  private readonly field = viewChild<ElementRef<HTMLInputElement>>('field');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected open(): void {
    this.title.reset(this.document().title);
    this.error.set(null);
    this.editing.set(true);
    afterNextRender(() => this.field()?.nativeElement.focus(), { injector: this.injector });
  }

  protected close(): void {
    this.editing.set(false);
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected save(event: Event): void {
    event.preventDefault();
    const title = this.title.value.trim();
    if (this.title.invalid || !title) {
      this.title.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.api.rename(this.document().id, title).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.renamed.emit(updated);
        this.close();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(problemMessage(error, this.locale()) ?? 'errors.generic');
      },
    });
  }
}
