import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, Me } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { StubPage } from '../../testing/stub';
import { AuthService } from '../core/auth/auth.service';
import { LocaleService } from '../core/i18n/locale.service';
import { LoginPage } from './login.page';

const me: Me = {
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Secretaría Técnica',
  email: 'secretario@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [],
};

const wrongPassword = testProblem(
  'invalid_credentials',
  401,
  { title: 'Correo o contraseña incorrectos', detail: 'Revisa tus datos.' },
  { title: 'Wrong email or password', detail: 'Check your details.' },
);

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  async function open(url = '/login') {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPage);
    return harness.routeNativeElement as HTMLElement;
  }

  function input(page: HTMLElement, label: string): HTMLInputElement {
    const labelElement = Array.from(page.querySelectorAll('label')).find((l) => l.textContent?.includes(label));
    if (!labelElement) {
      throw new Error(`No label "${label}"`);
    }
    return page.querySelector(`#${labelElement.getAttribute('for')}`) as HTMLInputElement;
  }

  function type(element: HTMLInputElement, value: string) {
    element.value = value;
    element.dispatchEvent(new Event('input'));
  }

  async function signIn(page: HTMLElement, email = me.email, password = 'contraseña-demo') {
    type(input(page, 'Correo electrónico'), email);
    type(input(page, 'Contraseña'), password);
    submitButton(page).click();
    await harness.fixture.whenStable();
  }

  const submitButton = (page: HTMLElement) => page.querySelector('button[type=submit]') as HTMLButtonElement;
  const alertText = (page: HTMLElement) => page.querySelector('[role=alert]')?.textContent?.trim();

  beforeEach(() => {
    backend = configureWebTestBed([
      { path: 'login', component: LoginPage },
      { path: '**', component: StubPage },
    ]);
  });

  afterEach(() => backend.verify());

  it('labels the fields and the button in Spanish', async () => {
    const page = await open();
    expect(input(page, 'Correo electrónico').type).toBe('email');
    expect(input(page, 'Contraseña').type).toBe('password');
    expect(submitButton(page).textContent?.trim()).toBe('Entrar');
  });

  it('has a heading that can take focus after a navigation', async () => {
    const page = await open();
    expect(page.querySelector('h1')?.getAttribute('tabindex')).toBe('-1');
  });

  it('labels them in English after switching', async () => {
    TestBed.inject(LocaleService).choose('en');
    const page = await open();
    expect(input(page, 'Email')).toBeTruthy();
    expect(input(page, 'Password')).toBeTruthy();
    expect(submitButton(page).textContent?.trim()).toBe('Sign in');
  });

  it('does not call the api while the form is incomplete, and says what is missing', async () => {
    const page = await open();
    submitButton(page).click();
    await harness.fixture.whenStable();
    backend.expectNone(ApiRoutes.login);
    expect(page.textContent).toContain('Escriba su correo electrónico.');
    expect(page.textContent).toContain('Escriba su contraseña.');
  });

  it('signs in and goes back to the page that was asked for', async () => {
    const page = await open('/login?returnUrl=%2Fpeople%2F42');
    await signIn(page);
    const request = backend.expectOne({ method: 'POST', url: ApiRoutes.login });
    expect(request.request.body).toEqual({ email: me.email, password: 'contraseña-demo' });
    request.flush({ token: 't', expiresAt: '2030-01-01T00:00:00Z', me });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/people/42');
    expect(TestBed.inject(AuthService).me()).toEqual(me);
  });

  it('goes to the home page when there is no (safe) page to return to', async () => {
    const page = await open('/login?returnUrl=%2F%2Fevil.example');
    await signIn(page);
    backend.expectOne(ApiRoutes.login).flush({ token: 't', expiresAt: '2030-01-01T00:00:00Z', me });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/inicio');
  });

  it("shows the problem's title when the credentials are wrong", async () => {
    const page = await open();
    await signIn(page, me.email, 'mala');
    backend.expectOne(ApiRoutes.login).flush(wrongPassword, problemResponse(401, 'Unauthorized'));
    await harness.fixture.whenStable();

    expect(alertText(page)).toBe('Correo o contraseña incorrectos');
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(submitButton(page).disabled).toBe(false);
  });

  it('says to wait after too many attempts (429)', async () => {
    const page = await open();
    await signIn(page);
    backend
      .expectOne(ApiRoutes.login)
      .flush(
        { ...wrongPassword, status: 429, code: 'too_many_requests', title: 'Demasiadas solicitudes' },
        problemResponse(429, 'Too Many Requests'),
      );
    await harness.fixture.whenStable();
    expect(alertText(page)).toBe('Demasiados intentos. Espere un momento y vuelva a intentarlo.');
  });

  it('says the server could not be reached on a network error', async () => {
    const page = await open();
    await signIn(page);
    backend.expectOne(ApiRoutes.login).error(new ProgressEvent('error'), { status: 0 });
    await harness.fixture.whenStable();
    expect(alertText(page)).toBe('No se pudo conectar con el servidor. Revise su conexión y vuelva a intentarlo.');
  });
});
