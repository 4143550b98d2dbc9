import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Commission } from '@cocrea/contracts';
import { AuthService } from '../auth/auth.service';
import { CHOSEN_COMMISSION_KEY, CurrentCommission } from './current-commission';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const commission = (n: number, acronym = `C${n}`): Commission => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Comisión ${n}`,
  acronym,
  agreementPrefix: acronym,
  legalBasis: null,
  system: 'SNT',
  chairTitle: 'Presidencia',
  secretaryTitle: 'Secretaría',
  quorumFraction: 0.5,
  memberCount: 3,
});

describe('CurrentCommission', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.removeItem(CHOSEN_COMMISSION_KEY);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
        // An admin: offered every commission of the installation.
        { provide: AuthService, useValue: { me: signal({ id: 'admin', platformRole: 'admin', commissions: [] }) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const answer = (page: number, items: Commission[], total: number) =>
    backend.expectOne({ method: 'GET', url: `/api/commissions?page=${page}&pageSize=100` }).flush({ items, total, page, pageSize: 100 });

  it('offers every commission, reading as many pages as there are', () => {
    const commissions = TestBed.inject(CurrentCommission);
    commissions.load();
    const all = Array.from({ length: 101 }, (_, i) => commission(i + 1));
    answer(1, all.slice(0, 100), 101);
    answer(2, all.slice(100), 101);
    expect(commissions.options()).toHaveLength(101);
    expect(commissions.options()[100].acronym).toBe('C101');
  });

  it('opens the commission a link names by its acronym, over the one remembered, and rebuilds the page for it', async () => {
    const [first, archives] = [commission(1, 'CGATP'), commission(2, 'CAGD')];
    localStorage.setItem(CHOSEN_COMMISSION_KEY, first.id);
    const commissions = TestBed.inject(CurrentCommission);
    commissions.load();
    answer(1, [first, archives], 2);
    expect(commissions.current()?.acronym).toBe('CGATP');

    await TestBed.inject(Router).navigateByUrl('/sessions?comision=cagd');
    expect(commissions.current()?.acronym).toBe('CAGD');
    expect(commissions.generation()).toBe(1);
    expect(localStorage.getItem(CHOSEN_COMMISSION_KEY)).toBe(archives.id);

    // A name that is none of the person's commissions changes nothing.
    await TestBed.inject(Router).navigateByUrl('/sessions?comision=OTRA');
    expect(commissions.current()?.acronym).toBe('CAGD');
    expect(commissions.generation()).toBe(1);
  });
});
