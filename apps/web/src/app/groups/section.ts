import { signal } from '@angular/core';
import { Observable } from 'rxjs';

/**
 * One part of a page that loads on its own (a tab's list): while it loads, when it failed (so the page says so
 * instead of showing an empty list) and what it holds.
 */
export class Section<T> {
  readonly value = signal<T | null>(null);
  readonly error = signal<unknown>(null);
  readonly loading = signal(false);

  load(source: Observable<T>): void {
    this.loading.set(true);
    this.error.set(null);
    source.subscribe({
      next: (value) => {
        this.value.set(value);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.value.set(null);
        this.error.set(error ?? new Error('failed'));
        this.loading.set(false);
      },
    });
  }
}
