import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, PROBLEM_CONTENT_TYPE, PersonDetail } from '@cocrea/contracts';
import { provideTestTransloco } from '../../testing/i18n';
import { apiInterceptors } from '../core/http/api.interceptors';
import { registerAppLocales } from '../core/i18n/locale-data';
import { LocaleService } from '../core/i18n/locale.service';
import { PersonPage } from './person.page';
import { StubPage } from '../../testing/stub';

const person: PersonDetail = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Blanca Lilia Ibarra Cadena',
  email: 'blanca.ibarra@example.org',
  title: 'Comisionada Coordinadora',
  locale: 'es-MX',
  platformRole: 'user',
  organization: {
    id: 'o1',
    name: 'Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de Puebla',
    shortName: 'ITAIPUE',
    kind: 'guarantor',
    state: 'Puebla',
  },
  memberships: [
    {
      memberId: 'm1',
      commissionId: 'c1',
      commissionName: 'Comisión de Gobierno Abierto y de Transparencia Proactiva',
      role: 'chair',
      votes: true,
      since: '2021-02-15',
      until: null,
      active: true,
    },
  ],
};

describe('PersonPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  const view = () => harness.routeNativeElement as HTMLElement;

  async function open(id = person.id) {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/people/${id}`, PersonPage);
  }

  beforeAll(() => registerAppLocales());

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTransloco(),
        provideRouter(
          [
            { path: 'people/:id', component: PersonPage },
            { path: 'directory', component: StubPage },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors(apiInterceptors)),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(LocaleService).init();
  });

  afterEach(() => backend.verify());

  it('shows the person, their organization and their commissions', async () => {
    await open();
    backend.expectOne(ApiRoutes.person(person.id)).flush(person);
    await harness.fixture.whenStable();

    expect(view().querySelector('h1')?.textContent?.trim()).toBe('Blanca Lilia Ibarra Cadena');
    const text = view().textContent ?? '';
    expect(text).toContain('Comisionada Coordinadora');
    expect(text).toContain('(ITAIPUE)');
    expect(text).toContain('Organismo garante');
    expect(text).toContain('Puebla');
    expect(view().querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:blanca.ibarra@example.org');

    const cells = Array.from(view().querySelectorAll('tbody tr td')).map((td) => td.textContent?.trim());
    expect(cells).toEqual([
      'Comisión de Gobierno Abierto y de Transparencia Proactiva',
      'Coordinación',
      'Sí',
      '15 de febrero de 2021',
      '',
      'En funciones',
    ]);
  });

  it('formats dates and labels in English after switching', async () => {
    TestBed.inject(LocaleService).choose('en');
    await open();
    backend.expectOne(ApiRoutes.person(person.id)).flush(person);
    await harness.fixture.whenStable();

    const cells = Array.from(view().querySelectorAll('tbody tr td')).map((td) => td.textContent?.trim());
    expect(cells).toEqual([
      'Comisión de Gobierno Abierto y de Transparencia Proactiva',
      'Chair',
      'Yes',
      'February 15, 2021',
      '',
      'Serving',
    ]);
  });

  it('has a way back to the directory', async () => {
    await open();
    backend.expectOne(ApiRoutes.person(person.id)).flush(person);
    await harness.fixture.whenStable();
    expect(view().querySelector('a.back')?.getAttribute('href')).toBe('/directory');
  });

  it('says the person does not exist on 404', async () => {
    await open('a1b2c3d4-0000-4000-8000-00000000dead');
    backend.expectOne(ApiRoutes.person('a1b2c3d4-0000-4000-8000-00000000dead')).flush(
      {
        type: 'about:blank',
        title: 'No encontrado',
        status: 404,
        detail: '',
        code: 'not_found',
        messages: {
          es: { title: 'No encontrado', detail: '' },
          en: { title: 'Not found', detail: '' },
        },
      },
      { status: 404, statusText: 'Not Found', headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
    );
    await harness.fixture.whenStable();

    expect(view().querySelector('h1')?.textContent?.trim()).toBe('No encontramos a esta persona');
    expect(view().querySelector('button')).toBeNull();
  });

  it('offers to retry after any other failure', async () => {
    await open();
    backend.expectOne(ApiRoutes.person(person.id)).error(new ProgressEvent('error'), { status: 0 });
    await harness.fixture.whenStable();

    const alert = view().querySelector('[role=alert]');
    expect(alert?.textContent).toContain('No se pudo cargar la ficha.');
    expect(alert?.textContent).toContain('No se pudo conectar con el servidor.');
    (alert?.querySelector('button') as HTMLButtonElement).click();
    backend.expectOne(ApiRoutes.person(person.id)).flush(person);
    await harness.fixture.whenStable();
    expect(view().querySelector('h1')?.textContent?.trim()).toBe(person.name);
  });
});
