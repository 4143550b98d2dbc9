import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Page } from '@cocrea/contracts';
import { Subject } from 'rxjs';
import { configureWebTestBed } from '../../testing/setup';
import { ListQuery } from './admin.api';
import { AdminList } from './admin-list';
import { PagedList, SEARCH_DEBOUNCE_MS } from './paged-list';

interface Row {
  id: string;
  name: string;
}

@Component({
  imports: [AdminList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cc-admin-list [list]="list" keys="admin.people">
      <a listAction href="/nueva">Registrar</a>
      <table>
        @for (row of list.items(); track row.id) {
          <tr>
            <td>{{ row.name }}</td>
          </tr>
        }
      </table>
    </cc-admin-list>
  `,
})
class Host {
  readonly answers = new Subject<Page<Row>>();
  readonly queries: ListQuery[] = [];
  readonly list = new PagedList<Row>((query) => {
    this.queries.push(query);
    return this.answers;
  });
}

const page = (rows: Row[], total = rows.length): Page<Row> => ({ items: rows, total, page: 1, pageSize: 20 });

describe('AdminList', () => {
  beforeEach(() => configureWebTestBed());

  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.list.reload();
    fixture.detectChanges();
    const view = fixture.nativeElement as HTMLElement;
    const answer = (value: Page<Row> | Error) => {
      if (value instanceof Error) fixture.componentInstance.answers.error(value);
      else fixture.componentInstance.answers.next(value);
      fixture.detectChanges();
    };
    return { fixture, host: fixture.componentInstance, view, answer };
  }

  it('says it is loading, with a progress bar, until the page arrives', () => {
    const { view } = render();
    expect(view.querySelector('p.muted[aria-live]')?.textContent?.trim()).toBe('Cargando…');
    expect(view.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('puts the page’s action beside the search box', () => {
    const { view } = render();
    expect(view.querySelector('.toolbar-row a[listAction]')?.textContent).toBe('Registrar');
    expect(view.querySelector('.toolbar-row mat-label')?.textContent).toContain('Buscar por nombre o correo');
  });

  it('shows the page’s table and how many matched once the page arrives', () => {
    const { view, answer } = render();
    answer(page([{ id: 'a', name: 'Ana' }], 21));
    expect(view.querySelector('.table-scroll td')?.textContent).toBe('Ana');
    expect(view.querySelector('p.muted[aria-live]')?.textContent?.trim()).toBe('21 resultados');
  });

  it('says the list is empty in the page’s words', () => {
    const { view, answer } = render();
    answer(page([]));
    expect(view.querySelector('.table-scroll')).toBeNull();
    expect(view.querySelector('.notice')?.textContent).toContain('Aún no hay personas registradas');
  });

  it('shows the error panel whose retry asks again', () => {
    const { host, view, answer } = render();
    answer(new Error('offline'));
    (view.querySelector('cc-error-panel button') as HTMLButtonElement).click();
    expect(host.queries).toHaveLength(2);
  });

  it('asks for the next page from the paginator', () => {
    const { host, view, answer } = render();
    answer(page([{ id: 'a', name: 'Ana' }], 45));
    (view.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    expect(host.queries.at(-1)).toMatchObject({ page: 2, pageSize: 20 });
  });

  it('searches what is typed in the search box, from page 1', () => {
    jest.useFakeTimers();
    const { host, view } = render();
    const input = view.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'ana ';
    input.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    jest.useRealTimers();
    expect(host.queries.at(-1)).toMatchObject({ q: 'ana', page: 1 });
  });
});
