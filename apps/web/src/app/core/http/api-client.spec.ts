import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiClient } from './api-client';

describe('ApiClient', () => {
  let api: ApiClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ApiClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends an operation to its method and path with its body, and answers the body it gets', () => {
    let receipt: unknown;
    const body = { memberPersonId: 'm-1', optionId: 'o-1', idempotencyKey: 'clave-de-prueba-123' };
    api.call('castBallot', { params: { pollId: 'p-1' }, body }).subscribe((answer) => (receipt = answer));
    const request = backend.expectOne({ method: 'POST', url: '/api/polls/p-1/ballots' });
    expect(request.request.body).toEqual(body);
    request.flush({ code: 'R-1' });
    expect(receipt).toEqual({ code: 'R-1' });
  });

  it('leaves out of the query string the filters that are not set', () => {
    api.call('listAgreements', { params: { commissionId: 'c-1' }, query: { page: 2, status: undefined, q: '' } }).subscribe();
    backend.expectOne({ method: 'GET', url: '/api/commissions/c-1/agreements?page=2' }).flush({ items: [], total: 0 });
  });
});
