import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MeetingStatus, PollResult, PollState } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { LiveMeeting } from '../core/live/live-meeting';
import { PollsPanel } from './polls-panel';

const MEETING = 'm1';
const options = [
  { id: 'yes', label: 'A favor', meaning: 'yes' as const, position: 0 },
  { id: 'no', label: 'En contra', meaning: 'no' as const, position: 1 },
  { id: 'abstain', label: 'Abstención', meaning: 'abstain' as const, position: 2 },
];
const poll = (id: string, over: Partial<PollState>): PollState => ({
  id,
  meetingId: MEETING,
  agendaItemId: 'i1',
  subject: `Votación ${id}`,
  method: 'secret',
  status: 'open',
  rule: 'simple',
  base: 'votes_cast',
  hideResultsUntilClose: false,
  allowChange: false,
  askReason: false,
  chairCastingVote: false,
  subjectRef: null,
  options,
  rights: 3,
  voted: 0,
  tally: { yes: 0, no: 0, abstain: 0 },
  namedVotes: null,
  result: null,
  agreementNumber: null,
  openedAt: null,
  closedAt: null,
  version: 1,
  ...over,
});
const passed = {
  passed: true,
  unanimous: false,
  reason: 'majority',
  yes: 2,
  no: 0,
  abstain: 1,
  legalBasis: 'mayoría simple de los votos emitidos',
  base: 'votes_cast',
} as unknown as PollResult;

describe('PollsPanel', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PollsPanel>;
  const root = () => fixture.nativeElement as HTMLElement;
  const buttons = () => Array.from(root().querySelectorAll('button')).map((b) => b.textContent?.trim());

  async function render(polls: PollState[], status: MeetingStatus, manage = true) {
    fixture = TestBed.createComponent(PollsPanel);
    fixture.componentRef.setInput('meetingId', MEETING);
    fixture.componentRef.setInput('agenda', []);
    fixture.componentRef.setInput('manage', manage);
    fixture.componentRef.setInput('meetingStatus', status);
    fixture.detectChanges();
    backend.expectOne(`/api/meetings/${MEETING}/polls`).flush(polls);
    for (const p of polls.filter((p) => p.status === 'open')) backend.expectOne(`/api/polls/${p.id}/rights`).flush([]);
    await fixture.whenStable();
  }

  beforeAll(() => registerAppLocales());
  beforeEach(() => {
    TestBed.overrideComponent(PollsPanel, { add: { providers: [LiveMeeting] } });
    backend = configureWebTestBed();
  });
  afterEach(() => backend.verify());

  it('lists the open poll before the closed ones, whatever order they were created in', async () => {
    await render([poll('a', { status: 'closed', result: passed }), poll('b', {}), poll('c', { status: 'closed', result: passed })], 'open');
    expect(Array.from(root().querySelectorAll('article h3')).map((h) => h.textContent?.trim())).toEqual([
      'Votación b',
      'Votación a',
      'Votación c',
    ]);
  });

  it('labels the counts of a result instead of "2 · 0 · 1"', async () => {
    await render([poll('a', { status: 'closed', result: passed })], 'open');
    const result = root().querySelector('.poll__result')?.textContent ?? '';
    expect(result).toContain('2 a favor · 0 en contra · 1 abstención');
    expect(result).not.toContain('2 · 0 · 1');
  });

  it('has one "Comprobante" field for the panel, not one per poll', async () => {
    await render([poll('a', { status: 'closed', result: passed }), poll('b', {})], 'open');
    expect(root().querySelectorAll('.polls__receipt-check input')).toHaveLength(1);
  });

  it('says what it holds on every join, and takes the polls that moved from the answer without reading them again', async () => {
    await render([poll('a', { status: 'closed', result: passed }), poll('b', { version: 3 })], 'open');
    const live = fixture.debugElement.injector.get(LiveMeeting);
    expect(live.joinRequest(MEETING)).toEqual({ meetingId: MEETING, polls: { a: 1, b: 3 }, ballots: [] });

    live.pollsCatchUp.set({ polls: [poll('b', { version: 5, voted: 2 })], receipts: [], roomChanged: false });
    fixture.detectChanges();
    await fixture.whenStable();
    // No read of the polls and, the room being the same, none of the rights: the join's answer was enough.
    backend.expectNone(`/api/meetings/${MEETING}/polls`);
    backend.expectNone('/api/polls/b/rights');
    expect(live.joinRequest(MEETING).polls).toEqual({ a: 1, b: 5 });
  });

  it('offers "Nueva votación" while the session may still hold polls, and not once it is closed', async () => {
    await render([], 'convened');
    expect(buttons()).toContain('Nueva votación');
    await render([], 'closed');
    expect(buttons()).not.toContain('Nueva votación');
  });

  it('offers no "Nueva votación" in a draft session, which the server refuses, and says the call comes first', async () => {
    await render([], 'draft');
    expect(buttons()).not.toContain('Nueva votación');
    expect(root().querySelector('[data-draft-hint]')?.textContent).toContain('emita la convocatoria primero');
  });

  it('says why "Abrir votación" is not available before the session opens', async () => {
    await render([poll('d', { status: 'draft' })], 'convened');
    const openButton = Array.from(root().querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Abrir votación');
    expect(openButton?.disabled).toBe(true);
    const reason = root().querySelector(`#${openButton?.getAttribute('aria-describedby')}`);
    expect(reason?.textContent).toContain('Se abre cuando la sesión esté abierta.');
  });

  describe('editing a draft', () => {
    const button = (label: string) => Array.from(root().querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    async function startEditing() {
      await render([poll('d', { status: 'draft', method: 'named', tally: null })], 'convened');
      button('Editar')?.click();
      fixture.detectChanges();
      await fixture.whenStable();
    }
    function retitle(subject: string) {
      const input = root().querySelector('[data-poll-form] [formcontrolname="subject"]') as HTMLInputElement;
      input.value = subject;
      input.dispatchEvent(new Event('input'));
      (root().querySelector('[data-poll-form] button[type="submit"]') as HTMLButtonElement).click();
    }

    it('offers "Editar" on a draft to those who manage the polls, and on nothing else', async () => {
      await render([poll('d', { status: 'draft' }), poll('o', {}), poll('c', { status: 'closed', result: passed })], 'open');
      expect(root().querySelectorAll('[data-edit]')).toHaveLength(1);
      expect(root().querySelector('[data-poll="d"] [data-edit]')).not.toBeNull();
      await render([poll('d', { status: 'draft' })], 'open', false);
      expect(buttons()).not.toContain('Editar');
    });

    it('saves the draft with a PATCH carrying only the settings a draft may change, and closes the form', async () => {
      await startEditing();
      expect(root().querySelector('[data-poll="d"] [data-poll-form]')).not.toBeNull();
      retitle('Aprobación del Orden del Día');
      const request = backend.expectOne({ method: 'PATCH', url: '/api/polls/d' });
      expect(request.request.body).toEqual({
        subject: 'Aprobación del Orden del Día',
        method: 'named',
        rule: 'simple',
        base: 'votes_cast',
        hideResultsUntilClose: false,
        allowChange: false,
        askReason: false,
      });
      request.flush(poll('d', { status: 'draft', method: 'named', tally: null, subject: 'Aprobación del Orden del Día', version: 2 }));
      fixture.detectChanges();
      await fixture.whenStable();
      expect(root().querySelector('[data-poll-form]')).toBeNull();
      expect(root().querySelector('[data-poll="d"] h3')?.textContent).toBe('Aprobación del Orden del Día');
    });

    it('does not offer a secret draft the named method (the server keeps a secret poll secret)', async () => {
      await render([poll('s', { status: 'draft', tally: null })], 'convened');
      button('Editar')?.click();
      fixture.detectChanges();
      expect(fixture.componentInstance['offeredMethods']()).toEqual(['secret']);
    });

    it("shows the problem's message when the server refuses the change, and keeps the form", async () => {
      await startEditing();
      retitle('Otro asunto');
      backend.expectOne({ method: 'PATCH', url: '/api/polls/d' }).flush(
        {
          type: 'about:blank',
          status: 409,
          code: 'poll_wrong_status',
          title: 'Estado incorrecto',
          detail: 'Solo se modifica una votación en preparación.',
          messages: {
            es: { title: 'Estado incorrecto', detail: 'Solo se modifica una votación en preparación.' },
            en: { title: 'Wrong status', detail: 'Only a draft poll can be changed.' },
          },
        },
        { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
      );
      fixture.detectChanges();
      await fixture.whenStable();
      expect(root().querySelector('[data-polls-error]')?.textContent).toContain('Solo se modifica una votación en preparación.');
      expect(root().querySelector('[data-poll-form]')).not.toBeNull();
    });
  });
});
