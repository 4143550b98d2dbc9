import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { BallotReceipt, CastBallotAck, LiveEvents } from '@cocrea/contracts';
import { firstValueFrom } from 'rxjs';
import { configureWebTestBed, testProblem } from '../../testing/setup';
import { ApiError } from '../core/http/api-error';
import type { LiveMeeting } from '../core/live/live-meeting';
import { VotingApi } from './voting.api';

const BALLOT = { memberPersonId: 'm-1', optionId: 'o-yes', idempotencyKey: 'k'.repeat(20), reason: null };
const RECEIPT: BallotReceipt = { pollId: 'p-1', memberPersonId: 'm-1', receipt: 'ABCD-1234', replayed: false };

/** A session room whose socket answers `request` with `answer` (null: not live). */
function room(answer: Promise<CastBallotAck> | null) {
  const request = jest.fn<Promise<CastBallotAck> | null, [string, unknown]>(() => answer);
  return { room: { request } as unknown as LiveMeeting, request };
}

describe('VotingApi.cast: over the live socket when the room is joined, REST otherwise', () => {
  let backend: HttpTestingController;
  let api: VotingApi;

  beforeEach(() => {
    backend = configureWebTestBed();
    api = TestBed.inject(VotingApi);
  });
  afterEach(() => backend.verify());

  it('sends the ballot as poll:cast and shows the receipt of its ack, with no REST call', async () => {
    const { room: live, request } = room(Promise.resolve({ ok: true, receipt: RECEIPT }));
    expect(await firstValueFrom(api.cast('p-1', BALLOT, live))).toEqual(RECEIPT);
    expect(request).toHaveBeenCalledWith(LiveEvents.cast, { pollId: 'p-1', ...BALLOT });
  });

  it('casts over REST while the room is not live', async () => {
    const receipt = firstValueFrom(api.cast('p-1', BALLOT, room(null).room));
    const sent = backend.expectOne({ method: 'POST', url: '/api/polls/p-1/ballots' });
    expect(sent.request.body).toEqual(BALLOT);
    sent.flush(RECEIPT);
    expect(await receipt).toEqual(RECEIPT);
  });

  it('turns a refusal into the same ApiError a REST refusal gives, and does not send it again', async () => {
    const problem = testProblem(
      'no_voting_right',
      403,
      { title: 'Sin derecho de voto', detail: 'No tiene derecho de voto.' },
      { title: 'No voting right', detail: 'You hold no voting right.' },
    );
    const refused = firstValueFrom(api.cast('p-1', BALLOT, room(Promise.resolve({ ok: false, problem })).room));
    await expect(refused).rejects.toEqual(expect.any(ApiError));
    await expect(refused).rejects.toMatchObject({ status: 403, problem: { code: 'no_voting_right' } });
  });

  it('hands the same ballot, same key, to REST when the socket drops before answering', async () => {
    const receipt = firstValueFrom(api.cast('p-1', BALLOT, room(Promise.reject(new Error('operation has timed out'))).room));
    await Promise.resolve();
    const sent = backend.expectOne({ method: 'POST', url: '/api/polls/p-1/ballots' });
    expect(sent.request.body).toEqual(BALLOT);
    sent.flush({ ...RECEIPT, replayed: true });
    expect(await receipt).toEqual({ ...RECEIPT, replayed: true });
  });
});
