import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Page, PublicAgreement } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { PortalAgreementsPage } from './agreements.page';
import { PublicRoutes } from './portal.types';

const agreement: PublicAgreement = {
  id: 'ag000000-0000-4000-8000-000000000004',
  number: 'CGATP/04/17-12-2020',
  meetingId: '11111111-0000-4000-8000-000000000000',
  meetingTitle: 'Cuarta Sesión Ordinaria 2020',
  meetingDate: '2020-12-17',
  text: 'Propuesta de grupos de trabajo e inclusión de integrantes de la Comisión',
  adoption: null,
  adoptedBy: '',
  yes: null,
  no: null,
  abstain: null,
  responsible: null,
  dueOn: null,
  status: 'in_progress',
  overdue: false,
  updatedAt: '2021-02-15T18:57:00.000Z',
};

const page = (items: PublicAgreement[]): Page<PublicAgreement> => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('PortalAgreementsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;
  const listRequest = () => backend.expectOne((r) => r.url === PublicRoutes.agreements);

  beforeAll(() => registerAppLocales());

  async function open(url = '/portal/agreements') {
    backend = configureWebTestBed([{ path: 'portal/agreements', component: PortalAgreementsPage }]);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
  }

  afterEach(() => backend.verify());

  it('lists each agreement by its stable number, linking to its page and its session', async () => {
    await open();
    listRequest().flush(page([agreement]));
    harness.detectChanges();
    const links = Array.from(view().querySelectorAll('ul.list a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/portal/agreements/CGATP%2F04%2F17-12-2020', `/portal/sessions/${agreement.meetingId}`]);
    expect(view().textContent).toContain('En desarrollo');
  });

  it('sends the filters in the URL to the api, and a shared URL reproduces the same list', async () => {
    await open('/portal/agreements?year=2020&status=in_progress&page=2');
    const request = listRequest();
    expect(request.request.params.toString()).toBe('page=2&pageSize=20&year=2020&status=in_progress');
    request.flush(page([]));
  });

  it('a new filter goes back to page 1 and keeps the others', async () => {
    await open('/portal/agreements?status=pending&page=3');
    listRequest().flush(page([agreement]));
    harness.detectChanges();
    const year = view().querySelectorAll('select')[0] as HTMLSelectElement;
    year.value = '2021';
    year.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/portal/agreements?status=pending&year=2021');
    expect(listRequest().request.params.toString()).toBe('page=1&pageSize=20&year=2021&status=pending');
  });

  it('offers the whole data set as CSV and JSON', async () => {
    await open();
    listRequest().flush(page([agreement]));
    harness.detectChanges();
    const downloads = Array.from(view().querySelectorAll('a[download]')).map((a) => a.getAttribute('href'));
    expect(downloads).toEqual(['/api/public/datasets/agreements?format=csv', '/api/public/datasets/agreements?format=json']);
  });

  it('says so when nothing matches', async () => {
    await open();
    listRequest().flush(page([]));
    harness.detectChanges();
    expect(view().textContent).toContain('No hay acuerdos con esos filtros.');
  });

  it('explains a failed load and retries', async () => {
    await open();
    listRequest().flush(
      testProblem('service_unavailable', 503, { title: 'No disponible', detail: 'No.' }, { title: 'Unavailable', detail: 'No.' }),
      problemResponse(503, 'Service Unavailable'),
    );
    harness.detectChanges();
    expect(view().textContent).toContain('No se pudieron cargar los acuerdos.');
    (view().querySelector('cc-error-panel button') as HTMLButtonElement).click();
    listRequest().flush(page([agreement]));
    harness.detectChanges();
    expect(view().textContent).toContain('CGATP/04/17-12-2020');
  });
});
