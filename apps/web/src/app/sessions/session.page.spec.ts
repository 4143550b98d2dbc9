import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef, Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, Me, MeetingState } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, signIn, testProblem } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { LiveMeeting } from '../core/live/live-meeting';
import { SessionPage } from './session.page';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';

const MEETING = '11111111-0000-4000-8000-000000000001';
const COMMISSION = 'c0000000-0000-4000-8000-000000000001';
const ITEM1 = '22222222-0000-4000-8000-000000000001';
const ITEM2 = '22222222-0000-4000-8000-000000000002';

const me = (id: string, role: 'secretary' | 'commissioner' | 'chair'): Me => ({
  id,
  name: role,
  email: `${role}@example.org`,
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [{ commissionId: COMMISSION, role, votes: true }],
});

function state(overrides: Partial<MeetingState> = {}, version = 1): MeetingState {
  return {
    meeting: {
      id: MEETING,
      commissionId: COMMISSION,
      title: 'Segunda Sesión Ordinaria 2021',
      kind: 'ordinary',
      status: 'open',
      scheduledAt: '2021-04-19T16:00:00.000Z',
      place: 'Virtual',
      videoUrl: null,
      convenedAt: '2021-04-10T16:00:00.000Z',
      openedAt: '2021-04-19T16:23:00.000Z',
      closedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      selfCheckInOpen: false,
    },
    agenda: [
      {
        id: ITEM1,
        position: 1,
        title: 'Lista de asistencia',
        kind: 'procedural',
        presenter: null,
        minutesAllotted: null,
        addedBy: null,
        approvesMinutesOf: null,
      },
      {
        id: ITEM2,
        position: 2,
        title: 'Aprobación del Orden del Día',
        kind: 'vote',
        presenter: null,
        minutesAllotted: null,
        addedBy: null,
        approvesMinutesOf: null,
      },
    ],
    currentItemId: ITEM2,
    attendance: [
      {
        personId: 'p1',
        name: 'Paulina Compean',
        role: 'commissioner',
        votes: true,
        status: 'represented',
        marked: true,
        representativePersonId: null,
        representativeName: 'Ruvalcaba',
        arrivedAt: null,
        proxyWarning: true,
      },
      {
        personId: 'p2',
        name: 'Mariana Contreras',
        role: 'commissioner',
        votes: true,
        status: 'present',
        marked: true,
        representativePersonId: null,
        representativeName: null,
        arrivedAt: null,
        proxyWarning: false,
      },
      {
        personId: 'p3',
        name: 'Conrado Mendoza',
        role: 'commissioner',
        votes: true,
        status: 'absent',
        marked: false,
        representativePersonId: null,
        representativeName: null,
        arrivedAt: null,
        proxyWarning: false,
      },
    ],
    representations: [],
    withdrawnRepresentations: [],
    quorum: { votingMembers: 3, present: 2, represented: 1, required: 2, reached: true, fraction: 0.5 },
    decisions: [],
    invitedParticipants: [],
    speakers: [],
    recusals: [],
    documents: [],
    speakingTotals: { byPerson: {}, byItem: {} },
    otherBusinessOpen: true,
    serverTime: new Date().toISOString(),
    version,
    ...overrides,
  };
}

/** The real page with the live room replaced: states arrive through `accept`, as the socket would deliver them. */
@Injectable()
class OfflineLiveMeeting extends LiveMeeting {
  override connect(): void {
    this.status.set('live');
  }
}

describe('SessionPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let live: LiveMeeting;
  const view = () => harness.routeNativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(view().querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

  beforeAll(() => registerAppLocales());

  async function open(who: Me, initial: MeetingState, query = '') {
    TestBed.overrideComponent(SessionPage, { set: { providers: [{ provide: LiveMeeting, useClass: OfflineLiveMeeting }] } });
    backend = configureWebTestBed([{ path: 'sessions/:id', component: SessionPage }], withComponentInputBinding());
    signIn(backend, who);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/sessions/${MEETING}${query}`);
    backend.expectOne(ApiRoutes.meeting(MEETING)).flush(initial);
    harness.detectChanges();
    live = harness.routeDebugElement?.injector.get(LiveMeeting) as LiveMeeting;
  }

  afterEach(() => {
    // The polls panel and the previous session's agreements load on their own; this spec is about the room.
    for (const request of backend.match((r) => /\/(polls|previous-agreements|amendments)$/.test(r.url))) request.flush([]);
    backend.verify();
  });

  it('shows quorum, the current item and a warning for a representative without a letter, and announces them', async () => {
    await open(me('p2', 'commissioner'), state());
    expect(view().querySelector('h1')?.textContent).toContain('Segunda Sesión Ordinaria 2021');
    expect(view().textContent).toContain('Hay quórum: 2 de 3 integrantes con voto (se requieren 2)');
    expect(view().querySelector('[aria-current="step"]')?.textContent).toContain('Aprobación del Orden del Día');
    expect(view().textContent).toContain('Representación sin oficio válido: Paulina Compean');
    const announced = view().querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent ?? '';
    expect(announced).toContain('Abierta');
    expect(announced).toContain('Punto en curso: 2. Aprobación del Orden del Día');
    // A commissioner reads the roll call but does not take it.
    expect(view().querySelector('select[aria-label="Asistencia de Conrado Mendoza"]')).toBeNull();
  });

  it('a session that does not exist still has a page heading above the error, and offers the way home', async () => {
    TestBed.overrideComponent(SessionPage, { set: { providers: [{ provide: LiveMeeting, useClass: OfflineLiveMeeting }] } });
    backend = configureWebTestBed([{ path: 'sessions/:id', component: SessionPage }], withComponentInputBinding());
    signIn(backend, me('p2', 'commissioner'));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/sessions/${MEETING}`);
    backend
      .expectOne(ApiRoutes.meeting(MEETING))
      .flush(
        { title: 'Not found', status: 404 },
        { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'application/problem+json' } },
      );
    harness.detectChanges();
    await harness.fixture.whenStable();
    const view = harness.routeNativeElement as HTMLElement;
    expect(view.querySelector('h1')?.textContent?.trim()).toBe('Sesión');
    expect(view.querySelector('[role="alert"]')?.textContent).toContain('No se pudo cargar la sesión.');
    expect(view.querySelector('[role="alert"] a')?.getAttribute('href')).toBe('/inicio');
  });

  it('names the session in the browser tab, not just "Sesión"', async () => {
    await open(me('p2', 'commissioner'), state());
    await harness.fixture.whenStable();
    expect(TestBed.inject(Title).getTitle()).toBe('Segunda Sesión Ordinaria 2021 · Cocrea');
  });

  it('lets a commissioner ask for the floor and then shows the timer when the floor is given', async () => {
    await open(me('p2', 'commissioner'), state());
    button('Pedir la palabra').click();
    const request = backend.expectOne({ method: 'POST', url: ApiRoutes.meetingSpeakers(MEETING) });
    const entry = {
      id: 'e1',
      agendaItemId: ITEM2,
      personId: 'p2',
      name: 'Mariana Contreras',
      status: 'waiting' as const,
      position: 1,
      requestedAt: new Date().toISOString(),
      startedAt: null,
      endedAt: null,
      limitSeconds: 180,
      organization: null,
    };
    request.flush(state({ speakers: [entry] }, 2));
    harness.detectChanges();
    expect(view().textContent).toContain('Usted está en la lista de oradores.');

    live.accept(state({ speakers: [{ ...entry, status: 'speaking', startedAt: new Date().toISOString() }] }, 3));
    harness.detectChanges();
    expect(view().textContent).toContain('Tiene la palabra: Mariana Contreras');
    expect(view().querySelector('[role="timer"]')?.textContent).toMatch(/3:00|2:59/);
    // An older state arriving late changes nothing.
    live.accept(state({}, 2));
    harness.detectChanges();
    expect(view().querySelector('[role="timer"]')).not.toBeNull();
  });

  it('takes the roll call with one click per status and a representative typed once, and shows the server’s 409', async () => {
    await open(me('sec', 'secretary'), state());
    // One click records it: no drop-down and no "Guardar".
    (view().querySelector('button[aria-label="Presente: Paulina Compean"]') as HTMLButtonElement).click();
    // She was represented: she is first marked absent (nobody is both), then present.
    backend.expectOne({ method: 'PUT', url: ApiRoutes.meetingAttendance(MEETING, 'p1') }).flush(state({}, 2));
    backend
      .expectOne({ method: 'PUT', url: ApiRoutes.meetingAttendance(MEETING, 'p1') })
      .flush(
        testProblem(
          'attendance_conflict',
          409,
          { title: 'Pase de lista incongruente', detail: 'Una persona no puede estar presente y representada a la vez.' },
          { title: 'Inconsistent roll call', detail: 'A person cannot be both present and represented.' },
        ),
        problemResponse(409, 'Conflict'),
      );
    harness.detectChanges();
    expect(view().querySelector('[role="alert"]')?.textContent).toContain('Una persona no puede estar presente y representada a la vez.');

    // "Representado" (or the R key) asks for the representative's name in the row; Enter records it.
    (view().querySelector('button[aria-label="En representación: Conrado Mendoza"]') as HTMLButtonElement).click();
    harness.detectChanges();
    const name = view().querySelector('input[aria-label="Representante de Conrado Mendoza"]') as HTMLInputElement;
    name.value = 'Jorge Contreras';
    name.form?.dispatchEvent(new Event('submit'));
    const put = backend.expectOne({ method: 'PUT', url: ApiRoutes.meetingAttendance(MEETING, 'p3') });
    expect(put.request.body).toEqual({ status: 'represented', representativeName: 'Jorge Contreras' });
    put.flush(state({}, 3));
  });

  it('"todos presentes" is one request for every member not yet marked', async () => {
    await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'convened' } }));
    const all = view().querySelector('button[data-all-present]') as HTMLButtonElement;
    expect(all.textContent).toContain('1');
    all.click();
    backend.expectOne({ method: 'POST', url: ApiRoutes.meetingAllPresent(MEETING) }).flush(state({}, 2));
  });

  it('the names of several absent members, pasted at once, go as one request for exactly the members they name', async () => {
    await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'convened' } }));
    button('Marcar varios a la vez…').click();
    harness.detectChanges();
    const names = view().querySelector('#roll-call-many-names') as HTMLTextAreaElement;
    names.value = '1. CONRADO MENDOZA (Baja California Sur)\nVictoria Alsina';
    names.dispatchEvent(new Event('input'));
    harness.detectChanges();
    expect(view().textContent).toContain('Personas reconocidas: 1');
    expect(view().textContent).toContain('Sin coincidencia en la lista: Victoria Alsina');
    button('Marcar 1 como ausentes').click();
    const put = backend.expectOne({ method: 'PUT', url: ApiRoutes.meetingAttendanceBatch(MEETING) });
    expect(put.request.body).toEqual({ entries: [{ personId: 'p3', status: 'absent' }] });
  });

  it('corrects an issued call’s agenda with the same fields as the new call, sending only what changed', async () => {
    await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'convened' } }));
    button('Corregir convocatoria').click();
    harness.detectChanges();
    button('Agregar punto').click();
    harness.detectChanges();
    const third = view().querySelectorAll<HTMLInputElement>('.call-form input[formcontrolname="title"]')[3];
    third.value = 'Asuntos Generales';
    third.dispatchEvent(new Event('input'));
    button('Guardar corrección').click();
    const patch = backend.expectOne({ method: 'PATCH', url: ApiRoutes.meeting(MEETING) });
    expect(patch.request.body).toEqual({
      agenda: [
        { title: 'Lista de asistencia', kind: 'procedural', presenter: null, minutesAllotted: null, approvesMinutesOf: null },
        { title: 'Aprobación del Orden del Día', kind: 'vote', presenter: null, minutesAllotted: null, approvesMinutesOf: null },
        { title: 'Asuntos Generales', kind: 'report', presenter: null, minutesAllotted: null, approvesMinutesOf: null },
      ],
    });
  });

  it('corrects an issued call’s circulated documents, sending only the documents that remain', async () => {
    const orden = {
      id: 'doc-1',
      filename: 'orden.pdf',
      mediaType: 'application/pdf',
      size: 1000,
      createdAt: '2021-02-10T12:00:00.000Z',
    } as const;
    const acta = { ...orden, id: 'doc-2', filename: 'acta.pdf' };
    await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'convened' }, documents: [orden, acta] }));
    button('Corregir convocatoria').click();
    harness.detectChanges();
    button('Quitar orden.pdf').click();
    harness.detectChanges();
    button('Guardar corrección').click();
    const patch = backend.expectOne({ method: 'PATCH', url: ApiRoutes.meeting(MEETING) });
    expect(patch.request.body).toEqual({ documentIds: ['doc-2'] });
  });

  it('records a representation letter scoped to listed items, and lists it with its scope', async () => {
    await open(me('sec', 'secretary'), state());
    const form = Array.from(view().querySelectorAll('form')).find((f) =>
      f.textContent?.includes('Registrar representación'),
    ) as HTMLFormElement;
    const member = form.querySelector('select[formcontrolname="memberPersonId"]') as HTMLSelectElement;
    member.value = 'p3';
    member.dispatchEvent(new Event('change'));
    const name = form.querySelector('input[formcontrolname="representativeName"]') as HTMLInputElement;
    name.value = 'Jorge Contreras';
    name.dispatchEvent(new Event('input'));
    // The name is looked up among registered people; picking one records them by account.
    const search = backend.expectOne((r) => r.url === ApiRoutes.people && r.params.get('q') === 'Jorge Contreras');
    search.flush({ items: [{ id: 'jc', name: 'Jorge Contreras' }], total: 1, page: 1, pageSize: 10 });
    harness.detectChanges();
    expect(view().querySelector('datalist#session-people option')?.getAttribute('value')).toBe('Jorge Contreras');
    // The items it covers are checkboxes in a group named by its legend, not a multiple select.
    const scope = Array.from(form.querySelectorAll('fieldset label')).find((l) =>
      l.textContent?.includes('2. Aprobación del Orden del Día'),
    );
    (scope?.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    expect(form.querySelector('select[multiple]')).toBeNull();
    form.dispatchEvent(new Event('submit'));
    const post = backend.expectOne({ method: 'POST', url: ApiRoutes.meetingRepresentations(MEETING) });
    expect(post.request.body).toEqual({
      memberPersonId: 'p3',
      representativePersonId: 'jc',
      representativeName: 'Jorge Contreras',
      letterAttachmentId: null,
      validUntil: null,
      agendaItemIds: [ITEM2],
    });
    post.flush(
      state(
        {
          representations: [
            {
              id: 'r1',
              memberPersonId: 'p3',
              memberName: 'Conrado Mendoza',
              representativePersonId: null,
              representativeName: 'Jorge Contreras',
              letter: null,
              validFrom: null,
              validUntil: null,
              agendaItemIds: [ITEM2],
              withdrawnAt: null,
              withdrawalReason: null,
              corrections: [],
            },
          ],
        },
        2,
      ),
    );
    harness.detectChanges();
    // The saved form starts clean: no field shows an error.
    expect(form.querySelector('.mat-form-field-invalid')).toBeNull();
    expect(view().textContent).toContain('Jorge Contreras en representación de Conrado Mendoza · puntos 2');
    expect(view().textContent).toContain('sin oficio adjunto');
  });

  it('shows the floor and "Asuntos Generales" only to whom the server allows them', async () => {
    // A member recorded as represented: their representative holds the seat.
    await open(me('p1', 'commissioner'), state());
    expect(button('Pedir la palabra')).toBeUndefined();
    expect(button('Inscribir')).toBeDefined();
    harness.fixture.destroy();
    TestBed.resetTestingModule();

    // Their representative, without a role in the commission: asks for the floor, adds no items.
    const representative: Me = { ...me('rep', 'commissioner'), commissions: [] };
    const represented = state().attendance.map((a) => (a.personId === 'p1' ? { ...a, representativePersonId: 'rep' } : a));
    await open(representative, state({ attendance: represented }));
    expect(button('Pedir la palabra')).toBeDefined();
    expect(button('Inscribir')).toBeUndefined();
  });

  it('asks the chair to confirm before closing', async () => {
    await open(me('chair', 'chair'), state());
    expect(view().textContent).toContain('En vivo');
    button('Clausurar la sesión').click();
    harness.detectChanges();
    expect(view().textContent).toContain('¿Clausurar la sesión ahora?');
    button('Sí, clausurar').click();
    backend
      .expectOne({ method: 'POST', url: ApiRoutes.meetingAction(MEETING, 'close') })
      .flush(state({ meeting: { ...state().meeting, status: 'closed', closedAt: '2021-04-19T17:57:00.000Z' } }, 2));
    harness.detectChanges();
    expect(view().textContent).toContain('Clausurada');
    expect(view().textContent).toContain('clausurada a las 12:57');
    // A closed session is no longer "live", whatever the connection.
    expect(view().textContent).not.toContain('En vivo');
  });

  it('moves focus into the close prompt, and Escape cancels it returning focus to the close button', async () => {
    await open(me('chair', 'chair'), state());
    document.body.appendChild(harness.fixture.nativeElement);
    const rendered = async () => {
      harness.detectChanges();
      TestBed.inject(ApplicationRef).tick();
      await harness.fixture.whenStable();
    };
    button('Clausurar la sesión').click();
    await rendered();
    expect(document.activeElement).toBe(button('Sí, clausurar'));
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await rendered();
    expect(view().textContent).not.toContain('¿Clausurar la sesión ahora?');
    expect(document.activeElement).toBe(button('Clausurar la sesión'));

    // Closing for real leaves focus on the session's status, not on <body>.
    button('Clausurar la sesión').click();
    await rendered();
    button('Sí, clausurar').click();
    backend
      .expectOne({ method: 'POST', url: ApiRoutes.meetingAction(MEETING, 'close') })
      .flush(state({ meeting: { ...state().meeting, status: 'closed', closedAt: '2021-04-19T17:57:00.000Z' } }, 2));
    await rendered();
    expect(document.activeElement?.id).toBe('session-status');
    harness.fixture.nativeElement.remove();
  });

  it('warns before opening ahead of the scheduled day', async () => {
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await open(me('chair', 'chair'), state({ meeting: { ...state().meeting, status: 'convened', scheduledAt: later, openedAt: null } }));
    button('Abrir la sesión').click();
    harness.detectChanges();
    expect(view().textContent).toContain('¿Abrirla antes de su fecha?');
    button('Sí, abrir').click();
    backend.expectOne({ method: 'POST', url: ApiRoutes.meetingAction(MEETING, 'open') }).flush(state({}, 2));
    harness.detectChanges();
  });

  it('asks before convening, saying how many members will be notified', async () => {
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'draft', scheduledAt: later, openedAt: null } }));
    button('Emitir convocatoria').click();
    harness.detectChanges();
    expect(view().textContent).toContain('Se notificará a 3 integrantes. ¿Emitir la convocatoria?');
    button('Cancelar').click();
    harness.detectChanges();
    expect(button('Emitir convocatoria')).toBeDefined();
  });

  describe('the cockpit of the chair and the secretary', () => {
    const selectedTab = () => view().querySelector('[role="tab"][aria-selected="true"]') as HTMLElement;
    const panel = (moment: string) => view().querySelector(`#moment-panel-${moment}`) as HTMLElement;
    const address = () => TestBed.inject(Router).url;
    /** Renders, runs afterNextRender hooks and lets the router settle. */
    const rendered = async () => {
      harness.detectChanges();
      TestBed.inject(ApplicationRef).tick();
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

    it('shows the proceedings first in an open session, the other moments a tab away, and the quorum and agenda outside the tabs', async () => {
      await open(me('sec', 'secretary'), state());
      const tabs = Array.from(view().querySelectorAll('[role="tablist"] [role="tab"]'));
      expect(tabs.map((t) => t.querySelector('.tab__label')?.textContent?.trim())).toEqual([
        'Convocatoria y asistencia',
        'Desarrollo ahora',
        'Acuerdos y acta',
      ]);
      expect(selectedTab().id).toBe('moment-tab-proceedings');
      expect(selectedTab().getAttribute('aria-controls')).toBe('moment-panel-proceedings');
      expect(panel('proceedings').hidden).toBe(false);
      expect(panel('proceedings').getAttribute('aria-labelledby')).toBe('moment-tab-proceedings');
      expect(panel('proceedings').querySelector('#current-item')?.textContent).toContain('2. Aprobación del Orden del Día');
      expect(panel('proceedings').querySelector('section[aria-label="Uso de la voz"]')).not.toBeNull();
      expect(panel('attendance').hidden).toBe(true);
      expect(panel('agreements').hidden).toBe(true);
      // Only the shown tab is in the Tab order.
      expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
      expect(view().querySelector('#quorum-box')?.closest('[role="tabpanel"]')).toBeNull();
      expect(view().querySelector('section[aria-label="Orden del Día"]')?.closest('[role="tabpanel"]')).toBeNull();
    });

    it('opens on the moment of the session: the call and attendance while convened, the agreements and minutes once closed', async () => {
      await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'convened', openedAt: null } }));
      expect(selectedTab().id).toBe('moment-tab-attendance');
      expect(panel('attendance').querySelector('section[aria-label="Pase de lista"]')).not.toBeNull();
      harness.fixture.destroy();
      TestBed.resetTestingModule();

      await open(me('chair', 'chair'), state({ meeting: { ...state().meeting, status: 'closed', closedAt: '2021-04-19T17:57:00.000Z' } }));
      expect(selectedTab().id).toBe('moment-tab-agreements');
      expect(panel('agreements').querySelector('a[href$="/minutes"]')?.textContent).toContain('Ver acta');
    });

    it('moves between moments with the arrow keys, Home and End, focus following, and keeps the moment in the address', async () => {
      await open(me('sec', 'secretary'), state());
      document.body.appendChild(harness.fixture.nativeElement);
      selectedTab().focus();
      key(selectedTab(), 'ArrowRight');
      await rendered();
      expect(selectedTab().id).toBe('moment-tab-agreements');
      expect(document.activeElement).toBe(selectedTab());
      expect(panel('agreements').hidden).toBe(false);
      expect(address()).toBe(`/sessions/${MEETING}?moment=agreements`);

      key(selectedTab(), 'ArrowRight');
      await rendered();
      expect(selectedTab().id).toBe('moment-tab-attendance');
      key(selectedTab(), 'End');
      await rendered();
      expect(document.activeElement?.id).toBe('moment-tab-agreements');

      // Back to the moment the session is in: the address needs no parameter.
      (view().querySelector('#moment-tab-proceedings') as HTMLElement).click();
      await rendered();
      expect(selectedTab().id).toBe('moment-tab-proceedings');
      expect(address()).toBe(`/sessions/${MEETING}`);
      harness.fixture.nativeElement.remove();
    });

    it('opens the moment a link names, and moves to the proceedings when the session opens', async () => {
      const convened = state({ meeting: { ...state().meeting, status: 'convened', openedAt: null } });
      await open(me('sec', 'secretary'), convened, '?moment=agreements');
      expect(selectedTab().id).toBe('moment-tab-agreements');

      live.accept(state({}, 2));
      await rendered();
      expect(selectedTab().id).toBe('moment-tab-proceedings');
      expect(address()).toBe(`/sessions/${MEETING}`);
    });

    it('moves on to the next item from the current one, focus on the new current item', async () => {
      await open(me('sec', 'secretary'), state({ currentItemId: ITEM1 }));
      document.body.appendChild(harness.fixture.nativeElement);
      button('Pasar al punto 2: Aprobación del Orden del Día').click();
      const put = backend.expectOne({ method: 'PUT', url: ApiRoutes.meetingCurrentItem(MEETING) });
      expect(put.request.body).toEqual({ agendaItemId: ITEM2 });
      put.flush(state({}, 2));
      await rendered();
      expect(document.activeElement?.id).toBe('current-item');
      expect(document.activeElement?.textContent).toContain('2. Aprobación del Orden del Día');
      // The last item has no next one.
      expect(view().querySelector('[data-next-item]')).toBeNull();
      harness.fixture.nativeElement.remove();
    });

    it('gives a commissioner the lean room, without moments: the ballot first, then the quorum', async () => {
      await open(me('p2', 'commissioner'), state());
      expect(view().querySelector('[role="tablist"]')).toBeNull();
      const ballot = view().querySelector('cc-polls-panel') as Element;
      const quorum = view().querySelector('#quorum-box') as Element;
      expect(ballot.compareDocumentPosition(quorum) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });
  });

  describe('the roll call', () => {
    const rows = () => Array.from(view().querySelectorAll('tr[data-row] th')).map((th) => th.textContent?.trim());
    const search = (text: string) => {
      const input = view().querySelector('#roll-call-search') as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      harness.detectChanges();
      return input;
    };

    it('counts each status on top, each count filtering the list, and finds a name by the start of its words, accents aside', async () => {
      await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'convened' } }));
      const counts = Array.from(view().querySelectorAll('[data-filter]')).map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
      expect(counts).toEqual(['3 integrantes', '1 sin registrar', '1 presente', '1 en representación', '0 con retardo', '0 ausentes']);
      (view().querySelector('[data-filter="unmarked"]') as HTMLButtonElement).click();
      harness.detectChanges();
      expect(view().querySelector('[data-filter="unmarked"]')?.getAttribute('aria-pressed')).toBe('true');
      expect(rows()).toEqual(['Conrado Mendoza']);

      (view().querySelector('[data-filter="all"]') as HTMLButtonElement).click();
      search('PAULÍNA comp');
      expect(rows()).toEqual(['Paulina Compean']);
      expect(view().textContent).toContain('1 persona en la lista');
      search('nadie');
      expect(view().textContent).toContain('Nadie coincide con la búsqueda o el filtro.');
    });

    it('runs from the keyboard: Enter in the search goes to the first row, one key marks it, the arrows change rows', async () => {
      await open(me('sec', 'secretary'), state({ meeting: { ...state().meeting, status: 'convened' } }));
      document.body.appendChild(harness.fixture.nativeElement);
      search('mariana').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Presente: Mariana Contreras');
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      const put = backend.expectOne({ method: 'PUT', url: ApiRoutes.meetingAttendance(MEETING, 'p2') });
      expect(put.request.body).toEqual({ status: 'absent' });
      put.flush(state({}, 2));
      harness.detectChanges();

      search('');
      const absent = view().querySelector('button[aria-label="Ausente: Paulina Compean"]') as HTMLButtonElement;
      absent.focus();
      absent.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Ausente: Mariana Contreras');
      // R asks for the representative in the row, prefilled from the letter when one is on file.
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }));
      TestBed.inject(ApplicationRef).tick();
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Representante de Mariana Contreras');
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      TestBed.inject(ApplicationRef).tick();
      expect(view().querySelector('input[aria-label="Representante de Mariana Contreras"]')).toBeNull();
      expect(document.activeElement?.getAttribute('aria-label')).toBe('En representación: Mariana Contreras');
      harness.fixture.nativeElement.remove();
    });
  });
});
