import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { HomeView, Me } from '@cocrea/contracts';
import { configureWebTestBed, signIn } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { HomePage } from './home.page';

const home: HomeView = {
  today: '2026-12-07',
  nextMeetings: [],
  openPolls: [],
  myDue: [
    { kind: 'deliverable', id: 'd1', title: 'Informe de cierre', dueOn: '2026-12-10', groupId: 'g1', groupName: 'Apertura' },
    { kind: 'milestone', id: 'm1', title: 'Compromiso 13: Mapeo de actores', dueOn: '2026-12-12', groupId: null, groupName: null },
  ],
  myAgreements: [
    {
      id: 'a1',
      number: 'CGATP/03/15-02-2021',
      commissionId: 'c1',
      meetingId: 'm1',
      meetingTitle: 'Primera sesión ordinaria',
      meetingDate: '2021-02-15',
      text: 'Publicar el micrositio de la vitrina',
      adoption: 'unanimity',
      yes: null,
      no: null,
      abstain: null,
      adoptedBy: 'por unanimidad',
      pollId: null,
      responsible: null,
      assignee: { personId: 'p1', name: 'Javier Moro' },
      dueOn: '2026-12-01',
      status: 'pending',
      overdue: true,
      updatedAt: '2026-11-30T12:00:00.000Z',
    },
  ],
  toDecide: {
    inputsToReview: [
      {
        id: 'i1',
        title: 'Aporte de GESOC',
        deliverableId: 'd2',
        deliverableTitle: 'Mapeo',
        author: { id: 'p1', name: 'Javier Moro', organization: null },
        groupId: 'g1',
        groupName: 'Apertura',
      },
    ],
    joinRequests: [],
  },
  groupActivity: [],
  notifications: [],
  unreadNotifications: 0,
};

describe('HomePage', () => {
  let backend: HttpTestingController;

  beforeAll(() => registerAppLocales());

  afterEach(() => backend.verify());

  it('links what is due (a milestone to the roadmap), what awaits an answer and the agreements assigned to me to their own pages', async () => {
    backend = configureWebTestBed([{ path: 'inicio', component: HomePage }]);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/inicio', HomePage);
    backend.expectOne('/api/home').flush(home);
    await harness.fixture.whenStable();
    const view = harness.routeNativeElement as HTMLElement;
    const href = (text: string) =>
      Array.from(view.querySelectorAll('a'))
        .find((a) => a.textContent?.includes(text))
        ?.getAttribute('href');
    expect(href('Informe de cierre')).toBe('/groups/deliverables/d1');
    expect(href('Compromiso 13: Mapeo de actores')).toBe('/groups/roadmap');
    expect(href('Aporte de GESOC')).toBe('/groups/deliverables/d2');
    expect(href('CGATP/03/15-02-2021')).toBe('/voting/agreements/a1');
  });

  const person = (role: 'commissioner' | 'observer' | null, votes: boolean): Me => ({
    id: '00000000-0000-4000-8000-000000000020',
    name: 'Javier Moro',
    email: 'javier.moro@demo.cocrea.mx',
    title: null,
    locale: 'es-MX',
    platformRole: 'user',
    organization: null,
    commissions: role ? [{ commissionId: 'c1', role, votes }] : [],
  });
  const poll = { id: 'p1', title: 'Aprobación del acta', meetingId: 'm1', meetingTitle: 'Primera sesión ordinaria' };

  it.each([
    ['a partner, with no poll open for them', person(null, false), [], false],
    ['an observer without a vote, with no poll open for them', person('observer', false), [], false],
    ['a commissioner, with no poll open yet', person('commissioner', true), [], true],
    ['a representative, while a poll is open for them through a letter', person(null, false), [poll], true],
  ])('decides the open polls card for %s', async (_who, me, openPolls, shown) => {
    backend = configureWebTestBed([{ path: 'inicio', component: HomePage }]);
    signIn(backend, me);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/inicio', HomePage);
    backend.expectOne('/api/home').flush({ ...home, openPolls });
    await harness.fixture.whenStable();
    const view = harness.routeNativeElement as HTMLElement;
    expect(!!view.querySelector('#home-polls')).toBe(shown);
  });
});
