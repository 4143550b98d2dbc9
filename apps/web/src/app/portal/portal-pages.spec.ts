import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { PublicDataset, PublicVotingRecord } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { registerAppLocales } from '../core/i18n/locale-data';
import { LocaleService } from '../core/i18n/locale.service';
import { PortalCommissionerPage, attendanceByYear } from './commissioner.page';
import { PortalDataPage } from './data.page';
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
      date: '2021-05-20T17:00:00.000Z',
      status: 'present',
      representedBy: null,
    },
    {
      meetingId: 'm2',
      meetingTitle: 'Primera Sesión Ordinaria 2021',
      date: '2021-02-15T17:00:00.000Z',
      status: 'represented',
      representedBy: 'Ruvalcaba',
    },
    {
      meetingId: 'm1',
      meetingTitle: 'Cuarta Sesión Ordinaria 2020',
      date: '2020-12-17T17:00:00.000Z',
      status: 'absent',
      representedBy: null,
    },
  ],
  votes: [
    {
      pollId: 'poll1',
      meetingId: 'm2',
      meetingTitle: 'Primera Sesión Ordinaria 2021',
      date: '2021-02-15T17:00:00.000Z',
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
          date: '2020-12-17T17:00:00.000Z',
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
  });

  it('the data dictionary follows the interface language', async () => {
    const dataset: PublicDataset = {
      name: 'agreements',
      title: { es: 'Acuerdos', en: 'Agreements' },
      description: { es: 'Todos los acuerdos.', en: 'Every agreement.' },
      csvUrl: '/api/public/datasets/agreements?format=csv',
      jsonUrl: '/api/public/datasets/agreements?format=json',
      fields: [{ name: 'number', type: 'string', description: { es: 'Número estable', en: 'Stable number' } }],
    };
    await harness.navigateByUrl('/portal/data');
    backend.expectOne(PublicRoutes.datasets).flush([dataset]);
    harness.detectChanges();
    expect(view().querySelector('h2')?.textContent).toBe('Acuerdos');
    expect(view().querySelector('tbody')?.textContent).toContain('Número estable');
    expect(view().querySelector('a[download]')?.getAttribute('href')).toBe(dataset.csvUrl);

    TestBed.inject(LocaleService).choose('en');
    harness.detectChanges();
    expect(view().querySelector('h2')?.textContent).toBe('Agreements');
    expect(view().querySelector('tbody')?.textContent).toContain('Stable number');
  });
});
