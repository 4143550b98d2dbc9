import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TestBed } from '@angular/core/testing';
import { Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, Organization, Page, Person, PersonAccount } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { AdminOrganizationFormPage } from './organization-form.page';
import { SEARCH_DEBOUNCE_MS } from './paged-list';
import { AdminPersonFormPage, ORGANIZATION_CANDIDATES } from './person-form.page';

const ORGANIZATION: Organization = { id: 'o1', name: 'Gesoc, A.C.', shortName: 'GESOC', kind: 'civil_society', state: null };
const organizations: Page<Organization> = { items: [ORGANIZATION], total: 1, page: 1, pageSize: 100 };
/** An organization past the picker's first page. */
const INAI: Organization = {
  id: 'o2',
  name: 'Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales',
  shortName: 'INAI',
  kind: 'guarantor',
  state: null,
};

describe('administration forms', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const view = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const type = (selector: string, value: string) => {
    const input = view().querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    (view().querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();
  };

  beforeEach(async () => {
    backend = configureWebTestBed(
      [
        { path: 'admin/personas/nueva', component: AdminPersonFormPage },
        { path: 'admin/personas/:id', component: AdminPersonFormPage },
        { path: 'admin/organizaciones/nueva', component: AdminOrganizationFormPage },
        { path: 'admin/organizaciones/:id', component: AdminOrganizationFormPage },
      ],
      withComponentInputBinding(),
    );
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function openNewPerson() {
    await harness.navigateByUrl('/admin/personas/nueva', AdminPersonFormPage);
    backend.expectOne((req) => req.url === ApiRoutes.organizations).flush(organizations);
    await settle();
  }

  it('posts a new person with trimmed fields and no empty password, then opens their page', async () => {
    await openNewPerson();
    type('input[formcontrolname=name]', '  Lucía Herrera ');
    type('input[formcontrolname=email]', 'lucia@gesoc.example.org');
    await submit();
    const request = backend.expectOne({ method: 'POST', url: ApiRoutes.people });
    expect(request.request.body).toEqual({
      name: 'Lucía Herrera',
      email: 'lucia@gesoc.example.org',
      title: null,
      organizationId: null,
      locale: 'es-MX',
    });
    request.flush({
      id: 'p9',
      name: 'Lucía Herrera',
      email: 'lucia@gesoc.example.org',
      title: null,
      locale: 'es-MX',
      platformRole: 'user',
      organization: null,
    } satisfies Person);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/admin/personas/p9');
    backend.expectOne((req) => req.url === ApiRoutes.organizations).flush(organizations);
    backend.expectOne(ApiRoutes.person('p9')).flush({
      id: 'p9',
      name: 'Lucía Herrera',
      email: 'lucia@gesoc.example.org',
      title: null,
      locale: 'es-MX',
      platformRole: 'user',
      organization: null,
    });
    await settle();
    backend.expectOne(ApiRoutes.personAccount('p9')).flush({
      personId: 'p9',
      platformRole: 'user',
      disabledAt: null,
      deactivatedAt: null,
      openSessions: 0,
    } satisfies PersonAccount);
    await settle();
    expect(view().querySelector('[role=status]')?.textContent).toContain('Datos de la persona guardados.');
  });

  it('searches every organization on the server as one types, and saves the one picked', async () => {
    await openNewPerson();
    type('input[type=search]', 'inai');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    const search = backend.expectOne((req) => req.url === ApiRoutes.organizations && req.params.get('q') === 'inai');
    expect(search.request.params.get('pageSize')).toBe(String(ORGANIZATION_CANDIDATES));
    search.flush({ items: [INAI], total: 1, page: 1, pageSize: ORGANIZATION_CANDIDATES } satisfies Page<Organization>);
    await settle();
    const select = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatSelectHarness.with({ selector: '[formcontrolname=organizationId]' }),
    );
    await select.open();
    await select.clickOptions({ text: INAI.name });
    type('input[formcontrolname=name]', 'Lucía Herrera');
    type('input[formcontrolname=email]', 'lucia@inai.example.org');
    await submit();
    const request = backend.expectOne({ method: 'POST', url: ApiRoutes.people });
    expect(request.request.body).toMatchObject({ organizationId: INAI.id });
  });

  it('keeps a person’s organization among the options though the first page does not hold it', async () => {
    await harness.navigateByUrl('/admin/personas/p9', AdminPersonFormPage);
    backend.expectOne((req) => req.url === ApiRoutes.organizations).flush(organizations);
    backend.expectOne(ApiRoutes.person('p9')).flush({
      id: 'p9',
      name: 'Lucía Herrera',
      email: 'lucia@inai.example.org',
      title: null,
      locale: 'es-MX',
      platformRole: 'user',
      organization: INAI,
    } satisfies Person);
    await settle();
    backend.expectOne(ApiRoutes.personAccount('p9')).flush({
      personId: 'p9',
      platformRole: 'user',
      disabledAt: null,
      deactivatedAt: null,
      openSessions: 0,
    } satisfies PersonAccount);
    await settle();
    const select = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatSelectHarness.with({ selector: '[formcontrolname=organizationId]' }),
    );
    expect(await select.getValueText()).toBe(INAI.name);
  });

  it('sends nothing and says why while a required field is empty', async () => {
    await openNewPerson();
    type('input[formcontrolname=email]', 'no-es-correo');
    await submit();
    backend.expectNone({ method: 'POST', url: ApiRoutes.people });
    expect(view().textContent).toContain('Este campo es obligatorio.');
    expect(view().textContent).toContain('Escriba un correo electrónico válido');
  });

  it("shows a 409 problem's message in the interface language", async () => {
    await openNewPerson();
    type('input[formcontrolname=name]', 'Lucía Herrera');
    type('input[formcontrolname=email]', 'lucia@gesoc.example.org');
    await submit();
    backend
      .expectOne({ method: 'POST', url: ApiRoutes.people })
      .flush(
        testProblem(
          'email_taken',
          409,
          { title: 'Correo ya registrado', detail: 'Ya existe una persona con ese correo.' },
          { title: 'E-mail taken', detail: 'A person with that e-mail already exists.' },
        ),
        problemResponse(409, 'Conflict'),
      );
    await settle();
    expect(view().querySelector('[role=alert]')?.textContent).toContain('Ya existe una persona con ese correo.');
  });

  it('shows each field a 400 problem names when an organization is refused', async () => {
    await harness.navigateByUrl('/admin/organizaciones/nueva', AdminOrganizationFormPage);
    await settle();
    type('input[formcontrolname=name]', 'Instituto');
    const kind = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatSelectHarness.with({ selector: '[formcontrolname=kind]' }),
    );
    await kind.open();
    await kind.clickOptions({ text: 'Academia' });
    await submit();
    const request = backend.expectOne({ method: 'POST', url: ApiRoutes.organizations });
    expect(request.request.body).toEqual({ name: 'Instituto', shortName: null, kind: 'academia', state: null });
    request.flush(
      {
        ...testProblem(
          'validation_failed',
          400,
          { title: 'Datos no válidos', detail: 'Revise los campos.' },
          { title: 'Invalid data', detail: 'Check the fields.' },
        ),
        errors: [
          { path: 'name', message: 'Nombre demasiado genérico.', messages: { es: 'Nombre demasiado genérico.', en: 'Name too generic.' } },
        ],
      },
      problemResponse(400, 'Bad Request'),
    );
    await settle();
    expect(view().querySelector('[role=alert]')?.textContent).toContain('Nombre demasiado genérico.');
  });
});
