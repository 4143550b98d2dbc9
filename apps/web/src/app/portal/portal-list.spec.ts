import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageEvent } from '@angular/material/paginator';
import { Page } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { Loaded } from '../core/ui/load-from';
import { PortalItem, PortalList } from './portal-list';

interface Row {
  id: string;
  name: string;
}

/** A list's loading state set by hand, as `loadFrom` would set it. */
function loadedState() {
  const loading = signal(true);
  const error = signal<unknown>(null);
  const value = signal<Page<Row> | null>(null);
  const reloads = signal(0);
  const loaded: Loaded<Page<Row>> = {
    loading,
    error,
    value,
    stale: signal(false),
    reload: () => reloads.update((n) => n + 1),
  };
  return { loaded, loading, error, value, reloads };
}

@Component({
  imports: [PortalList, PortalItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cc-portal-list
      [loaded]="state.loaded"
      loadError="portal.sessions.loadError"
      empty="portal.sessions.empty"
      [counted]="counted()"
      [paged]="paged()"
      (pageChange)="pages.push($event)"
    >
      <ng-template [ccPortalItem]="state.loaded" let-row>
        <a href="#">{{ row.name }}</a>
      </ng-template>
    </cc-portal-list>
  `,
})
class Host {
  readonly state = loadedState();
  readonly counted = signal(false);
  readonly paged = signal(true);
  readonly pages: PageEvent[] = [];
}

const page = (rows: Row[], total = rows.length): Page<Row> => ({ items: rows, total, page: 1, pageSize: 20 });

describe('PortalList', () => {
  beforeEach(() => configureWebTestBed());

  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const view = fixture.nativeElement as HTMLElement;
    return { fixture, host: fixture.componentInstance, view };
  }

  it('shows a progress bar while the page loads', () => {
    const { view } = render();
    expect(view.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Cargando…');
  });

  it('shows each row through the page’s template, inside one list', () => {
    const { fixture, host, view } = render();
    host.state.loading.set(false);
    host.state.value.set(
      page([
        { id: 'a', name: 'Primera' },
        { id: 'b', name: 'Segunda' },
      ]),
    );
    fixture.detectChanges();
    expect(Array.from(view.querySelectorAll('ul.list li')).map((li) => li.textContent?.trim())).toEqual(['Primera', 'Segunda']);
    expect(view.querySelector('mat-progress-bar')).toBeNull();
  });

  it('says the list is empty with the page’s sentence instead of an empty list', () => {
    const { fixture, host, view } = render();
    host.state.loading.set(false);
    host.state.value.set(page([]));
    fixture.detectChanges();
    expect(view.querySelector('ul.list')).toBeNull();
    expect(view.querySelector('p.empty')?.textContent).toContain('No hay sesiones');
  });

  it('shows the error panel whose retry loads again', () => {
    const { fixture, host, view } = render();
    host.state.loading.set(false);
    host.state.error.set(new Error('offline'));
    fixture.detectChanges();
    expect(view.querySelector('cc-error-panel')).not.toBeNull();
    (view.querySelector('cc-error-panel button') as HTMLButtonElement).click();
    expect(host.state.reloads()).toBe(1);
  });

  it('hands the page chosen in the paginator to the page', () => {
    const { fixture, host, view } = render();
    host.state.loading.set(false);
    host.state.value.set(page([{ id: 'a', name: 'Primera' }], 45));
    fixture.detectChanges();
    (view.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    expect(host.pages.map((e) => [e.pageIndex, e.pageSize])).toEqual([[1, 20]]);
  });

  it('leaves the paginator out of a list that is not paged', () => {
    const { fixture, host, view } = render();
    host.paged.set(false);
    host.state.loading.set(false);
    host.state.value.set(page([{ id: 'a', name: 'Primera' }]));
    fixture.detectChanges();
    expect(view.querySelector('mat-paginator')).toBeNull();
  });

  it('counts the results above the rows when asked to', () => {
    const { fixture, host, view } = render();
    host.counted.set(true);
    host.state.loading.set(false);
    host.state.value.set(page([{ id: 'a', name: 'Primera' }], 45));
    fixture.detectChanges();
    expect(view.querySelector('[role="status"]')?.textContent).toContain('45');
  });
});
