import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AGENDA_ITEM_KINDS, AgendaItem, AgendaItemInput, AgendaItemKind } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The numbered agenda of a call, as one form piece: drafting a new call and correcting an issued one edit it the
 * same way (title, kind, presenter, minutes allotted; the item that approves earlier minutes keeps that link).
 */
export type AgendaItemForm = FormGroup<{
  title: FormControl<string>;
  kind: FormControl<AgendaItemKind>;
  presenter: FormControl<string>;
  minutes: FormControl<number | null>;
  /** Item 3 "lectura y aprobación del acta": the session whose minutes it puts to approval. */
  approvesMinutesOf: FormControl<string | null>;
}>;

export function agendaItemForm(title = '', kind: AgendaItemKind = 'report', approvesMinutesOf: string | null = null): AgendaItemForm {
  return new FormGroup({
    title: new FormControl(title, { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    kind: new FormControl<AgendaItemKind>(kind, { nonNullable: true }),
    presenter: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    minutes: new FormControl<number | null>(null, [Validators.min(1), Validators.max(600)]),
    approvesMinutesOf: new FormControl<string | null>(approvesMinutesOf),
  });
}

/** The form of an agenda already on record. */
export function agendaFormOf(items: readonly AgendaItem[]): FormArray<AgendaItemForm> {
  return new FormArray(
    items.map((item) => {
      const form = agendaItemForm(item.title, item.kind, item.approvesMinutesOf);
      form.patchValue({ presenter: item.presenter ?? '', minutes: item.minutesAllotted });
      return form;
    }),
  );
}

/** What the api takes for the agenda in the form. */
export function agendaInput(agenda: FormArray<AgendaItemForm>): AgendaItemInput[] {
  return agenda.getRawValue().map((i) => ({
    title: i.title.trim(),
    kind: i.kind,
    presenter: i.presenter.trim() || null,
    minutesAllotted: i.minutes || null,
    approvesMinutesOf: i.approvesMinutesOf,
  }));
}

@Component({
  selector: 'cc-agenda-fields',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatInput, MatLabel, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>{{ 'sessions.form.agenda' | transloco }}</legend>
      <ol class="agenda">
        @for (item of agenda().controls; track item; let i = $index) {
          <li [formGroup]="item" class="row">
            <mat-form-field appearance="outline" class="grow">
              <mat-label>{{ 'sessions.form.itemTitle' | transloco: { n: i + 1 } }}</mat-label>
              <input matInput formControlName="title" required />
              <mat-error>{{ 'sessions.form.required' | transloco }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'sessions.form.itemKind' | transloco: { n: i + 1 } }}</mat-label>
              <select matNativeControl formControlName="kind">
                @for (k of itemKinds; track k) {
                  <option [value]="k">{{ 'sessions.itemKinds.' + k | transloco }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'sessions.form.presenter' | transloco: { n: i + 1 } }}</mat-label>
              <input matInput formControlName="presenter" />
            </mat-form-field>
            <mat-form-field appearance="outline" class="narrow">
              <mat-label>{{ 'sessions.form.minutes' | transloco: { n: i + 1 } }}</mat-label>
              <input matInput type="number" min="1" formControlName="minutes" />
            </mat-form-field>
            <button mat-button type="button" (click)="agenda().removeAt(i)" [disabled]="agenda().length === 1">
              {{ 'sessions.form.removeItem' | transloco: { n: i + 1 } }}
            </button>
          </li>
        }
      </ol>
      <button mat-stroked-button type="button" (click)="agenda().push(newItem())">{{ 'sessions.form.addItem' | transloco }}</button>
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 12px;
      min-width: 0;
    }
    .agenda {
      padding-left: 24px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: flex-start;
    }
    .grow {
      flex: 1 1 260px;
    }
    .narrow {
      width: 120px;
    }
    @media (max-width: 600px) {
      .agenda {
        padding-left: 16px;
      }
      .row mat-form-field {
        flex: 1 1 100%;
        width: auto;
      }
    }
  `,
})
export class AgendaFields {
  readonly agenda = input.required<FormArray<AgendaItemForm>>();
  protected readonly itemKinds = AGENDA_ITEM_KINDS;
  protected readonly newItem = () => agendaItemForm();

  constructor() {
    // The owner may change the agenda itself (the suggested minutes item is inserted once it arrives).
    const view = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const changes = this.agenda().valueChanges.subscribe(() => view.markForCheck());
      onCleanup(() => changes.unsubscribe());
    });
  }
}
