import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Me } from '@cocrea/contracts';
import { configureWebTestBed, signIn } from '../../testing/setup';
import { appRoutes } from '../app.routes';

const me: Me = {
  id: '00000000-0000-4000-8000-000000000009',
  name: 'Josefina Román Vergara',
  email: 'josefina@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [{ commissionId: 'c1', role: 'commissioner', votes: true }],
};

describe('the front door', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = configureWebTestBed(appRoutes);
  });

  // The pages' own loads are not what these tests look at.
  afterEach(() => {
    backend.match(() => true);
    backend.verify();
  });

  it('sends a visitor without an account to the public portal', async () => {
    await TestBed.inject(Router).navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/portal');
  });

  it('keeps a signed-in person in their app', async () => {
    signIn(backend, me);
    await TestBed.inject(Router).navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/inicio');
  });

  it('opens every portal page without an account, at a stable URL', async () => {
    const router = TestBed.inject(Router);
    for (const url of [
      '/portal/sessions?year=2021',
      '/portal/sessions/11111111-0000-4000-8000-000000000001',
      '/portal/agreements/CGATP%2F04%2F17-12-2020',
      '/portal/groups/g1',
      '/portal/commissioners/p1',
      '/portal/documents/v1',
      '/portal/search?q=grupos',
      '/portal/data',
      '/portal/challenges',
      '/portal/challenges/c1',
      '/portal/challenges/ideas/i1',
    ]) {
      await router.navigateByUrl(url);
      expect(router.url).toBe(url);
    }
  });

  it('still sends a visitor to the login page for the members’ app', async () => {
    await TestBed.inject(Router).navigateByUrl('/directory');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fdirectory');
  });
});
