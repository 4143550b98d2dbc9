import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PollState, VotingRight } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyServerErrors, problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { VotingApi } from './voting.api';

const count = () =>
  new FormControl<number | null>(0, { validators: [Validators.required, Validators.min(0), Validators.pattern(/^\d+$/)] });

/**
 * What the secretary (or chair) records for an open poll taken in the room: a show of hands (counts per option and
 * who spoke against, which closes it) or a named roll call (each member's choice as said aloud). The server checks
 * the roster, the counts and the caller's role again.
 */
@Component({
  selector: 'cc-poll-recorder',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatError, MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .recorder__counts {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .recorder__against {
      display: flex;
      flex-direction: column;
      max-height: 16rem;
      overflow: auto;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: 4px 8px;
    }
  `,
  template: `
    @if (failure(); as message) {
      <p class="recorder__error" role="alert">{{ message }}</p>
    }
    <p class="recorder__status" role="status" aria-live="polite">{{ status() }}</p>
    @if (poll().method === 'show_of_hands') {
      <form class="recorder" [formGroup]="hands" (ngSubmit)="askConfirm()" [attr.aria-label]="'voting.hands.title' | transloco">
        <h4>{{ 'voting.hands.title' | transloco }}</h4>
        <div class="recorder__counts">
          @for (field of countFields; track field) {
            <mat-form-field>
              <mat-label>{{ 'voting.hands.' + field | transloco }}</mat-label>
              <input matInput type="number" min="0" step="1" inputmode="numeric" [formControlName]="field" />
              @if (hands.controls[field].errors?.['server']; as server) {
                <mat-error>{{ server }}</mat-error>
              } @else if (hands.controls[field].invalid) {
                <mat-error>{{ 'voting.hands.countInvalid' | transloco }}</mat-error>
              }
            </mat-form-field>
          }
        </div>
        @if (poll().chairCastingVote) {
          <label class="recorder__casting">
            {{ 'voting.hands.casting' | transloco }}
            <select formControlName="castingVote">
              <option value="">{{ 'voting.hands.noCasting' | transloco }}</option>
              <option value="yes">{{ 'voting.hands.yes' | transloco }}</option>
              <option value="no">{{ 'voting.hands.no' | transloco }}</option>
            </select>
          </label>
        }
        <fieldset class="recorder__against">
          <legend>{{ 'voting.hands.against' | transloco }}</legend>
          @for (r of roster(); track r.memberPersonId) {
            <mat-checkbox [checked]="against().has(r.memberPersonId)" (change)="toggleAgainst(r.memberPersonId, $event.checked)">
              {{ r.memberName }}
            </mat-checkbox>
          } @empty {
            <p>{{ 'voting.recorder.noRoster' | transloco }}</p>
          }
        </fieldset>
        @if (confirming()) {
          <span
            role="group"
            class="confirm"
            [attr.aria-label]="'voting.hands.confirm' | transloco"
            (keydown.escape)="confirming.set(false)"
          >
            {{ 'voting.hands.confirm' | transloco: { yes: hands.value.yes, no: hands.value.no, abstain: hands.value.abstain } }}
            <button mat-flat-button type="button" [disabled]="busy()" (click)="recordHands()">
              {{ 'voting.hands.confirmYes' | transloco }}
            </button>
            <button mat-button type="button" (click)="confirming.set(false)">{{ 'voting.cancel' | transloco }}</button>
          </span>
        } @else {
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'voting.hands.submit' | transloco }}</button>
        }
      </form>
    } @else if (poll().method === 'named') {
      <div class="recorder" role="group" [attr.aria-label]="'voting.rollCall.title' | transloco">
        <table>
          <caption>
            {{
              'voting.rollCall.title' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'voting.rollCall.member' | transloco }}</th>
              <th scope="col">{{ 'voting.rollCall.choice' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of roster(); track r.memberPersonId) {
              <tr>
                <th scope="row">{{ r.memberName }}</th>
                <td>
                  @if (r.used) {
                    {{ 'voting.rollCall.used' | transloco }}
                  } @else {
                    <select
                      [attr.aria-label]="'voting.rollCall.choiceOf' | transloco: { name: r.memberName }"
                      [value]="choices().get(r.memberPersonId) ?? ''"
                      (change)="choose(r.memberPersonId, $any($event.target).value)"
                    >
                      <option value="">{{ 'voting.rollCall.none' | transloco }}</option>
                      @for (o of poll().options; track o.id) {
                        <option [value]="o.id">{{ o.label }}</option>
                      }
                    </select>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="2">{{ 'voting.recorder.noRoster' | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
        <button mat-flat-button type="button" [disabled]="busy() || chosen() === 0" (click)="recordRollCall()">
          {{ 'voting.rollCall.submit' | transloco: { count: chosen() } }}
        </button>
      </div>
    }
  `,
})
export class PollRecorder {
  readonly poll = input.required<PollState>();
  /** The poll as the server answered after recording. */
  readonly recorded = output<PollState>();

  private readonly api = inject(VotingApi);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;

  protected readonly countFields = ['yes', 'no', 'abstain'] as const;
  protected readonly roster = signal<VotingRight[]>([]);
  protected readonly against = signal<ReadonlySet<string>>(new Set());
  protected readonly choices = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly chosen = computed(() => this.choices().size);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly status = signal('');

  protected readonly hands = new FormGroup({
    yes: count(),
    no: count(),
    abstain: count(),
    /** Only the chair may use it, only on a tie: the server answers 403 / 409 otherwise. */
    castingVote: new FormControl<'' | 'yes' | 'no'>('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const id = this.poll().id;
      untracked(() => this.loadRoster(id));
    });
  }

  private loadRoster(pollId: string): void {
    this.api.roster(pollId).subscribe({
      next: (rights) => this.roster.set(rights),
      error: (e: unknown) => this.fail(e),
    });
  }

  protected toggleAgainst(memberId: string, checked: boolean): void {
    this.against.update((set) => {
      const next = new Set(set);
      if (checked) next.add(memberId);
      else next.delete(memberId);
      return next;
    });
  }

  protected askConfirm(): void {
    if (this.hands.invalid) {
      this.hands.markAllAsTouched();
      return;
    }
    this.confirming.set(true);
  }

  protected recordHands(): void {
    const { yes, no, abstain, castingVote } = this.hands.getRawValue();
    this.confirming.set(false);
    this.send(
      this.api.recordShowOfHands(this.poll().id, {
        yes: Number(yes),
        no: Number(no),
        abstain: Number(abstain),
        against: [...this.against()],
        ...(castingVote ? { castingVote } : {}),
      }),
      () => this.transloco.translate('voting.hands.done'),
    );
  }

  protected choose(memberId: string, optionId: string): void {
    this.choices.update((m) => {
      const next = new Map(m);
      if (optionId) next.set(memberId, optionId);
      else next.delete(memberId);
      return next;
    });
  }

  protected recordRollCall(): void {
    const votes = [...this.choices()].map(([memberPersonId, optionId]) => ({ memberPersonId, optionId }));
    if (votes.length === 0) return;
    this.send(this.api.recordRollCall(this.poll().id, { votes }), () => {
      this.choices.set(new Map());
      this.loadRoster(this.poll().id);
      return this.transloco.translate('voting.rollCall.done', { count: votes.length });
    });
  }

  private send(request: ReturnType<VotingApi['recordRollCall']>, done: () => string): void {
    this.busy.set(true);
    this.failure.set(null);
    this.status.set('');
    request.subscribe({
      next: (poll) => {
        this.busy.set(false);
        this.status.set(done());
        this.recorded.emit(poll);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.fail(e);
      },
    });
  }

  private fail(e: unknown): void {
    if (applyServerErrors(this.hands, e, this.locale())) return;
    this.failure.set(problemMessage(e, this.locale()) ?? this.transloco.translate('voting.errors.generic'));
  }
}
