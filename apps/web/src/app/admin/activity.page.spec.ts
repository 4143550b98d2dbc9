import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { ActivityEvent, apiPath, Page } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { AdminActivityPage } from './activity.page';

const disabled: ActivityEvent = {
  id: 'e2',
  seq: 2,
  kind: 'account_disabled',
  at: '2026-12-07T17:05:00.000Z',
  actor: { id: 'ana', name: 'Ana Pérez' },
  subject: { type: 'person', id: 'juan', label: 'Juan López' },
  changes: { accountDisabledAt: { before: null, after: '2026-12-07T17:05:00.000Z' } },
};
const roleChanged: ActivityEvent = {
  id: 'e1',
  seq: 1,
  kind: 'member_updated',
  at: '2026-12-06T16:00:00.000Z',
  actor: { id: 'luis', name: 'Luis Parra' },
  subject: { type: 'membership', id: 'm1', label: 'Juan López' },
  changes: { role: { before: 'observer', after: 'commissioner' }, votes: { before: false, after: true } },
};

const pageOf = (items: ActivityEvent[], total = items.length): Page<ActivityEvent> => ({ items, total, page: 1, pageSize: 20 });

describe('AdminActivityPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const view = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const activityRequest = (): TestRequest => backend.expectOne((req) => req.method === 'GET' && req.url === apiPath('listActivity'));
  const button = (text: string) =>
    Array.from(view().querySelectorAll('button')).find((b) => b.textContent?.trim() === text) as HTMLButtonElement;

  beforeEach(async () => {
    backend = configureWebTestBed([{ path: 'admin/actividad', component: AdminActivityPage }]);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/actividad', AdminActivityPage);
  });

  afterEach(() => backend.verify());

  it('reads each event as a sentence in Spanish, newest first, with its fields before and after', async () => {
    const request = activityRequest();
    expect(request.request.params.toString()).toBe('page=1&pageSize=20');
    request.flush(pageOf([disabled, roleChanged]));
    await settle();
    const sentences = Array.from(view().querySelectorAll('.sentence')).map((p) => p.textContent?.trim());
    expect(sentences).toEqual([
      'Ana Pérez desactivó la cuenta de Juan López.',
      'Luis Parra cambió el cargo, el voto o las fechas de Juan López en la comisión.',
    ]);
    const second = view().querySelectorAll('.events > li')[1];
    expect(Array.from(second.querySelectorAll('dt')).map((dt) => dt.textContent?.trim())).toEqual(['Cargo', 'Con voto']);
    expect(Array.from(second.querySelectorAll('dd')).map((dd) => dd.textContent?.trim())).toEqual([
      'Observador/a → Comisionada/o',
      'No → Sí',
    ]);
    expect(view().querySelector('.events time')?.getAttribute('datetime')).toBe(disabled.at);
  });

  it('filters by kind from the first page, and by the actor picked from a row until the filter is removed', async () => {
    activityRequest().flush(pageOf([disabled], 45));
    await settle();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const [kind] = await loader.getAllHarnesses(MatSelectHarness);
    await kind.open();
    await kind.clickOptions({ text: 'Cuenta desactivada' });
    const byKind = activityRequest();
    expect(byKind.request.params.get('kind')).toBe('account_disabled');
    expect(byKind.request.params.get('page')).toBe('1');
    byKind.flush(pageOf([disabled]));
    await settle();

    button('Solo lo hecho por Ana Pérez').click();
    const byActor = activityRequest();
    expect(byActor.request.params.get('actorId')).toBe('ana');
    expect(document.activeElement?.getAttribute('aria-live')).toBe('polite');
    expect(byActor.request.params.get('kind')).toBe('account_disabled');
    byActor.flush(pageOf([disabled]));
    await settle();

    button('Quitar filtro: hecho por Ana Pérez').click();
    const withoutActor = activityRequest();
    expect(withoutActor.request.params.has('actorId')).toBe(false);
    withoutActor.flush(pageOf([]));
    await settle();
    expect(view().querySelector('.notice')?.textContent).toContain('Ningún cambio coincide con los filtros');
  });

  it('takes its days as dd/mm/aaaa whatever the browser, and filters once a whole real day is typed', async () => {
    activityRequest().flush(pageOf([disabled]));
    await settle();
    const from = view().querySelector('.filters input[ccMexicanDate]') as HTMLInputElement;
    expect(from.placeholder).toBe('dd/mm/aaaa');
    from.value = '31/02/2021';
    from.dispatchEvent(new Event('input'));
    backend.expectNone((req) => req.url === apiPath('listActivity'));
    from.value = '15/02/2021';
    from.dispatchEvent(new Event('input'));
    const byDay = activityRequest();
    expect(byDay.request.params.get('from')).toBe('2021-02-15');
    byDay.flush(pageOf([disabled]));
    await settle();
  });

  it('says when nothing has been recorded yet', async () => {
    activityRequest().flush(pageOf([]));
    await settle();
    expect(view().querySelector('.notice')?.textContent).toContain('Aún no hay cambios registrados');
  });

  it('shows a failure with a retry that asks again', async () => {
    const problem = testProblem(
      'service_unavailable',
      503,
      { title: 'Servicio no disponible', detail: 'Inténtelo más tarde.' },
      { title: 'Service unavailable', detail: 'Try again later.' },
    );
    activityRequest().flush(problem, problemResponse(503, 'Service Unavailable'));
    await settle();
    expect(view().querySelector('cc-error-panel')?.textContent).toContain('No se pudo cargar la actividad.');
    button('Reintentar').click();
    activityRequest().flush(pageOf([disabled]));
    await settle();
    expect(view().querySelectorAll('.events > li')).toHaveLength(1);
  });
});
