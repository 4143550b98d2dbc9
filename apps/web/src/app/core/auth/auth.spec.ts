import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { ApiRoutes, Me } from '@cocrea/contracts';
import { configureWebTestBed, signIn } from '../../../testing/setup';
import { LOCALE_STORAGE_KEY } from '../i18n/locale';
import { LocaleService } from '../i18n/locale.service';
import { authGuard, guestGuard, safeReturnUrl } from './auth.guards';
import { AuthService } from './auth.service';

const me: Me = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Blanca Lilia Ibarra Cadena',
  email: 'blanca@example.org',
  title: 'Comisionada Coordinadora',
  locale: 'en',
  platformRole: 'user',
  organization: null,
  commissions: [{ commissionId: 'c1', role: 'chair', votes: true }],
};

describe('AuthService and guards', () => {
  let auth: AuthService;
  let backend: HttpTestingController;
  let locales: LocaleService;

  beforeEach(() => {
    backend = configureWebTestBed();
    auth = TestBed.inject(AuthService);
    locales = TestBed.inject(LocaleService);
  });

  afterEach(() => backend.verify());

  describe('restore', () => {
    it('knows who is signed in from GET /api/auth/me', async () => {
      const restored = auth.restore();
      backend.expectOne({ method: 'GET', url: ApiRoutes.me }).flush(me);
      expect(await restored).toEqual(me);
      expect(auth.me()).toEqual(me);
    });

    it('treats 401 as nobody signed in', async () => {
      const restored = auth.restore();
      backend.expectOne(ApiRoutes.me).flush(null, { status: 401, statusText: 'Unauthorized' });
      expect(await restored).toBeNull();
      expect(auth.signedIn()).toBe(false);
    });

    it("uses the account's language when this device has no choice", async () => {
      const restored = auth.restore();
      backend.expectOne(ApiRoutes.me).flush(me);
      await restored;
      expect(locales.locale()).toBe('en');
    });

    it("keeps this device's choice and copies it to the account", async () => {
      locales.choose('es-MX');
      const restored = auth.restore();
      backend.expectOne({ method: 'GET', url: ApiRoutes.me }).flush(me);
      await restored;
      expect(locales.locale()).toBe('es-MX');
      const patch = backend.expectOne({ method: 'PATCH', url: ApiRoutes.me });
      expect(patch.request.body).toEqual({ locale: 'es-MX' });
      patch.flush({ ...me, locale: 'es-MX' });
    });
  });

  it('posts the credentials on login and remembers the person', () => {
    let signedIn: Me | undefined;
    auth.login({ email: me.email, password: 'secret' }).subscribe((result) => (signedIn = result));
    const request = backend.expectOne({ method: 'POST', url: ApiRoutes.login });
    expect(request.request.body).toEqual({ email: me.email, password: 'secret' });
    request.flush({ token: 'jwt', expiresAt: '2030-01-01T00:00:00Z', me });
    expect(signedIn).toEqual(me);
    expect(auth.me()).toEqual(me);
  });

  it('forgets the person after logout, even if the api fails', () => {
    signIn(backend, me);
    auth.logout().subscribe({ error: () => undefined });
    backend.expectOne({ method: 'POST', url: ApiRoutes.logout }).flush(null, { status: 500, statusText: 'Error' });
    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  describe('authGuard', () => {
    const run = (url: string) =>
      TestBed.runInInjectionContext(() => authGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));

    it('sends a visitor to /login with the requested URL to come back to', () => {
      const result = run('/directory?state=Jalisco');
      expect(result).toBeInstanceOf(UrlTree);
      expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Fdirectory%3Fstate%3DJalisco');
    });

    it('lets a signed-in person through', () => {
      signIn(backend, me);
      expect(run('/directory')).toBe(true);
    });
  });

  it('guestGuard sends a signed-in person from /login to their home', () => {
    const run = () => TestBed.runInInjectionContext(() => guestGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
    expect(run()).toBe(true);
    signIn(backend, me);
    expect(TestBed.inject(Router).serializeUrl(run() as UrlTree)).toBe('/inicio');
  });

  it.each([
    [null, '/inicio'],
    ['', '/inicio'],
    ['/people/42', '/people/42'],
    ['/directory?q=ana', '/directory?q=ana'],
    ['https://evil.example', '/inicio'],
    ['//evil.example', '/inicio'],
    ['/\\evil.example', '/inicio'],
    ['/login?returnUrl=%2F', '/inicio'],
  ])('safeReturnUrl(%p) is %p', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
