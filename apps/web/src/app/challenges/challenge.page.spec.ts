import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiPath, ChallengeRoutes, Me, PublicChallenge } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, signIn, testProblem } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { ChallengePage } from './challenge.page';

const ID = 'c0000000-0000-4000-8000-000000000001';
const citizen: Me = {
  id: '00000000-0000-4000-8000-000000000012',
  name: 'Renata Ibarra',
  email: 'renata@example.mx',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [],
};
const challenge: PublicChallenge = {
  id: ID,
  title: 'Multi City Challenge México 2020',
  summary: 'Cinco municipios, dos problemas cada uno.',
  currentPhases: ['pilots'],
  supportLimit: 3,
  winnersPerProblem: 1,
  weights: { support: 40, feasibility: 30, jury: 30 },
  juryPublished: true,
  phases: [{ phase: 'pilots', opensAt: '2020-11-23T06:00:00.000Z', closesAt: '2027-12-31T06:00:00.000Z', rules: 'Pilotos con mentoría.' }],
  problems: [
    {
      id: 'p1',
      institution: 'Municipio de Reynosa',
      title: 'Fugas de agua que tardan semanas en atenderse',
      context: '',
      ideas: [
        { id: 'i1', title: 'Mapa público de reportes de fugas', author: 'Ana', status: 'admitted', declineReason: null, supports: 6 },
        { id: 'i3', title: 'App de fugas', author: 'Beto', status: 'declined', declineReason: 'incomplete', supports: 0 },
      ],
      ranking: [
        {
          ideaId: 'i1',
          title: 'Mapa público de reportes de fugas',
          position: 1,
          tiedWith: [],
          winner: true,
          arithmetic: {
            supports: 6,
            maxSupports: 6,
            supportNormalized: 1,
            feasibilityAverage: 9,
            feasibilityCount: 1,
            juryAverage: 7,
            juryCount: 3,
            contributions: { support: 40, feasibility: 27, jury: 21 },
            total: 88,
          },
        },
      ],
      winnersDecision: { reason: '', decidedAt: '2020-11-16T15:00:00.000Z' },
    },
  ],
};

describe('ChallengePage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;

  beforeAll(() => registerAppLocales());

  async function open(me?: Me) {
    backend = configureWebTestBed([{ path: 'portal/challenges/:id', component: ChallengePage }]);
    if (me) signIn(backend, me);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/portal/challenges/${ID}`);
  }

  afterEach(() => backend.verify());

  it('shows each ranked idea with the arithmetic of its total and the winner marked', async () => {
    await open();
    backend.expectOne(ChallengeRoutes.publicChallenge(ID)).flush(challenge);
    harness.detectChanges();
    const row = view().querySelector('table tbody tr') as HTMLElement;
    const cells = Array.from(row.querySelectorAll('td')).map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual(['1', '6 / 6 = 1 → 40', '9 (1) → 27', '7 (3) → 21', '88']);
    expect(row.textContent).toContain('Ganadora');
    expect(view().textContent).toContain('Total = 40 × apoyos ÷ máximo');
  });

  it('gives every idea its answer, a declined one with its reason', async () => {
    await open();
    backend.expectOne(ChallengeRoutes.publicChallenge(ID)).flush(challenge);
    harness.detectChanges();
    const declined = Array.from(view().querySelectorAll('ul.list li')).find((li) => li.textContent?.includes('App de fugas'));
    const parts = Array.from(declined?.children ?? []).map((part) => part.textContent?.trim());
    expect(parts).toEqual(['App de fugas', 'Beto', 'Declinada', 'Incompleta']);
  });

  it('explains a failed load and offers to retry', async () => {
    await open();
    backend
      .expectOne(ChallengeRoutes.publicChallenge(ID))
      .flush(
        testProblem('service_unavailable', 503, { title: 'No disponible', detail: 'No.' }, { title: 'Unavailable', detail: 'No.' }),
        problemResponse(503, 'Service Unavailable'),
      );
    harness.detectChanges();
    expect(view().querySelector('[role=alert]')?.textContent).toContain('No se pudo cargar el reto.');
  });

  it('lets a signed-in institution record the winner the ranking gives, in the winners phase', async () => {
    const manager: Me = {
      id: '00000000-0000-4000-8000-000000000011',
      name: 'Equipo municipal de Reynosa',
      email: 'equipo.reynosa@demo.cocrea.mx',
      title: null,
      locale: 'es-MX',
      platformRole: 'user',
      organization: null,
      commissions: [],
    };
    await open(manager);
    backend.expectOne(ChallengeRoutes.publicChallenge(ID)).flush({ ...challenge, currentPhases: ['winners'] });
    backend.expectOne(apiPath('getMyChallengeRoles', { challengeId: ID })).flush({ roles: ['manager'], conflictIdeaIds: [] });
    harness.detectChanges();
    backend.expectOne(apiPath('listChallengeMembers', { challengeId: ID })).flush([]);
    backend.expectOne(apiPath('listChallengeModerationLog', { challengeId: ID })).flush([]);
    harness.detectChanges();
    expect(view().querySelector('h2#manage-heading')?.textContent).toContain('Gestión del reto');
    expect(view().textContent).toContain('Cambiar fechas de Pilotos');
    const submit = Array.from(view().querySelectorAll('cc-winners-form button')).pop() as HTMLButtonElement;
    submit.click();
    const request = backend.expectOne(ChallengeRoutes.winners(ID));
    expect(request.request.body).toEqual({ problemId: 'p1', ideaIds: ['i1'], reason: '' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne(ChallengeRoutes.publicChallenge(ID)).flush(challenge);
  });

  it('offers a signed-in person who does not run the challenge neither the winners decision nor the running tools', async () => {
    await open({ ...citizen });
    backend.expectOne(ChallengeRoutes.publicChallenge(ID)).flush({ ...challenge, currentPhases: ['winners'] });
    backend.expectOne(apiPath('getMyChallengeRoles', { challengeId: ID })).flush({ roles: [], conflictIdeaIds: [] });
    harness.detectChanges();
    expect(view().querySelector('cc-winners-form')).toBeNull();
    expect(view().querySelector('#manage-heading')).toBeNull();
  });
});
