import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { GroupRoutes, Me } from '@cocrea/contracts';
import { configureWebTestBed, signIn } from '../../testing/setup';
import { GroupsNav } from './groups-nav';

const person = (commissions: Me['commissions']): Me => ({
  id: 'p1',
  name: 'Jimena Reigosa',
  email: 'jimena@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions,
});

describe('GroupsNav', () => {
  let backend: HttpTestingController;
  beforeEach(() => (backend = configureWebTestBed()));
  afterEach(() => backend.verify());

  const visible = async () => {
    const nav = TestBed.inject(GroupsNav);
    TestBed.tick();
    await Promise.resolve();
    return nav.visible;
  };

  it('hides the groups link from a visitor', async () => {
    expect((await visible())()).toBe(false);
  });

  it('shows it at once to someone with a commission seat', async () => {
    signIn(backend, person([{ commissionId: 'c1', role: 'commissioner', votes: true }]));
    expect((await visible())()).toBe(true);
    backend.expectNone(GroupRoutes.access);
  });

  it.each([
    ['a partner who takes part in a group', true],
    ['a representative without a seat nor a group', false],
  ])('asks the api for %s', async (_, readsGroups) => {
    signIn(backend, person([]));
    const shown = await visible();
    backend.expectOne(GroupRoutes.access).flush({ readsGroups });
    expect(shown()).toBe(readsGroups);
  });
});
