import { HttpTestingController } from '@angular/common/http/testing';
import { withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { GroupRoutes, JoinRequest, Page, WorkingGroupDetail } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
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
    backend = configureWebTestBed([{ path: 'groups/:id', component: GroupPage }], withComponentInputBinding());
  });
  afterEach(() => backend.verify());

  it('shows the group, its coordinators and partner organizations', async () => {
    await open(group());
    expect(view().querySelector('h1')?.textContent?.trim()).toBe('Vitrina de apertura y transparencia proactiva');
    const text = view().textContent ?? '';
    expect(text).toContain('María del Carmen Nava Polina');
    expect(text).toContain('AGN');
    expect(text).toContain('Integrantes: 10');
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
    // The dialog reports its result once its closing animation is over.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();
    const sent = backend.expectOne({ method: 'POST', url: GroupRoutes.joinRequests(ID) });
    expect(sent.request.body).toEqual({ message: 'Quiero colaborar' });
    sent.flush(request);
    const pending = group({
      myPendingRequestId: 'r1',
      abilities: { manage: false, archive: false, submitInput: false, requestToJoin: false },
    });
    backend.expectOne(GroupRoutes.group(ID)).flush(pending);
    answerSections(pending);
    await settle();
    expect(view().textContent).toContain('Enviamos tu solicitud a la coordinación del grupo.');
    expect(view().textContent).toContain('Tu solicitud está en espera');
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
});
