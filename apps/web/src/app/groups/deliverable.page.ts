import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { AbstractControl, FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  AttachmentSummary,
  Deliverable,
  GROUP_TEXT_LIMITS,
  DeliverableInput,
  DeliverableStatus,
  ReviewInput,
  ReviseInput,
} from '@cocrea/contracts';
import { DELIVERABLE_TRANSITIONS, acceptsInputs, canReviewInput, canReviseInput } from '@cocrea/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { AttachmentLink } from '../core/attachments/attachment-link';
import { AuthService } from '../core/auth/auth.service';
import { AttachmentUpload } from '../core/attachments/attachment-upload';
import { isApiError } from '../core/http/api-error';
import { applyServerErrors, problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { GroupsApi } from './groups.api';
import { confirmAction } from '../core/ui/confirm-dialog';
import { DeliverableFormDialog } from './ui/deliverable-form.dialog';
import { ReviewInputDialog } from './ui/review-input.dialog';
import { ReviseInputDialog } from './ui/revise-input.dialog';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { FocusInvalid, focusInvalidAfterRender } from '../core/forms/focus-invalid';
import { focusAfterRender } from '../core/ui/focus-after-render';
import { namePageTitle } from '../core/i18n/page-title';

/** One deliverable: its status and history, progress, files, and the inputs members and partners submit. */
@Component({
  selector: 'cc-deliverable-page',
  imports: [
    FocusInvalid,
    RouterLink,
    CalendarDayPipe,
    ReactiveFormsModule,
    MatButton,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatHint,
    TranslocoPipe,
    CommissionTimePipe,
    ErrorPanel,
    AttachmentLink,
    AttachmentUpload,
  ],
  templateUrl: './deliverable.page.html',
  styleUrl: './groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliverablePage {
  private readonly api = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);
  protected readonly locale = inject(LocaleService).locale;

  /** Bound from the `:id` route param. */
  readonly id = input.required<string>();

  protected readonly deliverable = signal<Deliverable | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly notFound = computed(() => {
    const error = this.error();
    return isApiError(error) && (error.status === 404 || error.status === 400);
  });
  protected readonly notice = signal<{ key: string; params: Record<string, string> } | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly nextStatuses = computed(() => {
    const deliverable = this.deliverable();
    return deliverable?.abilities.manage ? DELIVERABLE_TRANSITIONS[deliverable.status] : [];
  });
  protected readonly canReview = canReviewInput;
  protected readonly acceptsInputs = acceptsInputs;
  private readonly me = inject(AuthService).me;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** The signed-in author may correct their input until it has a final answer. */
  protected canRevise(input: DeliverableInput): boolean {
    return input.author.id === this.me()?.id && canReviseInput(input.status) && (this.deliverable()?.abilities.submitInput ?? false);
  }

  protected readonly limits = GROUP_TEXT_LIMITS;
  protected readonly files = signal<AttachmentSummary[]>([]);
  /** The input form's directive and picker: a sent input clears the submitted state and the last upload's message too. */
  private readonly inputFormDirective = viewChild(FormGroupDirective);
  private readonly inputUpload = viewChild('inputUpload', { read: AttachmentUpload });
  protected readonly submitting = signal(false);
  protected readonly inputForm = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(GROUP_TEXT_LIMITS.title)],
    }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(GROUP_TEXT_LIMITS.inputBody)] }),
  });

  constructor() {
    namePageTitle(() => this.deliverable()?.title);
    effect(() => this.load(this.id()));
  }

  protected load(id: string): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.deliverable(id).subscribe({
      next: (deliverable) => {
        this.deliverable.set(deliverable);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.deliverable.set(null);
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }

  protected edit(): void {
    const deliverable = this.deliverable();
    if (!deliverable) return;
    this.dialog
      .open(DeliverableFormDialog, { data: { groupId: deliverable.groupId, deliverable }, width: '560px' })
      .afterClosed()
      .subscribe((saved?: Deliverable) => {
        if (saved) {
          this.deliverable.set(saved);
          this.notice.set({ key: 'groups.notices.deliverableUpdated', params: { title: saved.title } });
        }
      });
  }

  protected changeStatus(status: DeliverableStatus): void {
    const deliverable = this.deliverable();
    if (!deliverable) return;
    const apply = (note: string) =>
      this.run(this.api.changeStatus(deliverable.id, { status, note: note || null }), 'groups.notices.statusChanged', { status });
    // Closing it (delivered, cancelled) ends its inputs: that asks for confirmation and a note.
    if (acceptsInputs(status)) {
      apply('');
      return;
    }
    confirmAction(this.dialog, {
      title: `groups.statusChange.${status}Title`,
      message: `groups.statusChange.${status}Message`,
      confirm: `groups.statusActions.${status}`,
      params: { title: deliverable.title },
      reason: { label: 'groups.statusChange.note', required: false },
      destructive: status === 'cancelled',
    }).subscribe((result) => {
      if (result) apply(result.reason);
    });
  }

  protected review(input: DeliverableInput): void {
    const deliverable = this.deliverable();
    if (!deliverable) return;
    this.dialog
      .open(ReviewInputDialog, { data: { title: input.title }, width: '520px' })
      .afterClosed()
      .subscribe((answer?: ReviewInput) => {
        if (answer) {
          this.run(this.api.reviewInput(deliverable.id, input.id, answer), 'groups.notices.reviewed', {
            title: input.title,
            decision: answer.decision,
          });
        }
      });
  }

  /** A coordinator adds a file to the deliverable itself (its drafts, the final product). */
  protected attachToDeliverable(file: AttachmentSummary): void {
    const deliverable = this.deliverable();
    if (!deliverable) return;
    const attachmentIds = [...deliverable.attachments.map((a) => a.id), file.id];
    this.run(this.api.updateDeliverable(deliverable.id, { attachmentIds }), 'groups.notices.fileAdded', { name: file.filename });
  }

  protected revise(input: DeliverableInput): void {
    const deliverable = this.deliverable();
    if (!deliverable) return;
    this.dialog
      .open(ReviseInputDialog, { data: input, width: '560px' })
      .afterClosed()
      .subscribe((changes?: ReviseInput) => {
        if (changes)
          this.run(this.api.reviseInput(deliverable.id, input.id, changes), 'groups.notices.revised', {
            title: changes.title ?? input.title,
          });
      });
  }

  protected onUploaded(file: AttachmentSummary): void {
    this.files.update((files) => [...files, file]);
  }

  protected removeFile(file: AttachmentSummary): void {
    this.files.update((files) => files.filter((f) => f.id !== file.id));
  }

  protected submitInput(): void {
    const deliverable = this.deliverable();
    if (!deliverable || this.inputForm.invalid) {
      this.inputForm.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { title, body } = this.inputForm.getRawValue();
    this.run(
      this.api.submitInput(deliverable.id, { title, body, attachmentIds: this.files().map((f) => f.id) }),
      'groups.notices.submitted',
      { title },
      () => {
        this.inputFormDirective()?.resetForm();
        this.files.set([]);
        this.inputUpload()?.reset();
      },
      this.inputForm,
    );
  }

  /** Sends a change; a refusal about fields of `form` shows at those fields, anything else above the page's content. */
  private run(
    action: Observable<Deliverable>,
    notice: string,
    params: Record<string, string>,
    then?: () => void,
    form?: AbstractControl,
  ): void {
    this.actionError.set(null);
    this.notice.set(null);
    action.subscribe({
      next: (deliverable) => {
        this.submitting.set(false);
        this.deliverable.set(deliverable);
        this.notice.set({ key: notice, params });
        then?.();
        focusAfterRender(this.injector, this.host.nativeElement, '[data-result]');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        if (form && applyServerErrors(form, error, this.locale())) {
          focusInvalidAfterRender(this.injector, this.host.nativeElement);
          return;
        }
        this.actionError.set(problemMessage(error, this.locale()) ?? 'errors.generic');
        focusAfterRender(this.injector, this.host.nativeElement, '[data-result]');
      },
    });
  }
}
