import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { PublicAgreementDetail, PublicDataset, PublicGroupDetail, PublicVotingRecord } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { LocaleService } from '../core/i18n/locale.service';
import { PortalAgreementPage } from './agreement.page';
import { PortalCommissionerPage, attendanceByYear } from './commissioner.page';
import { PortalDataPage } from './data.page';
import { PortalGroupPage } from './group.page';
import { yearsUntil } from './portal-query';
import { PublicRoutes } from './portal.types';
import { PortalSearchPage, hitLink } from './search.page';

const record: PublicVotingRecord = {
  personId: 'p1',
  name: 'Paulina Elizabeth Compean Torres',
  organization: 'IDAIP',
  state: 'Durango',
  sessions: 3,
  present: 1,
  represented: 1,
  late: 0,
  absent: 1,
  namedVotes: 1,
  attendance: [
    {
      meetingId: 'm3',
      meetingTitle: 'Segunda Sesión Ordinaria 2021',
      date: '2021-05-20',
      status: 'present',
      representedBy: null,
    },
    {
      meetingId: 'm2',
      meetingTitle: 'Primera Sesión Ordinaria 2021',
      date: '2021-02-15',
      status: 'represented',
      representedBy: 'Ruvalcaba',
    },
    {
      meetingId: 'm1',
      meetingTitle: 'Cuarta Sesión Ordinaria 2020',
      date: '2020-12-17',
      status: 'absent',
      representedBy: null,
    },
  ],
  votes: [
    {
      pollId: 'poll1',
      meetingId: 'm2',
      meetingTitle: 'Primera Sesión Ordinaria 2021',
      date: '2021-02-15',
      subject: 'Calendario de sesiones 2021',
      agreementNumber: 'CGATP/04/15-02-2021',
      choice: 'A favor',
      meaning: 'yes',
      castBy: 'Ruvalcaba',
    },
  ],
};

describe('attendanceByYear', () => {
  it('counts each year apart, newest first; represented counts as attended', () => {
    expect(attendanceByYear(record)).toEqual([
      { year: 2021, sessions: 2, attended: 2, counts: { present: 1, represented: 1, late: 0, absent: 0 } },
      { year: 2020, sessions: 1, attended: 0, counts: { present: 0, represented: 0, late: 0, absent: 1 } },
    ]);
  });

  it('is empty without a record', () => {
    expect(attendanceByYear(null)).toEqual([]);
  });
});

describe('yearsUntil', () => {
  it('counts years as the commission lives them: 21:00 on 31 December in Mexico City is not yet next year', () => {
    expect(yearsUntil(new Date('2027-01-01T03:00:00Z'))[0]).toBe(2026);
    expect(yearsUntil(new Date('2021-06-01T12:00:00Z'))).toEqual([2021, 2020]);
  });
});

describe('portal pages', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;

  beforeAll(() => registerAppLocales());

  beforeEach(async () => {
    backend = configureWebTestBed([
      { path: 'portal/commissioners/:id', component: PortalCommissionerPage },
      { path: 'portal/search', component: PortalSearchPage },
      { path: 'portal/data', component: PortalDataPage },
      { path: 'portal/agreements/:id', component: PortalAgreementPage },
      { path: 'portal/groups/:id', component: PortalGroupPage },
    ]);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  it('a voting record links each named vote to its agreement and says who cast it', async () => {
    await harness.navigateByUrl('/portal/commissioners/p1');
    backend.expectOne(PublicRoutes.votingRecord('p1')).flush(record);
    harness.detectChanges();
    const vote = view().querySelectorAll('table')[1].querySelector('tbody tr') as HTMLElement;
    expect(vote.querySelector('a[href="/portal/agreements/CGATP%2F04%2F15-02-2021"]')).not.toBeNull();
    expect(vote.textContent).toContain('emitido por Ruvalcaba');
    expect(view().textContent).toContain('representado por Ruvalcaba');
  });

  // The web specs run in Los Angeles (jest.config.cts): a day read as a UTC instant would show the day before.
  it('a voting record shows each session on its own day', async () => {
    await harness.navigateByUrl('/portal/commissioners/p1');
    backend.expectOne(PublicRoutes.votingRecord('p1')).flush(record);
    harness.detectChanges();
    const attendance = view().querySelector('ul.list') as HTMLElement;
    expect(attendance.textContent).toContain('15 de febrero de 2021');
    expect(attendance.textContent).toContain('17 de diciembre de 2020');
    expect(attendance.textContent).not.toContain('14 de febrero');
  });

  it('an agreement shows the day of its session, not the day before', async () => {
    const agreement: PublicAgreementDetail = {
      id: 'a4',
      number: 'CGATP/04/17-12-2020',
      meetingId: 'm1',
      meetingTitle: 'Cuarta Sesión Ordinaria 2020',
      meetingDate: '2020-12-17',
      text: 'Se aprueba la propuesta de grupos de trabajo.',
      adoptedText: 'Se aprueba la propuesta de grupos de trabajo.',
      revisions: [],
      adoption: 'unanimity',
      adoptedBy: 'por unanimidad',
      yes: null,
      no: null,
      abstain: null,
      responsible: null,
      dueOn: '2021-05-31',
      status: 'pending',
      overdue: false,
      updatedAt: '2020-12-17T18:00:00.000Z',
      followUp: [],
    };
    await harness.navigateByUrl('/portal/agreements/a4');
    backend.expectOne(PublicRoutes.agreement('a4')).flush(agreement);
    harness.detectChanges();
    expect(view().textContent).toContain('Cuarta Sesión Ordinaria 2020 · 17 de diciembre de 2020');
  });

  it('a group shows due dates as days in words, never raw', async () => {
    const group: PublicGroupDetail = {
      id: 'g1',
      name: 'Gobierno Abierto',
      purpose: 'Cocreación',
      status: 'active',
      progress: 0,
      deliverableCount: 1,
      deliverables: [
        {
          id: 'd1',
          title: 'Diagnóstico',
          kind: 'report',
          description: null,
          dueOn: '2021-05-31',
          status: 'planned',
          progress: 0,
          progressBasis: 'status',
        },
      ],
      milestones: [{ id: 'ms1', title: 'Plan de trabajo', commitment: null, dueOn: '2021-03-01', completedOn: '2021-02-28' }],
      documents: [],
    };
    await harness.navigateByUrl('/portal/groups/g1');
    backend.expectOne(PublicRoutes.group('g1')).flush(group);
    harness.detectChanges();
    expect(view().textContent).toContain('31 de mayo de 2021');
    expect(view().textContent).toContain('1 de marzo de 2021');
    expect(view().textContent).toContain('28 de febrero de 2021');
    expect(view().textContent).not.toContain('2021-05-31');
  });

  it('search sends nothing without words and explains how to search', async () => {
    await harness.navigateByUrl('/portal/search');
    harness.detectChanges();
    expect(view().textContent).toContain('Escriba al menos dos letras');
  });

  it.each([
    ['session', '/portal/sessions/t1'],
    ['agreement', '/portal/agreements/t1'],
    ['group', '/portal/groups/t1'],
    ['deliverable', '/portal/groups/t1'],
    ['document', '/portal/documents/t1'],
  ] as const)('search opens a %s hit at %s', (kind, path) => {
    expect(hitLink({ kind, targetId: 't1' }).join('/').replace('//', '/')).toBe(path);
  });

  it('search links each hit to its page', async () => {
    await harness.navigateByUrl('/portal/search?q=grupos%20de%20trabajo');
    const request = backend.expectOne((r) => r.url === PublicRoutes.search);
    expect(request.request.params.get('q')).toBe('grupos de trabajo');
    request.flush({
      items: [
        {
          kind: 'agreement',
          id: 'a4',
          title: 'CGATP/04/17-12-2020',
          snippet: 'Propuesta de grupos de trabajo',
          date: '2020-12-17',
          targetId: 'a4',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    harness.detectChanges();
    const hit = view().querySelector('ul.list li') as HTMLElement;
    expect(hit.querySelector('a')?.getAttribute('href')).toBe('/portal/agreements/a4');
    expect(hit.textContent).toContain('Acuerdo');
    expect(hit.textContent).toContain('Propuesta de grupos de trabajo');
    expect(hit.textContent).toContain('17 de diciembre de 2020');
  });

  const dataset: PublicDataset = {
    name: 'agreements',
    title: { es: 'Acuerdos', en: 'Agreements' },
    description: { es: 'Todos los acuerdos.', en: 'Every agreement.' },
    csvUrl: '/api/public/datasets/agreements?format=csv',
    jsonUrl: '/api/public/datasets/agreements?format=json',
    fields: [{ name: 'number', type: 'string', description: { es: 'Número estable', en: 'Stable number' } }],
  };
  const summary = (id: string, name: string, acronym: string) => ({
    id,
    name,
    acronym,
    memberCount: 5,
    sessionCount: 1,
    agreementCount: 1,
  });
  const twoCommissions = {
    items: [
      summary('c1', 'Comisión de Gobierno Abierto y de Transparencia Proactiva', 'CGATP'),
      summary('c2', 'Comisión de Archivos y Gestión Documental', 'CAGD'),
    ],
    total: 2,
    page: 1,
    pageSize: 100,
  };

  it('the data dictionary follows the interface language', async () => {
    await harness.navigateByUrl('/portal/data');
    backend.expectOne(PublicRoutes.datasets).flush([dataset]);
    backend.expectOne(`${PublicRoutes.commissions}?pageSize=100`).flush(twoCommissions);
    harness.detectChanges();
    expect(view().querySelector('h2')?.textContent).toBe('Acuerdos');
    expect(view().querySelector('tbody')?.textContent).toContain('Número estable');
    expect(view().querySelector('a[download]')?.getAttribute('href')).toBe(dataset.csvUrl);

    TestBed.inject(LocaleService).choose('en');
    harness.detectChanges();
    expect(view().querySelector('h2')?.textContent).toBe('Agreements');
    expect(view().querySelector('tbody')?.textContent).toContain('Stable number');
  });

  it("downloads one commission's rows when the data page is opened for it, and offers every commission", async () => {
    await harness.navigateByUrl('/portal/data?commissionId=c2');
    backend.expectOne(PublicRoutes.datasets).flush([dataset]);
    backend.expectOne(`${PublicRoutes.commissions}?pageSize=100`).flush(twoCommissions);
    harness.detectChanges();
    await harness.fixture.whenStable();
    const links = Array.from(view().querySelectorAll('a[download]')).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/api/public/datasets/agreements?format=csv&commissionId=c2',
      '/api/public/datasets/agreements?format=json&commissionId=c2',
    ]);
    const select = view().querySelector('[data-testid="data-commission"]') as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent?.trim()).toBe('CAGD · Comisión de Archivos y Gestión Documental');
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['', 'c1', 'c2']);
  });
});
