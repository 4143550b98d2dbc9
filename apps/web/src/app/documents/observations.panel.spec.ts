import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DocumentDetail, DocumentRoutes, Me, Observation } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, signIn, testProblem } from '../../testing/setup';
import { ObservationsPanel } from './observations.panel';

const DOC = 'd0000000-0000-4000-8000-000000000001';
const JAVIER: Me = {
  id: 'p1',
  name: 'Javier Moro',
  email: 'javier@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [],
};

const detail = (permission: DocumentDetail['permission']): DocumentDetail => ({
  id: DOC,
  title: 'Diagnóstico',
  scope: 'deliverable',
  groupId: 'g1',
  deliverableId: 'd1',
  meetingId: null,
  createdBy: { id: 'c', name: 'Coordinación', organization: null },
  createdAt: '2021-02-15T16:00:00Z',
  updatedAt: '2021-02-15T16:00:00Z',
  openProposals: 0,
  openObservations: 1,
  permission,
  mayDecide: permission === 'edit',
  commissionId: 'c1',
  ownerName: 'Diagnóstico de la situación de apertura',
});

const observation = (authorId: string, id = 'o1'): Observation => ({
  id,
  documentId: DOC,
  start: 'AAAA',
  end: 'BBBB',
  quote: 'cuestionario común',
  body: '¿Cuántas entidades?',
  author: { id: authorId, name: authorId === JAVIER.id ? 'Javier Moro' : 'Otra persona', organization: null },
  resolved: false,
  resolvedBy: null,
  replies: [],
  createdAt: '2021-02-15T16:00:00Z',
});

describe('ObservationsPanel', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ObservationsPanel>;
  const view = () => fixture.nativeElement as HTMLElement;
  const button = (text: string, within: ParentNode = view()) =>
    Array.from(within.querySelectorAll('button')).find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined;

  async function render(document: DocumentDetail, observations: Observation[]) {
    fixture = TestBed.createComponent(ObservationsPanel);
    fixture.componentRef.setInput('document', document);
    fixture.componentRef.setInput('observations', observations);
    await fixture.whenStable();
  }

  beforeEach(() => {
    backend = configureWebTestBed();
    signIn(backend, JAVIER);
  });
  afterEach(() => backend.verify());

  it('shows Resolve only where the server allows it: the thread’s author, or someone who edits', async () => {
    await render(detail('propose'), [observation(JAVIER.id, 'mine'), observation('someone-else', 'theirs')]);
    const items = Array.from(view().querySelectorAll('li.item'));
    expect(button('Resolver', items[0])).toBeDefined();
    expect(button('Resolver', items[1])).toBeUndefined();
    await render(detail('edit'), [observation('someone-else')]);
    expect(button('Resolver')).toBeDefined();
  });

  it('keeps the typed reply when sending it fails, and empties the box once it is taken', async () => {
    await render(detail('propose'), [observation(JAVIER.id)]);
    const box = view().querySelector('input.reply-input') as HTMLInputElement;
    box.value = 'Son 12.';
    (button('Responder') as HTMLButtonElement).click();
    backend
      .expectOne({ method: 'POST', url: DocumentRoutes.replies(DOC, 'o1') })
      .flush(
        testProblem('forbidden', 403, { title: 'Sin permiso', detail: 'No puedes.' }, { title: 'Forbidden', detail: 'No.' }),
        problemResponse(403, 'Forbidden'),
      );
    await fixture.whenStable();
    expect(box.value).toBe('Son 12.');
    (button('Responder') as HTMLButtonElement).click();
    backend.expectOne({ method: 'POST', url: DocumentRoutes.replies(DOC, 'o1') }).flush(observation(JAVIER.id));
    await fixture.whenStable();
    expect(box.value).toBe('');
  });
});
