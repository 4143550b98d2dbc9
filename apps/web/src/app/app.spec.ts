import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ApiRoutes, Me } from '@cocrea/contracts';
import { provideTestTransloco } from '../testing/i18n';
import { App } from './app';
import { AuthService } from './core/auth/auth.service';
import { apiInterceptors } from './core/http/api.interceptors';
import { LocaleService } from './core/i18n/locale.service';
import { StubPage } from '../testing/stub';

const me: Me = {
  id: '00000000-0000-4000-8000-000000000009',
  name: 'Josefina Román Vergara',
  email: 'josefina@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [],
};

describe('App shell', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<App>;
  const shell = () => fixture.nativeElement as HTMLElement;

  async function render(signedIn: boolean) {
    if (signedIn) {
      TestBed.inject(AuthService).login({ email: me.email, password: 'x' }).subscribe();
      backend.expectOne(ApiRoutes.login).flush({ token: 't', expiresAt: '2030-01-01T00:00:00Z', me });
    }
    fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(signedIn ? '/directory' : '/login');
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTransloco(),
        provideRouter([
          { path: 'login', component: StubPage },
          { path: 'directory', component: StubPage },
        ]),
        provideHttpClient(withInterceptors(apiInterceptors)),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(LocaleService).init();
  });

  afterEach(() => backend.verify());

  it('shows the app name and the language switch to a visitor, but no navigation', async () => {
    await render(false);
    expect(shell().querySelector('.brand')?.textContent?.trim()).toBe('Cocrea');
    expect(shell().querySelector('button[aria-label="English"]')).not.toBeNull();
    expect(shell().querySelector('nav')).toBeNull();
  });

  it('shows the navigation, the person and a logout button once signed in', async () => {
    await render(true);
    const nav = shell().querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Navegación principal');
    const link = nav?.querySelector('a');
    expect(link?.textContent?.trim()).toBe('Directorio');
    expect(link?.getAttribute('aria-current')).toBe('page');
    expect(shell().textContent).toContain('Josefina Román Vergara');
  });

  it('logs out through the api and goes to /login', async () => {
    await render(true);
    const logout = Array.from(shell().querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Salir');
    logout?.click();
    backend.expectOne({ method: 'POST', url: ApiRoutes.logout }).flush(null);
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(shell().querySelector('nav')).toBeNull();
  });

  it('has a skip link that moves focus to the main content', async () => {
    await render(true);
    const skip = shell().querySelector('a.skip-link') as HTMLAnchorElement;
    expect(skip.textContent?.trim()).toBe('Saltar al contenido principal');
    expect(shell().firstElementChild).toBe(skip);
    Element.prototype.scrollIntoView = jest.fn();
    skip.click();
    expect(document.activeElement?.id).toBe('main');
  });
});
