import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, Commission, CommissionMember, Page } from '@cocrea/contracts';
import { commissionsRequest, configureWebTestBed } from '../../testing/setup';
import { AdminMemberFormPage } from './member-form.page';
import { SEARCH_DEBOUNCE_MS } from './paged-list';

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

const member = (overrides: Partial<CommissionMember> = {}): CommissionMember => ({
  id: 'm1',
  commissionId: commission.id,
  role: 'commissioner',
  votes: true,
  since: '2020-01-01',
  until: null,
  active: true,
  person: { id: 'p1', name: 'Ana Ruiz', email: 'ana@example.org', title: null, locale: 'es-MX', platformRole: 'user', organization: null },
  ...overrides,
});

describe('AdminMemberFormPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const view = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const button = (text: string) =>
    Array.from(view().querySelectorAll('button')).find((candidate) => candidate.textContent?.includes(text)) as HTMLButtonElement;

  beforeEach(async () => {
    backend = configureWebTestBed(
      [
        { path: 'admin/integrantes/nuevo', component: AdminMemberFormPage },
        { path: 'admin/integrantes/:memberId', component: AdminMemberFormPage },
      ],
      withComponentInputBinding(),
    );
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function openMember() {
    await harness.navigateByUrl('/admin/integrantes/m1', AdminMemberFormPage);
    backend.expectOne(commissionsRequest).flush({ items: [commission], total: 1, page: 1, pageSize: 20 } satisfies Page<Commission>);
    backend.expectOne(ApiRoutes.commissionMember(commission.id, 'm1')).flush(member());
    await settle();
  }

  it('asks before ending a membership and sends nothing until confirmed', async () => {
    await openMember();
    button('Terminar participación…').click();
    await settle();
    backend.expectNone((req) => req.method === 'PATCH');
    expect(view().textContent).toContain('¿Confirma que Ana Ruiz deja la comisión');
    expect(document.activeElement?.id).toBe('end-heading');

    const until = view().querySelector('input[formcontrolname=until]') as HTMLInputElement;
    until.value = '2026-12-31';
    until.dispatchEvent(new Event('input'));
    button('Sí, terminar participación').click();
    await settle();
    const request = backend.expectOne({ method: 'PATCH', url: ApiRoutes.commissionMember(commission.id, 'm1') });
    expect(request.request.body).toEqual({ until: '2026-12-31' });
    request.flush(member({ until: '2026-12-31' }));
    await settle();
    expect(view().querySelector('[role=status]')?.textContent).toContain('Se registró la fecha de salida.');
  });

  it('keeps the membership when the confirmation is declined', async () => {
    await openMember();
    button('Terminar participación…').click();
    await settle();
    button('No, conservar').click();
    await settle();
    backend.expectNone((req) => req.method === 'PATCH');
    expect(view().textContent).not.toContain('¿Confirma que');
  });

  it('seats a chosen person with the role, vote and start date given', async () => {
    await harness.navigateByUrl('/admin/integrantes/nuevo', AdminMemberFormPage);
    backend.expectOne(commissionsRequest).flush({ items: [commission], total: 1, page: 1, pageSize: 20 });
    await settle();
    const search = view().querySelector('input[type=search]') as HTMLInputElement;
    search.value = 'ana';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    backend
      .expectOne((req) => req.url === ApiRoutes.people && req.params.get('q') === 'ana')
      .flush({ items: [member().person], total: 1, page: 1, pageSize: 20 });
    await settle();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const person = await loader.getHarness(MatSelectHarness.with({ selector: '[formcontrolname=personId]' }));
    await person.open();
    await person.clickOptions({ text: /Ana Ruiz/ });
    const role = await loader.getHarness(MatSelectHarness.with({ selector: '[formcontrolname=role]' }));
    await role.open();
    await role.clickOptions({ text: 'Observador/a' });
    const since = view().querySelector('input[formcontrolname=since]') as HTMLInputElement;
    since.value = '2026-12-01';
    since.dispatchEvent(new Event('input'));
    (view().querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();
    const request = backend.expectOne({ method: 'POST', url: ApiRoutes.commissionMembers(commission.id) });
    expect(request.request.body).toEqual({ personId: 'p1', role: 'observer', votes: false, since: '2026-12-01' });
    request.flush(member({ id: 'm2', role: 'observer', votes: false }));
  });
});
