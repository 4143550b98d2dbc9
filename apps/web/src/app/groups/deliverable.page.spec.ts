import { HttpTestingController } from '@angular/common/http/testing';
import { withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Deliverable, DeliverableInput, GroupRoutes } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, signIn, testProblem } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { DeliverablePage } from './deliverable.page';

const ID = 'd0000000-0000-4000-8000-000000000001';

function input(overrides: Partial<DeliverableInput>): DeliverableInput {
  return {
    id: 'i1',
    deliverableId: ID,
    title: 'Estructura del repositorio',
    body: 'Propuesta',
    author: { id: 'p1', name: 'Javier Moro', organization: { id: 'o1', name: 'GESOC', shortName: 'GESOC' } },
    organization: { id: 'o1', name: 'GESOC', shortName: 'GESOC' },
    status: 'pending',
    reason: null,
    reviewedBy: null,
    reviewedAt: null,
    attachments: [],
    createdAt: '2021-02-15T16:00:00Z',
    ...overrides,
  };
}

function deliverable(overrides: Partial<Deliverable> = {}): Deliverable {
  return {
    id: ID,
    groupId: 'g1',
    groupName: 'Vitrina de apertura y transparencia proactiva',
    title: 'Repositorio electrónico público',
    kind: 'repository',
    status: 'in_progress',
    dueOn: null,
    overdue: false,
    owner: null,
    progress: 50,
    progressBasis: 'set',
    inputCount: 2,
    pendingInputCount: 1,
    description: null,
    contributors: [],
    attachments: [],
    inputs: [
      input({
        id: 'i1',
        status: 'accepted',
        reason: 'Se integra.',
        reviewedBy: { id: 'c', name: 'María del Carmen Nava Polina', organization: null },
      }),
      input({ id: 'i2', title: 'Segundo insumo' }),
    ],
    history: [{ id: 'h1', from: null, to: 'planned', note: null, changedBy: null, changedAt: '2021-01-01T00:00:00Z' }],
    abilities: { manage: true, submitInput: true },
    ...overrides,
  };
}

describe('DeliverablePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  const view = () => harness.routeNativeElement as HTMLElement;
  const buttons = () => Array.from(view().querySelectorAll('button')).map((b) => b.textContent?.trim());

  async function open(answer: Deliverable) {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/groups/deliverables/${ID}`, DeliverablePage);
    backend.expectOne(GroupRoutes.deliverable(ID)).flush(answer);
    await harness.fixture.whenStable();
  }

  beforeAll(() => registerAppLocales());
  beforeEach(() => {
    backend = configureWebTestBed([{ path: 'groups/deliverables/:id', component: DeliverablePage }], withComponentInputBinding());
  });
  afterEach(() => backend.verify());

  it('shows progress, each input with its author, organization, status and the reasoned answer', async () => {
    await open(deliverable());
    const text = view().textContent ?? '';
    expect(view().querySelector('h1')?.textContent?.trim()).toBe('Repositorio electrónico público');
    expect(text).toContain('Avance: 50 %, fijado por la coordinación');
    expect(text).toContain('Insumos (2)');
    expect(text).toContain('Aceptado');
    expect(text).toContain('Respuesta de María del Carmen Nava Polina:');
    expect(text).toContain('Se integra.');
    expect(text).toContain('GESOC');
    // Times read in Mexico City (16:00 UTC is 10:00 there), on a 24-hour clock as the minutes write them, without seconds.
    expect(text).toContain('15 de febrero de 2021 a las 10:00');
    expect(text).not.toMatch(/a\.\s?m\./);
    expect(text).not.toContain(':00:00');
  });

  it('offers a coordinator the allowed status changes and an answer only for inputs still open', async () => {
    await open(deliverable());
    expect(buttons()).toEqual(expect.arrayContaining(['Enviar a revisión', 'Cancelar producto', 'Responder', 'Enviar insumo']));
    expect(buttons().filter((b) => b === 'Responder')).toHaveLength(1);
    expect(buttons()).not.toContain('Marcar como entregado');
  });

  it('offers a partner the input form but no status changes nor answers', async () => {
    await open(deliverable({ abilities: { manage: false, submitInput: true } }));
    expect(buttons()).not.toContain('Responder');
    expect(buttons()).not.toContain('Enviar a revisión');
    expect(buttons()).toContain('Enviar insumo');
  });

  it('submits an input and shows the answer from the api', async () => {
    await open(deliverable({ abilities: { manage: false, submitInput: true } }));
    const title = view().querySelector<HTMLInputElement>('input[formcontrolname="title"]') as HTMLInputElement;
    const body = view().querySelector<HTMLTextAreaElement>('textarea[formcontrolname="body"]') as HTMLTextAreaElement;
    title.value = 'Nuevo insumo';
    title.dispatchEvent(new Event('input'));
    body.value = 'Contenido del insumo';
    body.dispatchEvent(new Event('input'));
    (view().querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const request = backend.expectOne({ method: 'POST', url: GroupRoutes.inputs(ID) });
    expect(request.request.body).toEqual({ title: 'Nuevo insumo', body: 'Contenido del insumo', attachmentIds: [] });
    request.flush(deliverable({ inputCount: 3, inputs: [...deliverable().inputs, input({ id: 'i3', title: 'Nuevo insumo' })] }));
    await harness.fixture.whenStable();
    expect(view().textContent).toContain('Se envió su insumo «Nuevo insumo».');
    expect(view().textContent).toContain('Insumos (3)');
    // The emptied form starts over: no red "required" errors after a successful send.
    expect(title.value).toBe('');
    expect(view().querySelectorAll('mat-error')).toHaveLength(0);
  });

  it('an input sent without its content puts focus on the content field; a sent input puts it on the notice', async () => {
    await open(deliverable({ abilities: { manage: false, submitInput: true } }));
    const title = view().querySelector<HTMLInputElement>('input[formcontrolname="title"]') as HTMLInputElement;
    const body = view().querySelector<HTMLTextAreaElement>('textarea[formcontrolname="body"]') as HTMLTextAreaElement;
    const send = view().querySelector('form button[type="submit"]') as HTMLButtonElement;
    title.value = 'Nuevo insumo';
    title.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    send.focus();
    send.click();
    await harness.fixture.whenStable();
    backend.expectNone({ method: 'POST', url: GroupRoutes.inputs(ID) });
    expect(document.activeElement).toBe(body);

    body.value = 'Contenido del insumo';
    body.dispatchEvent(new Event('input'));
    send.click();
    backend.expectOne({ method: 'POST', url: GroupRoutes.inputs(ID) }).flush(deliverable({ inputCount: 3 }));
    await harness.fixture.whenStable();
    expect(document.activeElement?.textContent).toContain('«Nuevo insumo»');
  });

  it('says the real limit when the title or the content is too long, with a counter', async () => {
    await open(deliverable({ abilities: { manage: false, submitInput: true } }));
    const title = view().querySelector<HTMLInputElement>('input[formcontrolname="title"]') as HTMLInputElement;
    const body = view().querySelector<HTMLTextAreaElement>('textarea[formcontrolname="body"]') as HTMLTextAreaElement;
    title.value = 'x'.repeat(301);
    title.dispatchEvent(new Event('input'));
    body.value = 'y'.repeat(20001);
    body.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    expect(view().textContent).toContain('301 / 300');
    (view().querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    backend.expectNone({ method: 'POST', url: GroupRoutes.inputs(ID) });
    const text = view().textContent ?? '';
    expect(text).toContain('El título admite hasta 300 caracteres.');
    expect(text).toContain('El contenido admite hasta 20000 caracteres.');
    expect(text).not.toContain('Escriba un título de al menos 3 caracteres.');
  });

  it('lets the author correct an input that needs changes, and nobody else', async () => {
    signIn(backend, {
      id: 'p1',
      name: 'Javier Moro',
      email: 'javier.moro@demo.cocrea.mx',
      title: null,
      locale: 'es-MX',
      platformRole: 'user',
      organization: null,
      commissions: [],
    });
    const answered = input({ id: 'i2', status: 'needs_changes', reason: 'Falta la periodicidad.' });
    const other = input({
      id: 'i3',
      title: 'De otra persona',
      status: 'needs_changes',
      reason: 'x',
      author: { id: 'p9', name: 'Otra', organization: null },
    });
    await open(deliverable({ abilities: { manage: false, submitInput: true }, inputs: [answered, other] }));
    const revise = Array.from(view().querySelectorAll('button')).filter((b) => b.textContent?.trim() === 'Corregir mi insumo');
    expect(revise).toHaveLength(1);
    expect(revise[0].getAttribute('aria-label')).toBe('Corregir el insumo «Estructura del repositorio»');
  });

  it('says the deliverable does not exist on 404', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/groups/deliverables/${ID}`, DeliverablePage);
    backend
      .expectOne(GroupRoutes.deliverable(ID))
      .flush(
        testProblem('not_found', 404, { title: 'No encontrado', detail: '' }, { title: 'Not found', detail: '' }),
        problemResponse(404, 'Not Found'),
      );
    await harness.fixture.whenStable();
    expect(view().querySelector('h1')?.textContent?.trim()).toBe('No encontramos este producto');
  });
});
