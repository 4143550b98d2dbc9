import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, PersonDetail } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { StubPage } from '../../testing/stub';
import { registerAppLocales } from '../core/i18n/locale-data';
import { LocaleService } from '../core/i18n/locale.service';
import { MAIN_ID } from '../core/ui/page-focus';
import { PersonPage } from './person.page';

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
    backend = configureWebTestBed(
      [
        { path: 'people/:id', component: PersonPage },
        { path: 'directory', component: StubPage },
      ],
      withComponentInputBinding(),
    );
  });

  afterEach(() => {
    backend.verify();
    document.getElementById(MAIN_ID)?.remove();
  });

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
    expect(view().querySelector('h1')?.getAttribute('tabindex')).toBe('-1');
  });

  it('goes back to the directory with the filters it was opened from', async () => {
    harness = await RouterTestingHarness.create();
    const router = TestBed.inject(Router);
    await router.navigateByUrl(`/people/${person.id}`, {
      state: { directoryQuery: { q: 'ana', state: 'Jalisco', page: '2' } },
    });
    await harness.fixture.whenStable();
    backend.expectOne(ApiRoutes.person(person.id)).flush(person);
    await harness.fixture.whenStable();

    const back = view().querySelector('a.back') as HTMLAnchorElement;
    expect(back.getAttribute('href')).toBe('/directory?q=ana&state=Jalisco&page=2');
    back.click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/directory?q=ana&state=Jalisco&page=2');
  });

  it('keeps only valid directory filters from the navigation state', async () => {
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(`/people/${person.id}`, {
      state: { directoryQuery: { q: 'ana', state: 'Atlantis', returnUrl: '//evil.example', page: { n: 2 } } },
    });
    await harness.fixture.whenStable();
    backend.expectOne(ApiRoutes.person(person.id)).flush(person);
    await harness.fixture.whenStable();
    expect(view().querySelector('a.back')?.getAttribute('href')).toBe('/directory?q=ana');
  });

  it('says the person does not exist on 404', async () => {
    await open('a1b2c3d4-0000-4000-8000-00000000dead');
    backend
      .expectOne(ApiRoutes.person('a1b2c3d4-0000-4000-8000-00000000dead'))
      .flush(
        testProblem('not_found', 404, { title: 'No encontrado', detail: '' }, { title: 'Not found', detail: '' }),
        problemResponse(404, 'Not Found'),
      );
    await harness.fixture.whenStable();

    expect(view().querySelector('h1')?.textContent?.trim()).toBe('No encontramos a esta persona');
    expect(view().querySelector('h1')?.getAttribute('tabindex')).toBe('-1');
    expect(view().querySelector('button')).toBeNull();
  });

  it('offers to retry after any other failure, keeping focus on the page', async () => {
    // The shell's <main>, where focus goes while the page has no heading (it is loading again).
    const main = document.createElement('main');
    main.id = MAIN_ID;
    main.tabIndex = -1;
    document.body.appendChild(main);
    await open();
    backend.expectOne(ApiRoutes.person(person.id)).error(new ProgressEvent('error'), { status: 0 });
    await harness.fixture.whenStable();

    const alert = view().querySelector('[role=alert]');
    expect(alert?.textContent).toContain('No se pudo cargar la ficha.');
    expect(alert?.textContent).toContain('No se pudo conectar con el servidor.');
    const retry = alert?.querySelector('button') as HTMLButtonElement;
    retry.focus();
    retry.click();
    await harness.fixture.whenStable();
    expect(document.activeElement).toBe(main);
    backend.expectOne(ApiRoutes.person(person.id)).flush(person);
    await harness.fixture.whenStable();
    expect(view().querySelector('h1')?.textContent?.trim()).toBe(person.name);
  });
});
