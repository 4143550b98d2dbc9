import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PollState, VotingRight } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { PollRecorder } from './poll-recorder';

const POLL = '33333333-0000-4000-8000-000000000001';
const YES = 'o-yes';
const NO = 'o-no';
const ABSTAIN = 'o-abstain';

const poll = (over: Partial<PollState>): PollState =>
  ({
    id: POLL,
    meetingId: 'm1',
    agendaItemId: 'i1',
    subject: 'Aprobación del acta',
    method: 'show_of_hands',
    status: 'open',
    rule: 'simple',
    base: 'votes_cast',
    hideResultsUntilClose: false,
    allowChange: false,
    askReason: false,
    chairCastingVote: false,
    subjectRef: null,
    options: [
      { id: YES, label: 'A favor', meaning: 'yes', position: 0 },
      { id: NO, label: 'En contra', meaning: 'no', position: 1 },
      { id: ABSTAIN, label: 'Abstención', meaning: 'abstain', position: 2 },
    ],
    rights: 3,
    voted: 0,
    tally: null,
    namedVotes: null,
    result: null,
    agreementNumber: null,
    openedAt: null,
    closedAt: null,
    version: 1,
    ...over,
  }) as PollState;

const roster: VotingRight[] = [
  { memberPersonId: 'p1', memberName: 'Mariana Contreras', asProxy: false, used: false },
  { memberPersonId: 'p2', memberName: 'Conrado Mendoza', asProxy: false, used: false },
  { memberPersonId: 'p3', memberName: 'Paulina Compean', asProxy: true, used: true },
];

describe('PollRecorder', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PollRecorder>;
  let emitted: PollState[];
  const root = () => fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    Array.from(root().querySelectorAll('button')).find((b) => b.textContent?.trim().startsWith(text)) as HTMLButtonElement;
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  async function open(state: PollState) {
    fixture = TestBed.createComponent(PollRecorder);
    fixture.componentRef.setInput('poll', state);
    emitted = [];
    fixture.componentInstance.recorded.subscribe((p) => emitted.push(p));
    fixture.detectChanges();
    backend.expectOne({ method: 'GET', url: `/api/polls/${POLL}/roster` }).flush(roster);
    await fixture.whenStable();
  }

  beforeAll(() => registerAppLocales());
  beforeEach(() => (backend = configureWebTestBed()));
  afterEach(() => backend.verify());

  it('records a show of hands: counts, who spoke against, a confirmation, then the poll closed and announced', async () => {
    await open(poll({}));
    const counts = Array.from(root().querySelectorAll<HTMLInputElement>('input[type="number"]'));
    expect(counts).toHaveLength(3);
    expect(root().querySelector('select')).toBeNull();
    type(counts[0], '2');
    type(counts[1], '1');
    const boxes = Array.from(root().querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes).toHaveLength(3);
    boxes[1].click();
    fixture.detectChanges();
    button('Registrar conteo y cerrar').click();
    await fixture.whenStable();
    expect(root().textContent).toContain('¿Registrar 2 a favor, 1 en contra y 0 abstenciones y cerrar la votación?');
    button('Sí, registrar y cerrar').click();
    const request = backend.expectOne({ method: 'POST', url: `/api/polls/${POLL}/show-of-hands` });
    expect(request.request.body).toEqual({ yes: 2, no: 1, abstain: 0, against: ['p2'] });
    request.flush(poll({ status: 'closed' }));
    await fixture.whenStable();
    expect(emitted.map((p) => p.status)).toEqual(['closed']);
    expect(root().querySelector('[role="status"]')?.textContent).toContain('Conteo registrado; la votación quedó cerrada.');
  });

  it('offers the chair’s casting vote only when the poll allows one, and sends it', async () => {
    await open(poll({ chairCastingVote: true }));
    const casting = root().querySelector('select') as HTMLSelectElement;
    casting.value = 'yes';
    casting.dispatchEvent(new Event('change'));
    const counts = Array.from(root().querySelectorAll<HTMLInputElement>('input[type="number"]'));
    type(counts[0], '1');
    type(counts[1], '1');
    button('Registrar conteo y cerrar').click();
    await fixture.whenStable();
    button('Sí, registrar y cerrar').click();
    const request = backend.expectOne({ method: 'POST', url: `/api/polls/${POLL}/show-of-hands` });
    expect(request.request.body).toEqual({ yes: 1, no: 1, abstain: 0, against: [], castingVote: 'yes' });
    request.flush(poll({ status: 'closed' }));
    await fixture.whenStable();
  });

  it('puts a field error from the server beside its count', async () => {
    await open(poll({}));
    const counts = Array.from(root().querySelectorAll<HTMLInputElement>('input[type="number"]'));
    type(counts[0], '9');
    button('Registrar conteo y cerrar').click();
    await fixture.whenStable();
    button('Sí, registrar y cerrar').click();
    backend.expectOne({ method: 'POST', url: `/api/polls/${POLL}/show-of-hands` }).flush(
      {
        type: 'about:blank',
        title: 'Datos no válidos',
        status: 400,
        code: 'validation_failed',
        errors: [{ path: 'yes', message: 'Hay más votos que derechos de voto presentes (3).' }],
      },
      problemResponse(400, 'Bad Request'),
    );
    await fixture.whenStable();
    expect(root().querySelector('mat-error')?.textContent).toContain('Hay más votos que derechos de voto presentes (3).');
    expect(emitted).toEqual([]);
  });

  it('records a roll call by name: one choice per member who has not voted, sent together, then confirmed', async () => {
    await open(poll({ method: 'named' }));
    const rows = Array.from(root().querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.querySelector('th')?.textContent?.trim())).toEqual([
      'Mariana Contreras',
      'Conrado Mendoza',
      'Paulina Compean',
    ]);
    expect(rows[2].textContent).toContain('Ya votó');
    const selects = Array.from(root().querySelectorAll<HTMLSelectElement>('select'));
    expect(selects.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Sentido del voto de Mariana Contreras',
      'Sentido del voto de Conrado Mendoza',
    ]);
    expect(button('Registrar 0 votos').disabled).toBe(true);
    selects[0].value = YES;
    selects[0].dispatchEvent(new Event('change'));
    selects[1].value = NO;
    selects[1].dispatchEvent(new Event('change'));
    fixture.detectChanges();
    button('Registrar 2 votos').click();
    const request = backend.expectOne({ method: 'POST', url: `/api/polls/${POLL}/roll-call` });
    expect(request.request.body).toEqual({
      votes: [
        { memberPersonId: 'p1', optionId: YES },
        { memberPersonId: 'p2', optionId: NO },
      ],
    });
    request.flush(poll({ method: 'named', voted: 3 }));
    backend.expectOne({ method: 'GET', url: `/api/polls/${POLL}/roster` }).flush(roster.map((r) => ({ ...r, used: true })));
    await fixture.whenStable();
    expect(emitted.map((p) => p.voted)).toEqual([3]);
    expect(root().querySelector('[role="status"]')?.textContent).toContain('Se registraron 2 votos.');
    expect(root().querySelectorAll('select')).toHaveLength(0);
  });
});
