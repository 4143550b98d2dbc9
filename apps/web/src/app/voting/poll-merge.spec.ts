import { PollState } from '@cocrea/contracts';
import { mergePoll, resultKey } from './poll-merge';

const poll = (over: Partial<PollState>): PollState =>
  ({
    id: 'p1',
    meetingId: 'm1',
    agendaItemId: 'i1',
    subject: 'Acta',
    method: 'named',
    status: 'open',
    rule: 'simple',
    base: 'votes_cast',
    hideResultsUntilClose: false,
    allowChange: false,
    askReason: false,
    chairCastingVote: false,
    subjectRef: null,
    options: [],
    rights: 23,
    voted: 0,
    tally: null,
    namedVotes: null,
    result: null,
    agreementNumber: null,
    openedAt: null,
    closedAt: null,
    version: 1,
    ...over,
  }) as PollState;

describe('mergePoll', () => {
  it('adds a poll it does not know', () => {
    expect(mergePoll([poll({ id: 'a' })], poll({ id: 'b' })).map((p) => p.id)).toEqual(['a', 'b']);
  });
  it('replaces an older version and keeps a newer one (live states can arrive late)', () => {
    expect(mergePoll([poll({ version: 2, voted: 1 })], poll({ version: 3, voted: 2 }))[0].voted).toBe(2);
    expect(mergePoll([poll({ version: 4, voted: 3 })], poll({ version: 3, voted: 2 }))[0].voted).toBe(3);
  });
});

describe('resultKey', () => {
  const result = (passed: boolean, unanimous: boolean, reason: string) => ({ passed, unanimous, reason }) as PollState['result'];
  it.each([
    [null, 'voting.result.none'],
    [result(true, true, 'passed'), 'voting.result.unanimous'],
    [result(true, false, 'passed'), 'voting.result.majority'],
    [result(false, false, 'tie'), 'voting.result.tie'],
    [result(false, false, 'no_quorum'), 'voting.result.noQuorum'],
    [result(false, false, 'not_reached'), 'voting.result.rejected'],
  ])('%j → %s', (r, key) => expect(resultKey(poll({ status: 'closed', result: r }))).toBe(key));
});
