import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { ChallengeRoutes, IdeaViewerRights, Me, MyChallengeRoles, Page, PublicIdea, PublicIdeaComment, apiPath } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, signIn, testProblem } from '../../testing/setup';
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
  coauthors: [],
  attachments: [],
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

const NO_COMMENTS: Page<PublicIdeaComment> = { items: [], total: 0, page: 1, pageSize: 20 };
const COMMENTS_URL = apiPath('listPublicIdeaComments', { ideaId: ID });
const NO_RIGHTS: IdeaViewerRights = { edit: false, manageTeam: false, moderate: false };

describe('IdeaPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;
  const buttons = (text: string) => Array.from(view().querySelectorAll('button')).filter((b) => b.textContent?.includes(text));
  const type = (selector: string, value: string) => {
    const field = view().querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  beforeAll(() => registerAppLocales());

  const rolesPath = apiPath('getMyChallengeRoles', { challengeId: 'c1' });
  const NO_ROLES: MyChallengeRoles = { roles: [], conflictIdeaIds: [] };

  async function open(
    me?: Me,
    {
      shown = idea,
      rights = NO_RIGHTS,
      comments = NO_COMMENTS,
      roles = NO_ROLES,
    }: { shown?: PublicIdea; rights?: IdeaViewerRights; comments?: Page<PublicIdeaComment>; roles?: MyChallengeRoles } = {},
  ) {
    backend = configureWebTestBed([{ path: 'portal/challenges/ideas/:id', component: IdeaPage }]);
    if (me) signIn(backend, me);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/portal/challenges/ideas/${ID}`);
    if (me) backend.expectOne(apiPath('getIdeaViewerRights', { ideaId: ID })).flush(rights);
    backend.expectOne(ChallengeRoutes.publicIdea(ID)).flush(shown);
    harness.detectChanges();
    backend.expectOne((r) => r.url === COMMENTS_URL).flush(comments);
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
    await open(juror, { roles: { roles: ['manager'], conflictIdeaIds: [] } });
    expect(view().querySelector('cc-score-form')).toBeNull();
  });

  it('lets a juror declare a conflict, with the justification as its reason, and then no longer offers the score', async () => {
    await open(juror, { roles: { roles: ['juror'], conflictIdeaIds: [] } });
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

  it('shows the co-authors by name and the files as public downloads', async () => {
    await open(undefined, {
      shown: {
        ...idea,
        coauthors: ['Beto Ruiz'],
        attachments: [{ id: 'f1', filename: 'Plano.pdf', mediaType: 'application/pdf', size: 2048 }],
      },
    });
    expect(view().textContent).toContain('Con: Beto Ruiz');
    const link = view().querySelector('cc-idea-files a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(apiPath('downloadPublicIdeaFile', { ideaId: ID, attachmentId: 'f1' }));
    expect(link.getAttribute('aria-label')).toBe('Descargar Plano.pdf (2 KB)');
    expect(buttons('Quitar')).toHaveLength(0);
    expect(view().querySelector('cc-idea-files cc-attachment-upload')).toBeNull();
  });

  it('shows a hidden comment as removed by moderation with its reason, and offers no comment form to a visitor', async () => {
    const comments: Page<PublicIdeaComment> = {
      items: [
        {
          id: 'k1',
          author: 'Carla',
          createdAt: '2020-08-21T16:00:00.000Z',
          body: null,
          hidden: { reason: 'Datos personales', hiddenAt: '2020-08-21T17:00:00.000Z' },
        },
        { id: 'k2', author: 'Beto', createdAt: '2020-08-22T16:00:00.000Z', body: '¿Cuánto cuesta?', hidden: null },
      ],
      total: 2,
      page: 1,
      pageSize: 20,
    };
    await open(undefined, { comments });
    expect(view().textContent).toContain('Comentarios (2)');
    expect(view().textContent).toContain('Retirado por moderación: Datos personales');
    expect(view().textContent).toContain('¿Cuánto cuesta?');
    expect(view().querySelector('cc-idea-comments textarea')).toBeNull();
    expect(buttons('Retirar por moderación')).toHaveLength(0);
  });

  it('lets a signed-in citizen comment while the challenge is open, and reloads the list', async () => {
    await open(juror);
    type('cc-idea-comments textarea', 'Me gusta.');
    buttons('Comentar')[0].click();
    const sent = backend.expectOne(apiPath('addIdeaComment', { ideaId: ID }));
    expect(sent.request.body).toEqual({ body: 'Me gusta.' });
    sent.flush({ id: 'k9', author: juror.name, createdAt: '2020-08-23T16:00:00.000Z', body: 'Me gusta.', hidden: null });
    await harness.fixture.whenStable();
    harness.detectChanges();
    const reload = backend.expectOne((r) => r.url === COMMENTS_URL);
    expect(reload.request.params.get('page')).toBe('1');
    reload.flush({
      ...NO_COMMENTS,
      total: 1,
      items: [{ id: 'k9', author: juror.name, createdAt: '2020-08-23T16:00:00.000Z', body: 'Me gusta.', hidden: null }],
    });
    harness.detectChanges();
    expect(view().textContent).toContain('Me gusta.');
  });

  it('lets a manager hide a comment with a reason', async () => {
    const comments: Page<PublicIdeaComment> = {
      items: [{ id: 'k2', author: 'Beto', createdAt: '2020-08-22T16:00:00.000Z', body: 'Mi teléfono es…', hidden: null }],
      total: 1,
      page: 1,
      pageSize: 20,
    };
    await open(juror, { rights: { ...NO_RIGHTS, moderate: true }, comments });
    buttons('Retirar por moderación')[0].click();
    harness.detectChanges();
    type('cc-idea-comments .hide-form input', 'Datos personales');
    buttons('Retirar el comentario')[0].click();
    const hide = backend.expectOne(apiPath('hideIdeaComment', { commentId: 'k2' }));
    expect(hide.request.body).toEqual({ reason: 'Datos personales' });
    hide.flush({ ...comments.items[0], body: null, hidden: { reason: 'Datos personales', hiddenAt: '2020-08-22T17:00:00.000Z' } });
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === COMMENTS_URL).flush(NO_COMMENTS);
  });

  it('says why a comment was refused, in the api’s words', async () => {
    await open(juror);
    type('cc-idea-comments textarea', 'Tarde.');
    buttons('Comentar')[0].click();
    backend
      .expectOne(apiPath('addIdeaComment', { ideaId: ID }))
      .flush(
        testProblem(
          'challenge_closed',
          409,
          { title: 'Reto cerrado', detail: 'Esta acción solo se permite mientras el reto está abierto.' },
          { title: 'Closed', detail: 'Closed.' },
        ),
        problemResponse(409, 'Conflict'),
      );
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(view().querySelector('cc-idea-comments [role="alert"]')?.textContent).toContain('Reto cerrado');
  });

  it('lets the author name co-authors and attach files while the ideas phase is open', async () => {
    const open$ = { ...idea, currentPhases: ['ideas' as const], status: 'submitted' as const, answer: null };
    await open(juror, { shown: open$, rights: { edit: true, manageTeam: true, moderate: false } });
    backend.expectOne(apiPath('listIdeaCoauthors', { ideaId: ID })).flush([{ personId: 'p2', name: 'Beto', email: 'beto@example.mx' }]);
    harness.detectChanges();
    expect((view().querySelector('cc-idea-team-form textarea') as HTMLTextAreaElement).value).toBe('beto@example.mx');
    type('cc-idea-team-form textarea', 'beto@example.mx,\n carla@example.mx');
    buttons('Guardar el equipo')[0].click();
    const team = backend.expectOne(apiPath('setIdeaCoauthors', { ideaId: ID }));
    expect(team.request.body).toEqual({ emails: ['beto@example.mx', 'carla@example.mx'] });
    team.flush([]);
    backend.expectOne(ChallengeRoutes.publicIdea(ID)).flush(open$);
    harness.detectChanges();
    expect(view().querySelector('cc-idea-files cc-attachment-upload')).not.toBeNull();
  });

  describe('editing the idea', () => {
    const inIdeasPhase = { ...idea, currentPhases: ['ideas' as const], status: 'submitted' as const, answer: null };
    const EDITOR: IdeaViewerRights = { edit: true, manageTeam: false, moderate: false };

    it('offers "Editar" to no one who may not edit the idea', async () => {
      await open(juror, { shown: inIdeasPhase });
      expect(buttons('Editar')).toHaveLength(0);
    });

    it('offers "Editar" to its authors only while the ideas phase is open', async () => {
      await open(juror, { shown: idea, rights: EDITOR });
      expect(buttons('Editar')).toHaveLength(0);
    });

    it('opens the form filled with the idea and focused on its title', async () => {
      await open(juror, { shown: inIdeasPhase, rights: EDITOR });
      buttons('Editar')[0].click();
      harness.detectChanges();
      const title = view().querySelector('cc-idea-form input') as HTMLInputElement;
      expect(title.value).toBe('Sombras con diseño vecinal');
      expect(document.activeElement).toBe(title);
    });

    it('sends the edited fields and gives the focus back to "Editar" with a note', async () => {
      await open(juror, { shown: inIdeasPhase, rights: EDITOR });
      buttons('Editar')[0].click();
      harness.detectChanges();
      type('cc-idea-form input', 'Sombras vecinales');
      type('cc-idea-form textarea', 'Los vecinos eligen y construyen.');
      buttons('Guardar cambios')[0].click();
      const edit = backend.expectOne({ method: 'PATCH', url: apiPath('editIdea', { ideaId: ID }) });
      expect(edit.request.body).toEqual({
        title: 'Sombras vecinales',
        description: 'Los vecinos eligen y construyen.',
        beneficiaries: '',
        team: '',
      });
      edit.flush({ id: ID, status: 'submitted' });
      backend.expectOne(ChallengeRoutes.publicIdea(ID)).flush({ ...inIdeasPhase, title: 'Sombras vecinales' });
      harness.detectChanges();
      await harness.fixture.whenStable();
      expect(view().querySelector('cc-idea-form')).toBeNull();
      expect(view().querySelector('h1')?.textContent).toContain('Sombras vecinales');
      expect(view().textContent).toContain('Se guardaron los cambios de su idea.');
      expect(document.activeElement).toBe(buttons('Editar')[0]);
    });

    it('shows the server’s refusal when the ideas phase has closed meanwhile', async () => {
      await open(juror, { shown: inIdeasPhase, rights: EDITOR });
      buttons('Editar')[0].click();
      harness.detectChanges();
      buttons('Guardar cambios')[0].click();
      backend
        .expectOne(apiPath('editIdea', { ideaId: ID }))
        .flush(
          testProblem(
            'challenge_phase_closed',
            409,
            { title: 'Fase cerrada', detail: 'Las ideas solo se editan durante la fase de ideas.' },
            { title: 'Phase closed', detail: 'Ideas are edited only in the ideas phase.' },
          ),
          problemResponse(409, 'Conflict'),
        );
      harness.detectChanges();
      expect(view().querySelector('cc-idea-form [role="alert"]')?.textContent).toContain(
        'Fase cerrada. Las ideas solo se editan durante la fase de ideas.',
      );
    });
  });
});
