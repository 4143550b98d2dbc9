import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, Me } from '@cocrea/contracts';
import { configureWebTestBed, signIn } from '../../../testing/setup';
import { AuthService } from '../auth/auth.service';
import { LOCALE_STORAGE_KEY } from '../i18n/locale';
import { LanguageSwitch } from './language-switch';

const me: Me = {
  id: '7d0c1b9e-55b1-4a3e-9a0e-3f4e0b0a0001',
  name: 'Norma Julieta del Río Venegas',
  email: 'secretaria@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [],
};

describe('LanguageSwitch', () => {
  let http: HttpTestingController;

  function render() {
    const fixture = TestBed.createComponent(LanguageSwitch);
    fixture.detectChanges();
    return fixture;
  }
  const button = (element: HTMLElement) => element.querySelector('button') as HTMLButtonElement;

  beforeEach(() => {
    http = configureWebTestBed();
  });

  afterEach(() => http.verify());

  it('offers English, by that accessible name, while the interface is in Spanish', () => {
    const fixture = render();
    const el = button(fixture.nativeElement);
    expect(el.textContent?.trim()).toBe('English');
    expect(el.getAttribute('aria-label')).toBe('English');
    expect(el.getAttribute('lang')).toBe('en');
  });

  it('switches to English, remembers it in localStorage and sets <html lang>', async () => {
    const fixture = render();
    button(fixture.nativeElement).click();
    await fixture.whenStable();

    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    const el = button(fixture.nativeElement);
    expect(el.textContent?.trim()).toBe('Español');
    expect(el.getAttribute('aria-label')).toBe('Español');
    // Not signed in: nothing to store on the server.
    http.expectNone(ApiRoutes.me);
  });

  it('switches back to Spanish on a second press', async () => {
    const fixture = render();
    button(fixture.nativeElement).click();
    await fixture.whenStable();
    button(fixture.nativeElement).click();
    await fixture.whenStable();

    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es-MX');
    expect(document.documentElement.lang).toBe('es-MX');
    expect(button(fixture.nativeElement).textContent?.trim()).toBe('English');
  });

  it('also saves the choice on the account when signed in', async () => {
    signIn(http, me);
    const auth = TestBed.inject(AuthService);

    const fixture = render();
    button(fixture.nativeElement).click();
    await fixture.whenStable();

    const patch = http.expectOne({ method: 'PATCH', url: ApiRoutes.me });
    expect(patch.request.body).toEqual({ locale: 'en' });
    expect(patch.request.headers.get('Accept-Language')).toBe('en');
    patch.flush({ ...me, locale: 'en' });
    expect(auth.me()?.locale).toBe('en');
  });
});
