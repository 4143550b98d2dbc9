import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, Commission, MeetingSummary, Page } from '@cocrea/contracts';
import { commissionsRequest, configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { SessionsListPage } from './sessions-list.page';

const COMMISSION: Commission = {
  id: 'c0000000-0000-4000-8000-000000000001',
  name: 'Comisión',
  system: 'SNT',
  chairTitle: 'Coordinación',
  secretaryTitle: 'Secretaría',
  quorumFraction: 0.5,
  memberCount: 43,
} as Commission;

const closed: MeetingSummary = {
  id: '11111111-0000-4000-8000-000000000001',
  commissionId: COMMISSION.id,
  title: 'Primera Sesión Ordinaria 2021',
  kind: 'ordinary',
  status: 'closed',
  scheduledAt: '2021-02-15T17:00:00.000Z',
} as MeetingSummary;

describe('SessionsListPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;

  beforeAll(() => registerAppLocales());

  async function open() {
    backend = configureWebTestBed([{ path: 'sessions', component: SessionsListPage }]);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/sessions');
    backend.expectOne((r) => r.url === ApiRoutes.notifications).flush({ items: [], total: 0, page: 1, pageSize: 10 });
    backend.expectOne(commissionsRequest).flush({ items: [COMMISSION], total: 1, page: 1, pageSize: 20 });
    return backend.expectOne((r) => r.url === ApiRoutes.commissionMeetings(COMMISSION.id));
  }

  afterEach(() => backend.verify());

  it('labels its paginator with sessions, not members', async () => {
    (await open()).flush({ items: [closed], total: 1, page: 1, pageSize: 20 } satisfies Page<MeetingSummary>);
    harness.detectChanges();
    expect(view().textContent).toContain('Sesiones por página');
    expect(view().textContent).not.toContain('Integrantes por página');
  });

  it('says the sessions (plural) could not be loaded', async () => {
    (await open()).flush(
      testProblem('forbidden', 403, { title: 'Prohibido', detail: 'No.' }, { title: 'Forbidden', detail: 'No.' }),
      problemResponse(403, 'Forbidden'),
    );
    harness.detectChanges();
    expect(view().textContent).toContain('No se pudieron cargar las sesiones.');
  });
});
