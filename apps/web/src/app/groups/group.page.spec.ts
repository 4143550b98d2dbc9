import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { GroupRoutes, JoinRequest, Milestone, Page, WorkingGroupDetail } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { GroupPage } from './group.page';

const ID = 'a0000000-0000-4000-8000-000000000002';
const empty = <T>(): Page<T> => ({ items: [], total: 0, page: 1, pageSize: 20 });

function group(overrides: Partial<WorkingGroupDetail> = {}): WorkingGroupDetail {
  return {
    id: ID,
    commissionId: 'c1',
    name: 'Vitrina de apertura y transparencia proactiva',
    purpose: 'Transparentar el trabajo de la Comisión.',
    status: 'active',
    coordinators: [{ id: 'chair', name: 'María del Carmen Nava Polina', organization: null }],
    memberCount: 10,
    partnerCount: 1,
    partnerOrganizationCount: 1,
    deliverableCount: 5,
    createdAt: '2020-12-17T18:00:00Z',
    partnerOrganizations: [{ id: 'o1', name: 'Archivo General de la Nación', shortName: 'AGN', kind: 'government', state: null }],
    myRole: null,
    myMemberId: null,
    myPendingRequestId: null,
    abilities: { manage: false, archive: false, submitInput: false, requestToJoin: true },
    ...overrides,
  };
}

const request: JoinRequest = {
  id: 'r1',
  groupId: ID,
  person: { id: 'p1', name: 'Christian Velasco Milanés', organization: null },
  message: 'Colima se suma.',
  channel: 'platform',
  status: 'pending',
  requestedOn: '2026-11-25',
  decidedBy: null,
  decidedAt: null,
  reason: null,
};

@Component({ selector: 'cc-groups-list-stub', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class GroupsListStub {}

describe('GroupPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  const view = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();

  function answerSections(detail: WorkingGroupDetail, requests: JoinRequest[] = []) {
    backend.expectOne(GroupRoutes.deliverables(ID) + '?pageSize=100').flush(empty());
    backend.expectOne(GroupRoutes.groupMilestones(ID)).flush(empty());
    if (detail.abilities.manage) backend.expectOne((r) => r.url === GroupRoutes.joinRequests(ID)).flush({ ...empty(), items: requests });
    backend.expectOne((r) => r.url === GroupRoutes.members(ID)).flush(empty());
    backend.expectOne((r) => r.url === GroupRoutes.activity(ID)).flush(empty());
  }

  async function open(detail: WorkingGroupDetail, requests: JoinRequest[] = []) {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/groups/${ID}`, GroupPage);
    backend.expectOne(GroupRoutes.group(ID)).flush(detail);
    await settle();
    answerSections(detail, requests);
    await settle();
  }

  beforeAll(() => registerAppLocales());
  beforeEach(() => {
    backend = configureWebTestBed(
      [
        { path: 'groups/:id', component: GroupPage },
        { path: 'groups', component: GroupsListStub },
      ],
      withComponentInputBinding(),
    );
  });
  afterEach(() => backend.verify());

  it('shows the group, its coordinators and partner organizations', async () => {
    await open(group());
    expect(view().querySelector('h1')?.textContent?.trim()).toBe('Vitrina de apertura y transparencia proactiva');
    const text = view().textContent ?? '';
    expect(text).toContain('María del Carmen Nava Polina');
    expect(text).toContain('AGN');
    expect(text).toContain('Integrantes: 10');
    // Partner people and partner organisations are different counts, each named as such.
    expect(text).toContain('Personas aliadas: 1');
    expect(text).toContain('Organizaciones aliadas: 1');
  });

  it('lets a commissioner outside the group ask to join, with a message', async () => {
    await open(group());
    const join = Array.from(view().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Solicitar integrarme',
    ) as HTMLButtonElement;
    join.click();
    await settle();
    const textarea = document.querySelector('mat-dialog-container textarea') as HTMLTextAreaElement;
    textarea.value = 'Quiero colaborar';
    textarea.dispatchEvent(new Event('input'));
    (
      Array.from(document.querySelectorAll('mat-dialog-container button')).find(
        (b) => b.textContent?.trim() === 'Enviar solicitud',
      ) as HTMLButtonElement
    ).click();
    const sent = backend.expectOne({ method: 'POST', url: GroupRoutes.joinRequests(ID) });
    expect(sent.request.body).toEqual({ message: 'Quiero colaborar' });
    sent.flush(request);
    // The dialog reports its result once its closing animation is over.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();
    const pending = group({
      myPendingRequestId: 'r1',
      abilities: { manage: false, archive: false, submitInput: false, requestToJoin: false },
    });
    backend.expectOne(GroupRoutes.group(ID)).flush(pending);
    answerSections(pending);
    await settle();
    expect(view().textContent).toContain('Enviamos su solicitud a la coordinación del grupo.');
    expect(view().textContent).toContain('Su solicitud está en espera');
  });

  it('shows a coordinator the pending requests and accepts one', async () => {
    const managed = group({
      myRole: 'coordinator',
      myMemberId: 'm1',
      abilities: { manage: true, archive: true, submitInput: true, requestToJoin: false },
    });
    await open(managed, [request]);
    const tab = Array.from(view().querySelectorAll('[role="tab"]')).find((t) => t.textContent?.includes('Solicitudes (1)')) as HTMLElement;
    tab.click();
    await settle();
    expect(view().textContent).toContain('Colima se suma.');
    (view().querySelector('button[aria-label="Aceptar la solicitud de Christian Velasco Milanés"]') as HTMLButtonElement).click();
    backend.expectOne({ method: 'POST', url: GroupRoutes.acceptJoin(ID, 'r1') }).flush({ ...request, status: 'accepted' });
    backend.expectOne(GroupRoutes.group(ID)).flush(managed);
    answerSections(managed, []);
    await settle();
    expect(view().textContent).toContain('Christian Velasco Milanés ya integra el grupo.');
  });

  it('shows the server’s refusal of a milestone at its date field, and an emptied form after a success', async () => {
    const managed = group({
      myRole: 'coordinator',
      myMemberId: 'm1',
      abilities: { manage: true, archive: true, submitInput: true, requestToJoin: false },
    });
    await open(managed);
    (Array.from(view().querySelectorAll('[role="tab"]')).find((t) => t.textContent?.trim() === 'Hitos') as HTMLElement).click();
    await settle();
    const title = view().querySelector('input[formcontrolname="title"]') as HTMLInputElement;
    const dueOn = view().querySelector('input[formcontrolname="dueOn"]') as HTMLInputElement;
    const submit = () =>
      (
        Array.from(view().querySelectorAll('form button')).find((b) => b.textContent?.trim() === 'Agregar hito') as HTMLButtonElement
      ).click();
    title.value = 'Informe final';
    title.dispatchEvent(new Event('input'));
    dueOn.value = '1999-01-01';
    dueOn.dispatchEvent(new Event('input'));
    submit();
    const message = 'La fecha debe ser a partir del 1 de enero de 2000.';
    backend.expectOne({ method: 'POST', url: GroupRoutes.groupMilestones(ID) }).flush(
      {
        ...testProblem(
          'validation_failed',
          400,
          { title: 'Datos no válidos', detail: 'La solicitud tiene campos con valores no válidos; revise la lista de errores.' },
          { title: 'Invalid data', detail: 'Some fields have invalid values.' },
        ),
        errors: [{ path: 'dueOn', message, messages: { es: message, en: 'The date must be on or after January 1, 2000.' } }],
      },
      problemResponse(400, 'Bad Request'),
    );
    await settle();
    expect(view().querySelector('mat-error')?.textContent?.trim()).toBe(message);
    expect(view().textContent).not.toContain('revise la lista de errores');

    dueOn.value = '2026-12-01';
    dueOn.dispatchEvent(new Event('input'));
    submit();
    const created: Milestone = {
      id: 'h1',
      commissionId: 'c1',
      groupId: ID,
      groupName: managed.name,
      commitment: null,
      title: 'Informe final',
      dueOn: '2026-12-01',
      completedOn: null,
      overdue: false,
    };
    backend.expectOne({ method: 'POST', url: GroupRoutes.groupMilestones(ID) }).flush(created);
    backend.expectOne(GroupRoutes.group(ID)).flush(managed);
    answerSections(managed);
    await settle();
    expect(title.value).toBe('');
    expect(view().querySelectorAll('mat-error')).toHaveLength(0);
  });

  it('says so when the deliverables fail to load instead of showing an empty list, and tries again', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/groups/${ID}`, GroupPage);
    backend.expectOne(GroupRoutes.group(ID)).flush(group());
    await settle();
    backend.expectOne(GroupRoutes.deliverables(ID) + '?pageSize=100').flush(null, { status: 500, statusText: 'Server Error' });
    backend.expectOne(GroupRoutes.groupMilestones(ID)).flush(empty());
    backend.expectOne((r) => r.url === GroupRoutes.members(ID)).flush(empty());
    backend.expectOne((r) => r.url === GroupRoutes.activity(ID)).flush(empty());
    await settle();
    expect(view().textContent).toContain('No se pudieron cargar los productos.');
    expect(view().textContent).not.toContain('El grupo todavía no tiene productos.');
    (view().querySelector('cc-error-panel button') as HTMLButtonElement).click();
    backend.expectOne(GroupRoutes.deliverables(ID) + '?pageSize=100').flush(empty());
    await settle();
    expect(view().textContent).not.toContain('No se pudieron cargar los productos.');
    expect(view().textContent).toContain('El grupo todavía no tiene productos.');
  });

  it('shows the decision and reason of an answer in the activity, in the interface language', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/groups/${ID}`, GroupPage);
    backend.expectOne(GroupRoutes.group(ID)).flush(group());
    await settle();
    backend.expectOne(GroupRoutes.deliverables(ID) + '?pageSize=100').flush(empty());
    backend.expectOne(GroupRoutes.groupMilestones(ID)).flush(empty());
    backend.expectOne((r) => r.url === GroupRoutes.members(ID)).flush(empty());
    backend
      .expectOne((r) => r.url === GroupRoutes.activity(ID))
      .flush({
        ...empty(),
        total: 1,
        items: [
          {
            id: 'e1',
            kind: 'input_reviewed',
            actor: { id: 'chair', name: 'María del Carmen Nava Polina', organization: null },
            subject: 'Propuesta de estructura',
            detail: null,
            answer: { decision: 'needs_changes', reason: 'Falta la lista de autores.' },
            createdAt: '2026-11-25T16:00:00Z',
          },
        ],
      });
    await settle();
    const tab = Array.from(view().querySelectorAll('[role="tab"]')).find((t) => t.textContent?.includes('Actividad')) as HTMLElement;
    tab.click();
    await settle();
    expect(view().querySelector('.timeline')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'María del Carmen Nava Polina respondió el insumo «Propuesta de estructura» · Requiere cambios: Falta la lista de autores.',
    );
  });

  it('sends a partner who may no longer read the group after leaving it back to the groups list', async () => {
    const partner = group({
      myRole: 'partner',
      myMemberId: 'm9',
      abilities: { manage: false, archive: false, submitInput: true, requestToJoin: false },
    });
    await open(partner);
    (Array.from(view().querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Dejar el grupo') as HTMLButtonElement).click();
    await settle();
    (
      Array.from(document.querySelectorAll('mat-dialog-container button')).find(
        (b) => b.textContent?.trim() === 'Dejar el grupo',
      ) as HTMLButtonElement
    ).click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();
    backend.expectOne({ method: 'DELETE', url: GroupRoutes.member(ID, 'm9') }).flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne(GroupRoutes.group(ID)).flush({ code: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/groups');
  });

  const chair = { manage: true, archive: true, submitInput: false, requestToJoin: false };

  it('offers no deletion of a group that has deliverables (it is archived instead)', async () => {
    await open(group({ abilities: chair }));
    expect(view().querySelector('[data-testid="group-delete"]')).toBeNull();
  });

  it('lets the chair delete a group with no deliverables after confirming, and returns to the list', async () => {
    await open(group({ abilities: chair, deliverableCount: 0 }));
    (view().querySelector('[data-testid="group-delete"]') as HTMLButtonElement).click();
    await settle();
    (
      Array.from(document.querySelectorAll('mat-dialog-container button')).find(
        (b) => b.textContent?.trim() === 'Eliminar',
      ) as HTMLButtonElement
    ).click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();
    backend.expectOne({ method: 'DELETE', url: GroupRoutes.group(ID) }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/groups');
  });
});
