import { ApiOperations } from './api-operations.generated';
import { apiPath, ApiRequest } from './api-client';

describe('apiPath', () => {
  it('fills an operation’s path params, URI-encoded', () => {
    expect(apiPath('checkBallotReceipt', { pollId: 'p-1', code: 'AB/12 3' })).toBe('/api/public/polls/p-1/receipts/AB%2F12%203');
  });

  it('refuses a path with a param left out', () => {
    expect(() => apiPath('getPoll', {})).toThrow('getPoll: no value for {pollId}');
  });

  it('names every operation with a verb and a path under /api', () => {
    for (const [id, operation] of Object.entries(ApiOperations)) {
      expect(`${id} ${operation.path}`).toMatch(/^[a-z]+[A-Z]\w* \/api\//);
    }
  });
});

describe('ApiRequest', () => {
  it('asks for exactly the path params, body and query the operation takes', () => {
    const body = { memberPersonId: 'm-1', optionId: 'o-1', idempotencyKey: 'k-1' };
    const cast: ApiRequest<'castBallot'> = { params: { pollId: 'p-1' }, body };
    // @ts-expect-error: castBallot's path needs `pollId`
    const missing: ApiRequest<'castBallot'> = { params: {}, body };
    const list: ApiRequest<'listAgreements'> = { params: { commissionId: 'c-1' }, query: { status: 'pending', page: 2 } };
    expect([cast, missing, list]).toHaveLength(3);
  });
});
