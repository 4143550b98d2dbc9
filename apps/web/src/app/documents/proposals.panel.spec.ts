import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DocumentDetail, DocumentRoutes, MeetingStatus, MeetingSummary, Proposal } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { ProposalsPanel } from './proposals.panel';

const DOC = 'd0000000-0000-4000-8000-000000000001';
const JAVIER = { id: 'p1', name: 'Javier Moro', organization: { id: 'o1', name: 'GESOC', shortName: 'GESOC' } };

function detail(overrides: Partial<DocumentDetail> = {}): DocumentDetail {
  return {
    id: DOC,
    title: 'Diagnóstico',
    scope: 'deliverable',
    groupId: 'g1',
    deliverableId: 'd1',
    meetingId: null,
    createdBy: { id: 'c', name: 'María del Carmen Nava Polina', organization: null },
    createdAt: '2021-02-15T16:00:00Z',
    updatedAt: '2021-02-15T16:00:00Z',
    openProposals: 1,
    openObservations: 0,
    permission: 'edit',
    mayDecide: true,
    commissionId: 'c1',
    ownerName: 'Diagnóstico de la situación de apertura',
    ...overrides,
  };
}

function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 'x1',
    documentId: DOC,
    start: 'AAAA',
    end: 'BBBB',
    original: 'cuestionario común',
    replacement: 'cuestionario común validado',
    note: null,
    author: JAVIER,
    status: 'open',
    meetingId: null,
    decidedBy: null,
    decidedAt: null,
    createdAt: '2021-02-15T16:00:00Z',
    ...overrides,
  };
}

describe('ProposalsPanel', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ProposalsPanel>;
  const view = () => fixture.nativeElement as HTMLElement;
  const buttons = () => Array.from(view().querySelectorAll('button')).map((b) => b.textContent?.trim());

  async function render(
    document: DocumentDetail,
    proposals: Proposal[],
    selection: { start: string; end: string; text: string } | null = null,
  ) {
    fixture = TestBed.createComponent(ProposalsPanel);
    fixture.componentRef.setInput('document', document);
    fixture.componentRef.setInput('proposals', proposals);
    fixture.componentRef.setInput('selection', selection);
    await fixture.whenStable();
  }

  beforeEach(() => {
    backend = configureWebTestBed();
  });
  afterEach(() => backend.verify());

  it('shows each proposal as a deletion and an insertion with its author and organization', async () => {
    await render(detail(), [proposal()]);
    expect(view().querySelector('del')?.textContent).toBe('cuestionario común');
    expect(view().querySelector('ins')?.textContent).toBe('cuestionario común validado');
    expect(view().textContent).toContain('Javier Moro');
    expect(view().textContent).toContain('GESOC');
    expect(buttons()).toEqual(
      expect.arrayContaining(['Aceptar', 'Rechazar', 'Aceptar todas de Javier Moro', 'Rechazar todas de Javier Moro']),
    );
  });

  it('asks before rejecting, and sends nothing until confirmed', async () => {
    await render(detail(), [proposal()]);
    (Array.from(view().querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Rechazar') as HTMLButtonElement).click();
    await fixture.whenStable();
    backend.expectNone({ method: 'POST', url: DocumentRoutes.decision(DOC, 'x1') });
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('¿Rechazar la propuesta de Javier Moro?');
    (Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Rechazar') as HTMLButtonElement).click();
    // The dialog reports its result once its closing animation is over.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await fixture.whenStable();
    const request = backend.expectOne({ method: 'POST', url: DocumentRoutes.decision(DOC, 'x1') });
    expect(request.request.body).toEqual({ decision: 'reject' });
    request.flush(proposal({ status: 'rejected' }));
  });

  it('offers no decision on an amendment sent to a session (the session votes it)', async () => {
    await render(detail(), [proposal({ status: 'in_session', meetingId: 'm1' })]);
    expect(buttons()).not.toContain('Aceptar');
    expect(buttons()).not.toContain('Rechazar');
  });

  it('lets a partner propose for the selected text but never decide', async () => {
    await render(detail({ permission: 'propose', mayDecide: false }), [proposal()], { start: 'AAAA', end: 'BBBB', text: 'común' });
    expect(buttons()).not.toContain('Aceptar');
    expect(view().textContent).toContain('Texto seleccionado: «común»');
    const textarea = view().querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'compartido';
    textarea.dispatchEvent(new Event('input'));
    let changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    (view().querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const request = backend.expectOne({ method: 'POST', url: DocumentRoutes.proposals(DOC) });
    expect(request.request.body).toEqual({ start: 'AAAA', end: 'BBBB', replacement: 'compartido' });
    request.flush(proposal({ id: 'x2', replacement: 'compartido' }));
    expect(changed).toBe(1);
  });

  it('asks to select text before proposing and shows nothing to readers', async () => {
    await render(detail({ permission: 'propose', mayDecide: false }), []);
    expect(view().textContent).toContain('Seleccione en el texto lo que quiere cambiar.');
    expect((view().querySelector('form button[type="submit"]') as HTMLButtonElement).disabled).toBe(true);
    await render(detail({ permission: 'read', mayDecide: false }), []);
    expect(view().querySelector('form')).toBeNull();
    expect(view().textContent).toContain('No hay propuestas.');
  });

  it('shows the bilingual reason when accepting finds the text gone', async () => {
    await render(detail(), [proposal()]);
    (Array.from(view().querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Aceptar') as HTMLButtonElement).click();
    backend.expectOne({ method: 'POST', url: DocumentRoutes.decision(DOC, 'x1') }).flush(
      {
        type: 'about:blank',
        status: 409,
        code: 'proposal_outdated',
        title: 'Propuesta desactualizada',
        detail: 'El texto al que se refiere la propuesta cambió o fue eliminado.',
        messages: {
          es: { title: 'Propuesta desactualizada', detail: 'El texto al que se refiere la propuesta cambió o fue eliminado.' },
          en: { title: 'Proposal out of date', detail: 'The text changed.' },
        },
      },
      { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await fixture.whenStable();
    expect(view().querySelector('[role="alert"]')?.textContent).toContain('cambió o fue eliminado');
  });

  describe('sending a proposal to a session', () => {
    const button = (label: string) => Array.from(view().querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    const session = (id: string, status: MeetingStatus): MeetingSummary => ({
      id,
      commissionId: 'c1',
      title: `Sesión ${id}`,
      kind: 'ordinary',
      status,
      scheduledAt: '2031-03-01T23:00:00Z',
      place: null,
      videoUrl: null,
      convenedAt: null,
      openedAt: null,
      closedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      selfCheckInOpen: false,
    });
    const sessionsWith = (status: string) =>
      backend.expectOne((r) => r.method === 'GET' && r.url === '/api/commissions/c1/meetings' && r.params.get('status') === status);
    async function openForm(convened: MeetingSummary[], open: MeetingSummary[] = []) {
      await render(detail(), [proposal()]);
      button('Enviar a sesión')?.click();
      sessionsWith('convened').flush({ items: convened, total: convened.length, page: 1, pageSize: 100 });
      sessionsWith('open').flush({ items: open, total: open.length, page: 1, pageSize: 100 });
      fixture.detectChanges();
      await fixture.whenStable();
    }

    it('is offered on an open proposal to those who edit, and not to those who only propose nor once it is in a session', async () => {
      await render(detail(), [proposal(), proposal({ id: 'x2', status: 'in_session', meetingId: 'm1' })]);
      expect(view().querySelectorAll('[data-send]')).toHaveLength(1);
      expect(view().querySelector('[data-proposal="x1"] [data-send]')).not.toBeNull();
      await render(detail({ permission: 'propose', mayDecide: false }), [proposal()]);
      expect(buttons()).not.toContain('Enviar a sesión');
    });

    it('reads only the convened and open sessions of the commission, and says so when there is none', async () => {
      await openForm([]);
      expect(view().querySelector('[data-send-form]')?.textContent).toContain('No hay sesiones convocadas o abiertas');
      expect(button('Enviar')).toBeUndefined();
    });

    it('sends the chosen session in the request and tells which one took the proposal', async () => {
      let changed = 0;
      await openForm([session('m2', 'convened')]);
      fixture.componentInstance.changed.subscribe(() => changed++);
      button('Enviar')?.click();
      const request = backend.expectOne({ method: 'POST', url: DocumentRoutes.proposals(DOC) + '/x1/send-to-session' });
      expect(request.request.body).toEqual({ meetingId: 'm2' });
      request.flush(proposal({ status: 'in_session', meetingId: 'm2' }));
      fixture.detectChanges();
      await fixture.whenStable();
      expect(changed).toBe(1);
      expect(view().querySelector('[data-send-form]')).toBeNull();
      expect(view().querySelector('[role="status"]')?.textContent).toContain('La propuesta se envió a la sesión «Sesión m2».');
    });

    it("shows the problem's message when the server refuses the session", async () => {
      await openForm([], [session('m3', 'open')]);
      button('Enviar')?.click();
      backend.expectOne({ method: 'POST', url: DocumentRoutes.proposals(DOC) + '/x1/send-to-session' }).flush(
        {
          type: 'about:blank',
          status: 409,
          code: 'meeting_wrong_status',
          title: 'Estado de la sesión',
          detail: 'La sesión está cerrada: no puede recibir enmiendas.',
          messages: {
            es: { title: 'Estado de la sesión', detail: 'La sesión está cerrada: no puede recibir enmiendas.' },
            en: { title: 'Session status', detail: 'The session is closed: it cannot receive amendments.' },
          },
        },
        { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
      );
      fixture.detectChanges();
      await fixture.whenStable();
      expect(view().querySelector('[role="alert"]')?.textContent).toContain('La sesión está cerrada: no puede recibir enmiendas.');
      expect(view().querySelector('[data-send-form]')).not.toBeNull();
    });
  });
});
