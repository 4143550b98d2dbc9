import { Signal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';

export interface Loaded<T> {
  readonly loading: Signal<boolean>;
  readonly error: Signal<unknown>;
  readonly value: Signal<T | null>;
  /** A quiet reload failed: `value` is the last one that loaded. */
  readonly stale: Signal<boolean>;
  /** Loads again with the same input (the error panel's "retry", or a live update). */
  reload(): void;
}

type Step<T> = { loading: true } | { loading: false; value: T } | { loading: false; error: unknown; quiet: boolean };

/**
 * Loads `fetch(input)` every time `input` emits (the route's params or query) and on `reload()`, keeping only the
 * latest answer. Call from an injection context: it unsubscribes when the page is destroyed.
 * With `quiet`, a reload keeps showing the current value instead of a loading state (live updates), and if it
 * fails it keeps that value and only flags it `stale`: one network blip must not blank a page people are following.
 */
export function loadFrom<I, T>(input: Observable<I>, fetch: (input: I) => Observable<T>): Loaded<T> & { quietReload(): void } {
  const loading = signal(true);
  const error = signal<unknown>(null);
  const value = signal<T | null>(null);
  const stale = signal(false);
  const reloads = new Subject<boolean>();
  combineLatest([input, reloads.pipe(startWith(false))])
    .pipe(
      switchMap(([i, quiet]) =>
        fetch(i).pipe(
          map((v): Step<T> => ({ loading: false, value: v })),
          catchError((e: unknown) => of<Step<T>>({ loading: false, error: e, quiet })),
          quiet ? (s) => s : startWith<Step<T>>({ loading: true }),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((step) => {
      loading.set(step.loading);
      if (step.loading) {
        error.set(null);
      } else if ('error' in step && step.quiet && value() !== null) {
        stale.set(true);
      } else if ('error' in step) {
        error.set(step.error);
        value.set(null);
      } else {
        error.set(null);
        stale.set(false);
        value.set(step.value);
      }
    });
  return {
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    value: value.asReadonly(),
    stale: stale.asReadonly(),
    reload: () => reloads.next(false),
    quietReload: () => reloads.next(true),
  };
}
