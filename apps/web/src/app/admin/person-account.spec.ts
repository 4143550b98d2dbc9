import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ApiRoutes, Me, PersonAccount } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, signIn, testProblem } from '../../testing/setup';
import { AdminPersonAccount } from './person-account';

const PERSON = 'p1';
const admin: Me = {
  id: 'a1',
  name: 'Administración',
  email: 'admin@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'admin',
  organization: null,
  commissions: [],
};
const secretary: Me = { ...admin, id: 's1', platformRole: 'user', commissions: [{ commissionId: 'c1', role: 'secretary', votes: true }] };
const account = (overrides: Partial<PersonAccount> = {}): PersonAccount => ({
  personId: PERSON,
  platformRole: 'user',
  disabledAt: null,
  deactivatedAt: null,
  openSessions: 2,
  ...overrides,
});

describe('AdminPersonAccount', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AdminPersonAccount>;

  const view = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const button = (text: string) =>
    Array.from(view().querySelectorAll('button')).find((candidate) => candidate.textContent?.includes(text)) as HTMLButtonElement;
  const buttons = () => Array.from(view().querySelectorAll('button')).map((b) => b.textContent?.trim());

  async function open(me: Me, current: PersonAccount, personId = PERSON) {
    backend = configureWebTestBed();
    signIn(backend, me);
    fixture = TestBed.createComponent(AdminPersonAccount);
    fixture.componentRef.setInput('personId', personId);
    fixture.componentRef.setInput('personName', 'Ana Ruiz');
    document.body.appendChild(fixture.nativeElement);
    await settle();
    backend.expectOne(ApiRoutes.personAccount(personId)).flush(current);
    await settle();
  }

  afterEach(() => {
    backend.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  it('shows whether the person may sign in, their role and open sessions', async () => {
    await open(admin, account({ disabledAt: '2026-12-01T18:00:00Z' }));
    expect(view().textContent).toContain('Deshabilitado desde el');
    expect(view().textContent).toContain('Persona usuaria');
    expect(view().querySelector('dl')?.textContent).toContain('2');
    expect(buttons()).toEqual([
      'Cerrar todas sus sesiones…',
      'Habilitar la cuenta',
      'Dar de baja a la persona…',
      'Dar administración de la plataforma…',
    ]);
  });

  it('asks before disabling and sends nothing until confirmed, then focuses the result', async () => {
    await open(admin, account());
    button('Deshabilitar la cuenta…').click();
    await settle();
    backend.expectNone(ApiRoutes.personAccountDisable(PERSON));
    expect(view().textContent).toContain('¿Confirma que desea deshabilitar la cuenta de Ana Ruiz?');
    expect(document.activeElement?.id).toBe('account-question');

    button('Sí, deshabilitar').click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: ApiRoutes.personAccountDisable(PERSON) })
      .flush(account({ disabledAt: '2026-12-07T15:00:00Z', openSessions: 0 }));
    await settle();
    const result = view().querySelector('[role=status]');
    expect(result?.textContent).toContain('Se deshabilitó la cuenta de Ana Ruiz');
    expect(document.activeElement).toBe(result);
    expect(buttons()).toContain('Habilitar la cuenta');
  });

  it('keeps everything when the question is declined, and gives focus back to the actions', async () => {
    await open(admin, account());
    button('Cerrar todas sus sesiones…').click();
    await settle();
    button('No, dejarlo como está').click();
    await settle();
    backend.expectNone(ApiRoutes.personSignOut(PERSON));
    expect(view().textContent).not.toContain('¿Confirma');
    expect(document.activeElement?.textContent).toContain('Cerrar todas sus sesiones…');
  });

  it('enables without asking, since it only gives access back', async () => {
    await open(admin, account({ disabledAt: '2026-12-01T18:00:00Z' }));
    button('Habilitar la cuenta').click();
    await settle();
    backend.expectOne({ method: 'POST', url: ApiRoutes.personAccountEnable(PERSON) }).flush(account());
    await settle();
    expect(view().querySelector('[role=status]')?.textContent).toContain('Se habilitó la cuenta de Ana Ruiz');
  });

  it('offers the secretary every action but the role change', async () => {
    await open(secretary, account());
    expect(buttons()).toEqual(['Cerrar todas sus sesiones…', 'Deshabilitar la cuenta…', 'Dar de baja a la persona…']);
  });

  it('offers the secretary nothing on an admin, and says why', async () => {
    await open(secretary, account({ platformRole: 'admin' }));
    expect(buttons()).toEqual([]);
    expect(view().textContent).toContain('Solo otra persona administradora de la plataforma actúa sobre la cuenta de quien administra.');
  });

  it('offers nothing on one’s own account and says why', async () => {
    await open(admin, account({ personId: admin.id, platformRole: 'admin' }), admin.id);
    expect(buttons()).toEqual([]);
    expect(view().textContent).toContain('Estas acciones no se aplican a su propia cuenta');
  });

  it('says in the interface language why the api refused, and focuses it', async () => {
    await open(admin, account());
    button('Dar de baja a la persona…').click();
    await settle();
    button('Sí, dar de baja').click();
    await settle();
    backend
      .expectOne(ApiRoutes.personDeactivate(PERSON))
      .flush(
        testProblem(
          'forbidden',
          403,
          { title: 'Sin permiso', detail: 'Su función no permite esta acción.' },
          { title: 'Not allowed', detail: 'Your role does not allow this action.' },
        ),
        problemResponse(403, 'Forbidden'),
      );
    await settle();
    const alert = view().querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Su función no permite esta acción.');
    expect(document.activeElement).toBe(alert);
  });
});
