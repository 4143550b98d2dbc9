import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { PUBLIC_LIVE_NAMESPACE, PublicLiveEvents, PublicSessionDetail } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { PortalSessionPage, attendanceCounts, outcomesByItem } from './session.page';
import { PublicRoutes } from './portal.types';

const ID = '11111111-0000-4000-8000-000000000001';
const ITEM_1 = 'a0000000-0000-4000-8000-000000000001';
const ITEM_2 = 'a0000000-0000-4000-8000-000000000002';

function session(overrides: Partial<PublicSessionDetail> = {}): PublicSessionDetail {
  return {
    id: ID,
    title: 'Primera Sesión Ordinaria 2021',
    kind: 'ordinary',
    status: 'closed',
    scheduledAt: '2021-02-15T17:00:00.000Z',
    place: 'Sesión virtual',
    convenedAt: '2021-02-08T17:00:00.000Z',
    openedAt: '2021-02-15T17:23:00.000Z',
    closedAt: '2021-02-15T18:57:00.000Z',
    agreementCount: 1,
    minutesApproved: false,
    documents: [],
    agenda: [
      { id: ITEM_1, position: 1, title: 'Lista de asistencia', kind: 'procedural', presenter: null },
      { id: ITEM_2, position: 2, title: 'Aprobación del Orden del Día', kind: 'vote', presenter: null },
    ],
    currentItemId: null,
    quorum: { moment: 'opening', votingMembers: 43, present: 28, represented: 5, required: 22, reached: true },
    attendance: [
      {
        personId: 'p1',
        name: 'Paulina Elizabeth Compean Torres',
        organization: 'IDAIP',
        state: 'Durango',
        status: 'represented',
        representedBy: 'Ruvalcaba',
      },
      {
        personId: 'p2',
        name: 'Christian Velasco Milanés',
        organization: 'INFOCOL',
        state: 'Colima',
        status: 'present',
        representedBy: null,
      },
      { personId: 'p3', name: 'José Echavarría Trejo', organization: null, state: 'Campeche', status: 'absent', representedBy: null },
    ],
    decisions: [
      {
        id: 'd1',
        agendaItemId: ITEM_2,
        kind: 'agenda_approval',
        subject: 'Aprobación del Orden del Día',
        outcome: 'unanimous',
        method: 'show_of_hands',
        pollId: null,
        yes: null,
        no: null,
        abstain: null,
        legalBasis: null,
        agreementNumber: null,
        approvedMinutesOf: null,
        recordedAt: '2021-02-15T17:23:00.000Z',
      },
    ],
    invitedParticipants: [],
    polls: [],
    agreements: [
      {
        id: 'ag1',
        number: 'CGATP/01/15-02-2021',
        meetingId: ID,
        meetingTitle: 'Primera Sesión Ordinaria 2021',
        meetingDate: '2021-02-15',
        text: 'Aprobación del Orden del Día',
        adoption: 'unanimity',
        adoptedBy: 'por unanimidad',
        yes: null,
        no: null,
        abstain: null,
        responsible: null,
        dueOn: null,
        status: 'attended',
        overdue: false,
        updatedAt: '2021-02-15T18:57:00.000Z',
      },
    ],
    minutes: null,
    version: 3,
    ...overrides,
  };
}

const namedPoll: PublicSessionDetail['polls'][number] = {
  id: 'poll1',
  meetingId: ID,
  agendaItemId: ITEM_2,
  subject: 'Calendario de sesiones 2021',
  method: 'named',
  rule: 'simple',
  base: 'votes_cast',
  passed: true,
  unanimous: false,
  reason: '',
  yes: 1,
  no: 1,
  abstain: 0,
  rights: 28,
  options: [
    { label: 'A favor', meaning: 'yes', count: 1 },
    { label: 'En contra', meaning: 'no', count: 1 },
  ],
  votes: [
    { personId: 'p1', name: 'Paulina Elizabeth Compean Torres', choice: 'A favor', meaning: 'yes', castBy: 'Ruvalcaba' },
    { personId: 'p2', name: 'Christian Velasco Milanés', choice: 'En contra', meaning: 'no', castBy: null },
  ],
  agreementNumber: null,
  closedAt: '2021-02-15T18:00:00.000Z',
};

/** The socket the page's live room opens: records handlers so a test can play the server. */
class FakeSocket {
  readonly handlers = new Map<string, (payload?: unknown) => void>();
  readonly emitWithAck = jest.fn(async () => ({ ok: true }));
  readonly disconnect = jest.fn();
  on(event: string, handler: (payload?: unknown) => void): this {
    this.handlers.set(event, handler);
    return this;
  }
  /** The server's side of an event. */
  fire(event: string, payload?: unknown): void {
    this.handlers.get(event)?.(payload);
  }
}

let sockets: FakeSocket[] = [];
jest.mock('socket.io-client', () => ({
  io: jest.fn((namespace: string) => {
    const socket = new FakeSocket();
    sockets.push(socket);
    ioCalls.push(namespace);
    return socket;
  }),
}));
let ioCalls: string[] = [];

describe('PortalSessionPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;

  beforeAll(() => registerAppLocales());

  async function open(state: PublicSessionDetail | null) {
    backend = configureWebTestBed([{ path: 'portal/sessions/:id', component: PortalSessionPage }]);
    sockets = [];
    ioCalls = [];
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/portal/sessions/${ID}`);
    const request = backend.expectOne(PublicRoutes.session(ID));
    if (state) request.flush(state);
    else
      request.flush(
        testProblem('service_unavailable', 503, { title: 'No disponible', detail: 'No.' }, { title: 'Unavailable', detail: 'No.' }),
        problemResponse(503, 'Service Unavailable'),
      );
    harness.detectChanges();
  }

  afterEach(() => backend.verify());

  it('shows who was represented, and by whom', async () => {
    await open(session());
    const row = Array.from(view().querySelectorAll('tbody tr')).find((r) => r.textContent?.includes('Compean Torres')) as HTMLElement;
    expect(row.textContent).toContain('En representación');
    expect(row.textContent).toContain('Ruvalcaba');
    expect(view().textContent).toContain('1 presente, 1 en representación, 0 incorporados tarde, 1 ausente.');
  });

  it('states the quorum declared at the opening of a held session', async () => {
    await open(session());
    expect(view().textContent).toContain(
      'Quórum al instalarse la sesión: 28 de 43 integrantes con voto, 5 de ellos en representación; se requerían 22.',
    );
  });

  it('during a session, states the room’s quorum of this moment and counts the absent members it lists', async () => {
    const quorum = { moment: 'now', votingMembers: 3, present: 2, represented: 1, required: 2, reached: true } as const;
    await open(session({ status: 'open', closedAt: null, quorum }));
    backend.expectNone(PublicRoutes.session(ID));
    expect(view().textContent).toContain(
      'Quórum en este momento: 2 de 3 integrantes con voto, 1 de ellos en representación; se requieren 2.',
    );
    expect(view().textContent).toContain('1 presente, 1 en representación, 0 incorporados tarde, 1 ausente.');
    expect(view().textContent).toContain('José Echavarría Trejo');
  });

  it('shows how the agenda vote went under its agenda item', async () => {
    await open(session());
    const item = view().querySelectorAll('ol.agenda > li')[1] as HTMLElement;
    expect(item.textContent).toContain('Aprobación del Orden del Día');
    expect(item.textContent).toContain('Aprobado por unanimidad');
  });

  it('states a poll outcome with the base of its majority and the rights used, not a bare "aprobado"', async () => {
    const decided = {
      ...session().decisions[0],
      id: 'd2',
      kind: 'other' as const,
      subject: namedPoll.subject,
      outcome: 'majority' as const,
    };
    await open(
      session({ polls: [namedPoll], decisions: [{ ...decided, method: 'named', pollId: namedPoll.id, yes: 1, no: 1, abstain: 0 }] }),
    );
    const item = view().querySelectorAll('ol.agenda > li')[1] as HTMLElement;
    expect(item.textContent).toContain('Aprobado por mayoría de los votos emitidos: 2 de 28 derechos');
  });

  it('lists each name and choice of a named vote, and who cast it for a represented member', async () => {
    await open(session({ polls: [namedPoll] }));
    const table = Array.from(view().querySelectorAll('section')).find((s) =>
      s.textContent?.includes('Votación nominal: Calendario'),
    ) as HTMLElement;
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Paulina Elizabeth Compean Torres', 'A favor', 'Ruvalcaba'],
      ['Christian Velasco Milanés', 'En contra', ''],
    ]);
  });

  it('shows only totals for a secret poll', async () => {
    await open(session({ polls: [{ ...namedPoll, method: 'secret', votes: null }] }));
    expect(view().textContent).not.toContain('Votación nominal');
    expect(view().textContent).toContain('A favor: 1');
    expect(view().textContent).toContain('votación secreta: solo totales');
  });

  it('says the minutes are published once approved', async () => {
    await open(session());
    expect(view().textContent).toContain('El acta se publica una vez aprobada.');
  });

  it('shows the approved minutes', async () => {
    await open(session({ minutes: { markdown: '# Acta de la sesión', approvedInId: 'x', approvedInTitle: null, sha256: null } }));
    expect(view().querySelector('.minutes')?.textContent).toContain('# Acta de la sesión');
  });

  it('does not join the live room for a closed session', async () => {
    await open(session());
    expect(sockets).toEqual([]);
  });

  it('follows an open session: marks the current item and reloads quietly on every live change', async () => {
    await open(session({ status: 'open', currentItemId: ITEM_1, closedAt: null }));
    expect(ioCalls).toEqual([PUBLIC_LIVE_NAMESPACE]);
    const socket = sockets[0];
    socket.fire('connect');
    await Promise.resolve();
    expect(socket.emitWithAck).toHaveBeenCalledWith(PublicLiveEvents.join, { meetingId: ID });
    await harness.fixture.whenStable();
    // Joining (or re-joining after a drop) reloads once, so nothing said while offline is missed.
    backend.expectOne(PublicRoutes.session(ID)).flush(session({ status: 'open', currentItemId: ITEM_1, closedAt: null }));
    harness.detectChanges();
    expect(view().textContent).toContain('En vivo: esta página se actualiza sola');
    const current = view().querySelector('[aria-current="step"]') as HTMLElement;
    expect(current.textContent).toContain('Lista de asistencia');
    expect(current.textContent).toContain('En curso');

    socket.fire(PublicLiveEvents.item, { meetingId: ID, status: 'open', currentItem: null, version: 4 });
    harness.detectChanges();
    backend.expectOne(PublicRoutes.session(ID)).flush(session({ status: 'open', currentItemId: ITEM_2, closedAt: null, version: 4 }));
    harness.detectChanges();
    expect(view().querySelector('[aria-current="step"]')?.textContent).toContain('Aprobación del Orden del Día');
    expect(view().querySelector('mat-progress-bar')).toBeNull();
  });

  it('follows a convened session and shows the current item once it opens, announcing it politely', async () => {
    const convened = session({ status: 'convened', openedAt: null, closedAt: null, decisions: [], agreements: [] });
    await open(convened);
    expect(ioCalls).toEqual([PUBLIC_LIVE_NAMESPACE]);
    const socket = sockets[0];
    socket.fire('connect');
    await Promise.resolve();
    await harness.fixture.whenStable();
    backend.expectOne(PublicRoutes.session(ID)).flush(convened);
    harness.detectChanges();

    socket.fire(PublicLiveEvents.item, { meetingId: ID, status: 'open', currentItem: null, version: 4 });
    harness.detectChanges();
    backend.expectOne(PublicRoutes.session(ID)).flush({ ...convened, status: 'open', currentItemId: ITEM_1, version: 4 });
    harness.detectChanges();
    expect(view().querySelector('[aria-current="step"]')?.textContent).toContain('Lista de asistencia');
    expect(view().querySelector('[aria-live="polite"]')?.textContent).toContain('Punto en curso: Lista de asistencia');
    expect(sockets).toHaveLength(1);
  });

  it('announces a result as it is closed', async () => {
    const running = session({ status: 'open', currentItemId: ITEM_2, closedAt: null });
    await open(running);
    sockets[0].fire(PublicLiveEvents.result, { meetingId: ID });
    harness.detectChanges();
    backend.expectOne(PublicRoutes.session(ID)).flush({ ...running, polls: [namedPoll] });
    harness.detectChanges();
    expect(view().querySelector('[aria-live="polite"]')?.textContent).toContain('Resultado: Calendario de sesiones 2021 — aprobado');
  });

  it('keeps the last state and the live room when a quiet reload fails', async () => {
    const running = session({ status: 'open', currentItemId: ITEM_1, closedAt: null });
    await open(running);
    sockets[0].fire(PublicLiveEvents.item, { meetingId: ID });
    harness.detectChanges();
    backend.expectOne(PublicRoutes.session(ID)).flush(null, { status: 503, statusText: 'Service Unavailable' });
    harness.detectChanges();
    expect(view().querySelector('h1')?.textContent).toContain('Primera Sesión Ordinaria 2021');
    expect(view().textContent).toContain('se muestra la última información recibida');
    expect(sockets[0].disconnect).not.toHaveBeenCalled();
  });

  it('explains a session that cannot be loaded and offers to retry', async () => {
    await open(null);
    expect(view().textContent).toContain('No se pudo cargar la sesión.');
    (view().querySelector('cc-error-panel button') as HTMLButtonElement).click();
    backend.expectOne(PublicRoutes.session(ID)).flush(session());
    harness.detectChanges();
    expect(view().querySelector('h1')?.textContent).toContain('Primera Sesión Ordinaria 2021');
  });
});

describe('session helpers', () => {
  it('group decisions and polls by agenda item', () => {
    const byItem = outcomesByItem(session({ polls: [namedPoll] }));
    expect(byItem.get(ITEM_2)?.decisions.map((d) => d.id)).toEqual(['d1']);
    expect(byItem.get(ITEM_2)?.polls.map((p) => p.id)).toEqual(['poll1']);
    expect(byItem.has(ITEM_1)).toBe(false);
  });

  it('count attendance by status', () => {
    expect(attendanceCounts(session())).toEqual({ present: 1, represented: 1, late: 0, absent: 1 });
  });
});
