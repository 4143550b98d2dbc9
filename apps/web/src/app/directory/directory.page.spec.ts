import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, Commission, CommissionMember, Page } from '@cocrea/contracts';
import { commissionsRequest, configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { StubPage } from '../../testing/stub';
import { DirectoryPage, SEARCH_DEBOUNCE_MS } from './directory.page';

const commission: Commission = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  name: 'Comisión de Gobierno Abierto y de Transparencia Proactiva',
  acronym: 'CGATP',
  agreementPrefix: 'CGATP',
  legalBasis: null,
  system: 'SNT',
  chairTitle: 'Comisionada Coordinadora',
  secretaryTitle: 'Comisionado Secretario',
  quorumFraction: 0.5,
  memberCount: 2,
};

function member(n: number, overrides: Partial<CommissionMember> = {}): CommissionMember {
  return {
    id: `m${n}`,
    commissionId: commission.id,
    role: 'commissioner',
    votes: true,
    since: '2020-01-01',
    until: null,
    active: true,
    person: {
      id: `p${n}`,
      name: `Persona ${n}`,
      email: `p${n}@example.org`,
      title: null,
      locale: 'es-MX',
      platformRole: 'user',
      organization: {
        id: `o${n}`,
        name: 'Instituto de Transparencia del Estado de Jalisco',
        shortName: 'ITEI',
        kind: 'guarantor',
        state: 'Jalisco',
      },
    },
    ...overrides,
  };
}

function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 20): Page<T> {
  return { items, total, page, pageSize };
}

describe('DirectoryPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  const view = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const membersRequest = (): TestRequest => backend.expectOne((req) => req.url === ApiRoutes.commissionMembers(commission.id));

  async function open(url = '/directory') {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, DirectoryPage);
    backend.expectOne(commissionsRequest).flush(pageOf([commission]));
  }

  beforeEach(() => {
    backend = configureWebTestBed([
      { path: 'directory', component: DirectoryPage },
      { path: 'people/:id', component: StubPage },
    ]);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  it('has the page heading', async () => {
    await open();
    membersRequest().flush(pageOf([]));
    await settle();
    expect(view().querySelector('h1')?.textContent?.trim()).toBe('Directorio de integrantes');
    // Focus goes there after a navigation (PageFocus): it must be able to take it.
    expect(view().querySelector('h1')?.getAttribute('tabindex')).toBe('-1');
  });

  it('sends the filters from the URL to the api as query params', async () => {
    await open('/directory?q=ana&state=Jalisco&role=commissioner&status=all&page=2&pageSize=10');
    const request = membersRequest();
    const params = request.request.params;
    expect(params.get('q')).toBe('ana');
    expect(params.get('state')).toBe('Jalisco');
    expect(params.get('role')).toBe('commissioner');
    expect(params.get('status')).toBe('all');
    expect(params.get('page')).toBe('2');
    expect(params.get('pageSize')).toBe('10');
    request.flush(pageOf([member(1)], 11, 2, 10));
  });

  it('asks for the first page of serving members by default', async () => {
    await open();
    const request = membersRequest();
    expect(request.request.params.toString()).toBe('page=1&pageSize=20&status=active');
    request.flush(pageOf([]));
  });

  it('shows members as table rows with a link to each person', async () => {
    await open();
    membersRequest().flush(pageOf([member(1, { role: 'chair' }), member(2, { role: 'observer', votes: false })]));
    await settle();

    const rows = Array.from(view().querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(2);
    const cells = (row: Element) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim());
    expect(cells(rows[0])).toEqual(['Persona 1', 'Coordinación', 'ITEI', 'Jalisco', 'Sí']);
    expect(cells(rows[1])).toEqual(['Persona 2', 'Observador/a', 'ITEI', 'Jalisco', 'No']);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/people/p1');
    expect(view().textContent).toContain('2 integrantes encontrados');
  });

  it("hands the filters to a person's page so its way back keeps them", async () => {
    await open('/directory?q=ana&state=Jalisco&status=all&page=2&pageSize=10');
    membersRequest().flush(pageOf([member(11)], 11, 2, 10));
    await settle();

    (view().querySelector('tbody a') as HTMLAnchorElement).click();
    await settle();
    expect(router.url).toBe('/people/p11');
    expect(TestBed.inject(Location).getState()).toMatchObject({
      directoryQuery: { q: 'ana', state: 'Jalisco', status: 'all', page: '2', pageSize: '10' },
    });
  });

  it('says so when nothing matches', async () => {
    await open('/directory?q=zzz');
    membersRequest().flush(pageOf([]));
    await settle();
    expect(view().textContent).toContain('No hay integrantes que coincidan con la búsqueda');
    expect(view().querySelector('table')).toBeNull();
  });

  it('offers no downloads while nothing matches, and offers them again once something does', async () => {
    await open('/directory?q=zzz');
    membersRequest().flush(pageOf([]));
    await settle();
    expect(view().querySelector('a[download]')).toBeNull();
    expect(view().textContent).not.toContain('Descargar');

    await router.navigateByUrl('/directory?q=ana');
    await settle();
    membersRequest().flush(pageOf([member(1)]));
    await settle();
    expect(view().querySelectorAll('a[download]')).toHaveLength(2);
  });

  it('shows a progress bar while loading', async () => {
    await open();
    await settle();
    expect(view().querySelector('mat-progress-bar')).not.toBeNull();
    membersRequest().flush(pageOf([member(1)]));
    await settle();
    expect(view().querySelector('mat-progress-bar')).toBeNull();
  });

  it('shows the error and loads again on retry', async () => {
    await open();
    membersRequest().flush(
      testProblem(
        'service_unavailable',
        503,
        { title: 'Servicio no disponible', detail: 'La base de datos no responde.' },
        { title: 'Service unavailable', detail: 'The database is not answering.' },
      ),
      problemResponse(503, 'Service Unavailable'),
    );
    await settle();

    const alert = view().querySelector('[role=alert]');
    expect(alert?.textContent).toContain('No se pudo cargar el directorio.');
    expect(alert?.textContent).toContain('Servicio no disponible');

    const retry = alert?.querySelector('button') as HTMLButtonElement;
    retry.focus();
    retry.click();
    await settle();
    // The commission is known already: only the members are asked for again.
    membersRequest().flush(pageOf([member(1)]));
    await settle();
    expect(view().querySelector('[role=alert]')).toBeNull();
    expect(view().querySelectorAll('tbody tr')).toHaveLength(1);
    // The focused button went away with the panel: focus is on the page's heading, not lost on <body>.
    expect(document.activeElement).toBe(view().querySelector('h1'));
  });

  it('drops the previous count and paginator when a later load fails', async () => {
    await open();
    membersRequest().flush(pageOf([member(1)], 45));
    await settle();
    expect(view().querySelector('mat-paginator')).not.toBeNull();

    await router.navigateByUrl('/directory?q=nava');
    await settle();
    membersRequest().flush({ title: 'Error' }, { status: 500, statusText: 'Internal Server Error' });
    await settle();

    expect(view().querySelector('[role=alert]')).not.toBeNull();
    expect(view().querySelector('.count')?.textContent?.trim()).toBe('');
    expect(view().querySelector('mat-paginator')).toBeNull();
  });

  it('puts the search in the URL after a pause, back on page 1', async () => {
    await open('/directory?page=3');
    membersRequest().flush(pageOf([member(1)], 60, 3));
    await settle();

    const search = view().querySelector('input[type=search]') as HTMLInputElement;
    search.value = 'Ibarra';
    search.dispatchEvent(new Event('input'));
    backend.expectNone((req) => req.url === ApiRoutes.commissionMembers(commission.id));

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle();
    expect(router.url).toBe('/directory?q=Ibarra');
    const request = membersRequest();
    expect(request.request.params.get('q')).toBe('Ibarra');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(pageOf([]));
  });

  it('filters by state from the select, keeping the other filters', async () => {
    await open('/directory?role=commissioner');
    membersRequest().flush(pageOf([member(1)]));
    await settle();

    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Entidad federativa' }));
    const select = (await field.getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    await select.clickOptions({ text: 'Oaxaca' });
    await settle();

    expect(router.url).toBe('/directory?role=commissioner&state=Oaxaca');
    const request = membersRequest();
    expect(request.request.params.get('state')).toBe('Oaxaca');
    expect(request.request.params.get('role')).toBe('commissioner');
    request.flush(pageOf([]));
  });

  it('pages on the server and keeps the page in the URL', async () => {
    await open();
    membersRequest().flush(pageOf([member(1)], 45, 1, 20));
    await settle();

    const paginator = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1 – 20 de 45');
    await paginator.goToNextPage();
    await settle();

    expect(router.url).toBe('/directory?page=2');
    const request = membersRequest();
    expect(request.request.params.get('page')).toBe('2');
    request.flush(pageOf([member(21)], 45, 2, 20));
  });

  it('goes to the last page when the URL asks for a page past the end', async () => {
    await open('/directory?page=9&pageSize=10');
    membersRequest().flush(pageOf([], 45, 9, 10));
    await settle();

    expect(router.url).toBe('/directory?page=5&pageSize=10');
    const request = membersRequest();
    expect(request.request.params.get('page')).toBe('5');
    request.flush(pageOf([member(41)], 45, 5, 10));
    await settle();
    expect(view().textContent).not.toContain('No hay integrantes');
  });

  it('links the CSV and JSON exports with the same filters', async () => {
    await open('/directory?q=ana&state=Jalisco&status=all');
    membersRequest().flush(pageOf([member(1)]));
    await settle();

    const hrefs = Array.from(view().querySelectorAll('a[download]')).map((a) => a.getAttribute('href'));
    const base = ApiRoutes.commissionMembersExport(commission.id);
    expect(hrefs).toEqual([`${base}?q=ana&state=Jalisco&status=all&format=csv`, `${base}?q=ana&state=Jalisco&status=all&format=json`]);
  });

  it('says so when there is no commission', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/directory', DirectoryPage);
    backend.expectOne(commissionsRequest).flush(pageOf([]));
    await settle();
    expect(view().textContent).toContain('Todavía no hay ninguna comisión registrada.');
  });
});
