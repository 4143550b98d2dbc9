import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatFormFieldAppearance, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Person } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { ApiClient } from '../http/api-client';

/** A person already chosen before any search (an agreement's assignee), offered so the choice stays visible. */
export interface KnownPerson {
  personId: string;
  name: string;
}

/**
 * Naming a person found through the directory: a search field (two letters at least) and the list of matches, which
 * fills the given control with the chosen person's id. Only people who still take part are offered (the api's
 * default). One match is chosen at once, so a typed name is enough.
 */
@Component({
  selector: 'cc-person-search',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field [appearance]="appearance()" subscriptSizing="dynamic" class="wide">
      <mat-label>{{ 'personSearch.search' | transloco }}</mat-label>
      <input matInput type="search" [formControl]="search" autocomplete="off" />
      <mat-hint>{{ 'personSearch.hint' | transloco }}</mat-hint>
    </mat-form-field>
    <mat-form-field [appearance]="appearance()" subscriptSizing="dynamic" class="wide">
      <mat-label>{{ label() | transloco }}</mat-label>
      <select matNativeControl [formControl]="control()" [required]="required()">
        <option value="">
          {{ emptyLabel() || (people().length ? 'personSearch.choose' : 'personSearch.none') | transloco: { count: people().length } }}
        </option>
        @if (known(); as k) {
          @if (!found(k.personId)) {
            <option [value]="k.personId">{{ k.name }}</option>
          }
        }
        @for (p of people(); track p.id) {
          <option [value]="p.id">{{ p.name }}{{ p.organization ? ' · ' + (p.organization.shortName || p.organization.name) : '' }}</option>
        }
      </select>
      <mat-error>{{ 'personSearch.required' | transloco }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
    .wide {
      flex: 2 1 260px;
      min-width: 0;
    }
  `,
})
export class PersonSearch {
  /** Receives the chosen person's id ('' for nobody). */
  readonly control = input.required<FormControl<string>>();
  /** The translation key of the list's label. */
  readonly label = input('personSearch.person');
  readonly required = input(false);
  /** The translation key of the empty choice when it means "nobody" (an optional field); by default it asks to choose. */
  readonly emptyLabel = input('');
  readonly known = input<KnownPerson | null>(null);
  /** As the form's other fields (the challenge pages use outlined fields, the agreement page filled ones). */
  readonly appearance = input<MatFormFieldAppearance>('outline');
  private readonly client = inject(ApiClient);
  protected readonly people = signal<Person[]>([]);
  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        map((q) => q.trim()),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < 2
            ? of([])
            : this.client.call('listPeople', { query: { q, pageSize: 10 } }).pipe(
                map((page) => page.items),
                catchError(() => of([])),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((people) => {
        this.people.set(people);
        const control = this.control();
        if (people.length === 1) control.setValue(people[0].id);
        else if (control.value && !this.found(control.value) && control.value !== this.known()?.personId) control.setValue('');
      });
  }

  /** The name of the chosen person, as listed. */
  nameOf(personId: string): string {
    const known = this.known();
    return this.people().find((p) => p.id === personId)?.name ?? (known?.personId === personId ? known.name : '');
  }

  /** Empties the search and, once it settles, its matches (after the choice was saved). */
  clear(): void {
    this.search.setValue('');
  }

  protected found(personId: string): boolean {
    return this.people().some((p) => p.id === personId);
  }
}
