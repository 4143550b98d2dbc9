import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiPath, ChallengeRoutes, Me, MyChallengeRoles, PublicIdea } from '@cocrea/contracts';
import { configureWebTestBed, signIn } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { IdeaPage } from './idea.page';

const ID = 'i0000000-0000-4000-8000-000000000001';
const idea: PublicIdea = {
  id: ID,
  challengeId: 'c1',
  challengeTitle: 'Reto de prueba',
  currentPhases: ['jury'],
  problem: { id: 'p1', institution: 'Municipio de Hermosillo', title: 'Calor extremo en paradas' },
  title: 'Sombras con diseño vecinal',
  description: 'Vecinos eligen el diseño.',
  beneficiaries: '',
  team: '',
  author: 'Ana',
  submittedAt: '2020-08-20T16:00:00.000Z',
  status: 'admitted',
  answer: { outcome: 'admitted', reason: null, duplicateOfId: null, note: 'Cumple.', decidedAt: '2020-09-10T15:00:00.000Z' },
  supports: 5,
  feasibility: [{ scorer: 'Equipo municipal de Hermosillo', score: 7, justification: 'Cabe.', createdAt: '2020-10-05T15:00:00.000Z' }],
  jury: [],
  conflicts: [],
  winner: false,
  pilot: null,
};
const juror: Me = {
  id: '00000000-0000-4000-8000-000000000010',
  name: 'Dra. Beatriz Solís Leree',
  email: 'beatriz.solis@demo.cocrea.mx',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [],
};

describe('IdeaPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;

  beforeAll(() => registerAppLocales());

  const rolesPath = apiPath('getMyChallengeRoles', { challengeId: 'c1' });

  async function open(me?: Me, roles: MyChallengeRoles = { roles: [], conflictIdeaIds: [] }) {
    backend = configureWebTestBed([{ path: 'portal/challenges/ideas/:id', component: IdeaPage }]);
    if (me) signIn(backend, me);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/portal/challenges/ideas/${ID}`);
    backend.expectOne(ChallengeRoutes.publicIdea(ID)).flush(idea);
    harness.detectChanges();
    if (me) backend.expectOne(rolesPath).flush(roles);
    harness.detectChanges();
  }

  afterEach(() => backend.verify());

  it('shows a visitor the answer and the feasibility score, and says the jury publishes when its phase closes', async () => {
    await open();
    expect(view().textContent).toContain('Cumple.');
    expect(view().textContent).toContain('Equipo municipal de Hermosillo');
    expect(view().textContent).toContain('se publican al cerrar su fase');
    expect(view().querySelector('cc-score-form')).toBeNull();
  });

  it('offers the jury score to no one signed in who is not on the jury', async () => {
    await open(juror, { roles: ['manager'], conflictIdeaIds: [] });
    expect(view().querySelector('cc-score-form')).toBeNull();
  });

  it('lets a juror declare a conflict, with the justification as its reason, and then no longer offers the score', async () => {
    await open(juror, { roles: ['juror'], conflictIdeaIds: [] });
    const reason = view().querySelector('cc-score-form textarea') as HTMLTextAreaElement;
    reason.value = 'Asesoré al equipo.';
    reason.dispatchEvent(new Event('input'));
    const conflict = Array.from(view().querySelectorAll('cc-score-form button')).find((b) =>
      b.textContent?.includes('conflicto'),
    ) as HTMLButtonElement;
    conflict.click();
    const request = backend.expectOne(ChallengeRoutes.conflict(ID));
    expect(request.request.body).toEqual({ reason: 'Asesoré al equipo.' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne(ChallengeRoutes.publicIdea(ID)).flush(idea);
    backend.expectOne(rolesPath).flush({ roles: ['juror'], conflictIdeaIds: [ID] });
    harness.detectChanges();
    expect(view().querySelector('cc-score-form')).toBeNull();
    expect(view().textContent).toContain('Usted declaró un conflicto de interés con esta idea');
  });
});
