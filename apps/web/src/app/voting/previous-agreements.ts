import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Agreement } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { VotingApi } from './voting.api';

/** Under "Revisión de acuerdos de la sesión anterior y su seguimiento": the previous session's agreements and their status. */
@Component({
  selector: 'cc-previous-agreements',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failed()) {
      <p role="alert">{{ 'voting.previous.error' | transloco }}</p>
    } @else if (items(); as list) {
      @if (list.length === 0) {
        <p>{{ 'voting.previous.empty' | transloco }}</p>
      } @else {
        <ul class="previous" [attr.aria-label]="'voting.previous.title' | transloco">
          @for (a of list; track a.id) {
            <li>
              <a [routerLink]="['/voting/agreements', a.id]">{{ a.number }}</a> {{ a.text }} —
              <span class="status status--{{ a.status }}">{{ 'voting.agreementStatuses.' + a.status | transloco }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .previous {
      margin: 4px 0 8px;
      font-size: 0.95em;
    }
    .status {
      font-weight: 600;
    }
  `,
})
export class PreviousAgreements {
  readonly meetingId = input.required<string>();
  private readonly api = inject(VotingApi);
  protected readonly items = signal<Agreement[] | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const id = this.meetingId();
      untracked(() =>
        this.api.previousAgreements(id).subscribe({
          next: (list) => this.items.set(list),
          error: () => this.failed.set(true),
        }),
      );
    });
  }
}
