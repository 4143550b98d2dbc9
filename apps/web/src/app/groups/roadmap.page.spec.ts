import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { GroupRoutes, Me, Milestone, Page } from '@cocrea/contracts';
import { commissionsRequest, configureWebTestBed, signIn } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { RoadmapPage } from './roadmap.page';

const COMMISSION = 'c1';

function milestone(overrides: Partial<Milestone>): Milestone {
  return {
    id: 'm1',
    commissionId: COMMISSION,
    groupId: null,
    groupName: null,
    commitment: 'Compromiso 13',
    title: 'Instalar el mecanismo de seguimiento',
    dueOn: '2021-03-31',
    completedOn: null,
    overdue: true,
    ...overrides,
  };
}

function person(role: 'chair' | 'commissioner'): Me {
  return {
    id: `p-${role}`,
    name: role,
    email: `${role}@example.org`,
    title: null,
    locale: 'es-MX',
    platformRole: 'user',
    organization: null,
    commissions: [{ commissionId: COMMISSION, role, votes: true }],
  };
}

describe('RoadmapPage', () => {
  let backend: HttpTestingController;
  const commitment = milestone({});
  const groupMilestone = milestone({
    id: 'm2',
    groupId: 'g1',
    groupName: 'Apertura en COVID-19',
    commitment: null,
    title: 'Primer borrador',
  });

  async function open(me: Me) {
    signIn(backend, me);
    const fixture = TestBed.createComponent(RoadmapPage);
    fixture.detectChanges();
    backend.expectOne(commissionsRequest).flush({ items: [{ id: COMMISSION }], total: 1, page: 1, pageSize: 20 });
    const page: Page<Milestone> = { items: [commitment, groupMilestone], total: 2, page: 1, pageSize: 100 };
    backend.expectOne(GroupRoutes.milestones(COMMISSION)).flush(page);
    await fixture.whenStable();
    return fixture;
  }
  const markButtons = (root: HTMLElement) =>
    Array.from(root.querySelectorAll('button')).filter((b) => b.textContent?.trim() === 'Marcar como cumplido');

  beforeAll(() => registerAppLocales());
  beforeEach(() => (backend = configureWebTestBed()));
  afterEach(() => backend.verify());

  it('lets the chair mark a commitment milestone done, and shows it done', async () => {
    const fixture = await open(person('chair'));
    const root = fixture.nativeElement as HTMLElement;
    const buttons = markButtons(root);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Marcar como cumplido: Instalar el mecanismo de seguimiento']);
    buttons[0].click();
    const request = backend.expectOne({ method: 'PATCH', url: GroupRoutes.milestone('m1') });
    expect(request.request.body).toEqual({ completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    request.flush({ ...commitment, completedOn: '2026-11-25', overdue: false });
    await fixture.whenStable();
    expect(root.textContent).toContain('El hito «Instalar el mecanismo de seguimiento» quedó cumplido.');
    expect(root.textContent).toContain('Cumplido el');
    expect(markButtons(root)).toHaveLength(0);
  });

  it('offers nothing to a commissioner, whom the server would refuse', async () => {
    const fixture = await open(person('commissioner'));
    expect(markButtons(fixture.nativeElement)).toHaveLength(0);
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="roadmap-add"]')).toBeNull();
  });

  it("lets the chair add a commitment's milestone to the commission, which joins the timeline by its date", async () => {
    const fixture = await open(person('chair'));
    const root = fixture.nativeElement as HTMLElement;
    const form = root.querySelector('[data-testid="roadmap-add"]') as HTMLFormElement;
    const [commitmentInput, titleInput, dueInput] = Array.from(form.querySelectorAll('input'));
    const type = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    };
    type(commitmentInput, 'Compromiso 14');
    type(titleInput, 'Publicar el informe anual');
    type(dueInput, '15/01/2021');
    form.dispatchEvent(new Event('submit'));
    const request = backend.expectOne({ method: 'POST', url: GroupRoutes.milestones(COMMISSION) });
    expect(request.request.body).toEqual({ commitment: 'Compromiso 14', title: 'Publicar el informe anual', dueOn: '2021-01-15' });
    request.flush(milestone({ id: 'm3', commitment: 'Compromiso 14', title: 'Publicar el informe anual', dueOn: '2021-01-15' }));
    await fixture.whenStable();
    expect(root.textContent).toContain('Se agregó el hito.');
    const items = Array.from(root.querySelectorAll('.timeline li')).map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Publicar el informe anual');
  });
});
