import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, Page, PersonEntry } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { StubPage } from '../../testing/stub';
import { AdminPeoplePage } from './people.page';
import { SEARCH_DEBOUNCE_MS } from './paged-list';

const person = (n: number, active = true): PersonEntry => ({
  id: `p${n}`,
  name: `Persona ${n}`,
  email: `p${n}@example.org`,
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  active,
});

const pageOf = (items: PersonEntry[], total = items.length, page = 1, pageSize = 20): Page<PersonEntry> => ({
  items,
  total,
  page,
  pageSize,
});

describe('AdminPeoplePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const view = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const peopleRequest = (): TestRequest => backend.expectOne((req) => req.method === 'GET' && req.url === ApiRoutes.people);

  beforeEach(async () => {
    backend = configureWebTestBed([
      { path: 'admin/personas', component: AdminPeoplePage },
      { path: 'admin/personas/:id', component: StubPage },
    ]);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/personas', AdminPeoplePage);
  });

  afterEach(() => backend.verify());

  it('lists the first page of people with a link to edit each one', async () => {
    const request = peopleRequest();
    expect(request.request.params.toString()).toBe('page=1&pageSize=20&status=all');
    request.flush(pageOf([person(1), person(2)]));
    await settle();
    expect(view().querySelectorAll('tbody tr')).toHaveLength(2);
    expect(view().querySelector('tbody a')?.getAttribute('href')).toBe('/admin/personas/p1');
    expect(view().querySelector('h1')?.getAttribute('tabindex')).toBe('-1');
  });

  it('lists the deactivated too, marked as such', async () => {
    peopleRequest().flush(pageOf([person(1), person(2, false)]));
    await settle();
    const rows = Array.from(view().querySelectorAll('tbody tr'));
    expect(rows.map((row) => row.querySelector('.chip')?.textContent?.trim() ?? '')).toEqual(['', 'De baja']);
  });

  it('counts the results in Spanish, one or many, without "resultado(s)"', async () => {
    peopleRequest().flush(pageOf([person(1)]));
    await settle();
    expect(view().textContent).toContain('1 resultado');
    expect(view().textContent).not.toContain('resultado(s)');
  });

  it('searches from the first page with what was typed', async () => {
    peopleRequest().flush(pageOf([person(1)], 45));
    await settle();
    const search = view().querySelector('input[type=search]') as HTMLInputElement;
    search.value = '  ana ';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    const request = peopleRequest();
    expect(request.request.params.get('q')).toBe('ana');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(pageOf([]));
    await settle();
    expect(view().textContent).toContain('Ningún resultado coincide con su búsqueda');
  });

  it('asks the api for the next page when the paginator moves on', async () => {
    peopleRequest().flush(pageOf([person(1)], 45));
    await settle();
    const paginator = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    const request = peopleRequest();
    expect(request.request.params.get('page')).toBe('2');
    request.flush(pageOf([person(21)], 45, 2));
    await settle();
    expect(view().textContent).toContain('Persona 21');
  });

  it('says what to do when there is nobody yet', async () => {
    peopleRequest().flush(pageOf([]));
    await settle();
    expect(view().textContent).toContain('Aún no hay personas registradas');
    expect(view().querySelector('table')).toBeNull();
  });

  it('shows a failed load with a way to retry', async () => {
    peopleRequest().flush(
      testProblem(
        'service_unavailable',
        503,
        { title: 'Servicio no disponible', detail: 'x' },
        { title: 'Service unavailable', detail: 'x' },
      ),
      problemResponse(503, 'Service Unavailable'),
    );
    await settle();
    const alert = view().querySelector('[role=alert]');
    expect(alert?.textContent).toContain('No se pudo cargar la lista de personas.');
    (alert?.querySelector('button') as HTMLButtonElement).click();
    peopleRequest().flush(pageOf([person(1)]));
    await settle();
    expect(view().querySelector('[role=alert]')).toBeNull();
  });
});
