import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ApiRoutes, CSRF_COOKIE, CSRF_HEADER, Me, PROBLEM_CONTENT_TYPE, Problem } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, signIn, testProblem } from '../../../testing/setup';
import { AuthService } from '../auth/auth.service';
import { LocaleService } from '../i18n/locale.service';
import { ApiError } from './api-error';

const invalidCredentials = testProblem(
  'invalid_credentials',
  401,
  { title: 'Credenciales incorrectas', detail: 'El correo o la contraseña no son correctos.' },
  { title: 'Invalid credentials', detail: 'The email or password is not correct.' },
);

const me: Me = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Ana',
  email: 'ana@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [],
};

describe('API interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = configureWebTestBed();
    http = TestBed.inject(HttpClient);
  });

  afterEach(() => backend.verify());

  function failWith(url: string): Promise<unknown> {
    return new Promise((resolve) => http.get(url).subscribe({ error: resolve }));
  }

  it('turns an application/problem+json response into a typed ApiError', async () => {
    const failure = failWith(ApiRoutes.commissions);
    backend.expectOne(ApiRoutes.commissions).flush(invalidCredentials, problemResponse(401, 'Unauthorized'));

    const error = await failure;
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(401);
    expect(apiError.code).toBe('invalid_credentials');
    expect(apiError.problem).toEqual(invalidCredentials);
    expect(apiError.titleIn('es-MX')).toBe('Credenciales incorrectas');
    expect(apiError.titleIn('en')).toBe('Invalid credentials');
    expect(apiError.detailIn('en')).toBe('The email or password is not correct.');
  });

  it('keeps field errors of a validation problem', async () => {
    const problem: Problem = {
      ...invalidCredentials,
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'pageSize', message: 'Demasiado grande', messages: { es: 'Demasiado grande', en: 'Too big' } }],
    };
    const failure = failWith(ApiRoutes.commissions);
    backend.expectOne(ApiRoutes.commissions).flush(problem, problemResponse(400, 'Bad Request'));

    const error = (await failure) as ApiError;
    expect(error.problem?.errors?.[0]).toMatchObject({ path: 'pageSize', messages: { en: 'Too big' } });
  });

  it('reads a problem delivered as text', async () => {
    const failure = failWith(ApiRoutes.people);
    backend.expectOne(ApiRoutes.people).flush(JSON.stringify(invalidCredentials), {
      status: 404,
      statusText: 'Not Found',
      headers: { 'Content-Type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8` },
    });
    expect(((await failure) as ApiError).code).toBe('invalid_credentials');
  });

  it('reports an unreachable server as a network error', async () => {
    const failure = failWith(ApiRoutes.commissions);
    backend.expectOne(ApiRoutes.commissions).error(new ProgressEvent('error'), { status: 0 });

    const error = (await failure) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
    expect(error.problem).toBeNull();
  });

  it('maps a response that is not a problem to an ApiError without problem', async () => {
    const failure = failWith(ApiRoutes.commissions);
    backend
      .expectOne(ApiRoutes.commissions)
      .flush('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } });

    const error = (await failure) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
    expect(error.titleIn('es-MX')).toBeNull();
  });

  it('sends Accept-Language in the current interface language on API calls only', () => {
    http.get(ApiRoutes.commissions).subscribe();
    expect(backend.expectOne(ApiRoutes.commissions).request.headers.get('Accept-Language')).toBe('es-MX');

    TestBed.inject(LocaleService).choose('en');
    http.get(ApiRoutes.commissions).subscribe();
    expect(backend.expectOne(ApiRoutes.commissions).request.headers.get('Accept-Language')).toBe('en');

    http.get('/i18n/en.json').subscribe();
    expect(backend.expectOne('/i18n/en.json').request.headers.has('Accept-Language')).toBe(false);
  });

  it('sends the person back to /login when the session has expired', async () => {
    const auth = TestBed.inject(AuthService);
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    signIn(backend, me);
    expect(auth.signedIn()).toBe(true);

    const failure = failWith(ApiRoutes.commissions);
    backend
      .expectOne(ApiRoutes.commissions)
      .flush({ ...invalidCredentials, code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    await failure;

    expect(auth.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/' } });
  });

  it('does not treat a failed login as an expired session', async () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate');
    const failure = new Promise((resolve) =>
      TestBed.inject(AuthService).login({ email: me.email, password: 'wrong' }).subscribe({ error: resolve }),
    );
    backend.expectOne(ApiRoutes.login).flush(invalidCredentials, { status: 401, statusText: 'Unauthorized' });

    expect(await failure).toBeInstanceOf(ApiError);
    expect(navigate).not.toHaveBeenCalled();
  });

  describe('CSRF token', () => {
    beforeEach(() => (document.cookie = `${CSRF_COOKIE}=abc.123; path=/`));
    afterEach(() => (document.cookie = `${CSRF_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`));

    it('echoes the token cookie in the header on every state-changing api call', () => {
      http.post(ApiRoutes.logout, null).subscribe();
      http.patch(ApiRoutes.me, { locale: 'en' }).subscribe();
      http.delete('/api/attachments/1').subscribe();
      const requests = backend.match(() => true);
      expect(requests).toHaveLength(3);
      for (const request of requests) {
        expect(request.request.headers.get(CSRF_HEADER)).toBe('abc.123');
        request.flush(null);
      }
    });

    it('leaves reads and other origins without it', () => {
      http.get(ApiRoutes.me).subscribe();
      http.post('https://elsewhere.example/api/x', {}).subscribe();
      const [read, foreign] = backend.match(() => true);
      expect(read.request.headers.has(CSRF_HEADER)).toBe(false);
      expect(foreign.request.headers.has(CSRF_HEADER)).toBe(false);
      read.flush(me);
      foreign.flush(null);
    });
  });
});
