import { PollState } from '@cocrea/contracts';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTestTransloco } from '../../testing/i18n';
import { mergePoll, resultKey, resultParams } from './poll-merge';

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
  const result = (passed: boolean, unanimous: boolean, reason: string, base = 'votes_cast') =>
    ({ passed, unanimous, reason, base, yes: 2, no: 0, abstain: 0 }) as PollState['result'];
  it.each([
    [null, 'voting.result.none'],
    [result(true, true, 'passed'), 'voting.result.unanimous_votes_cast'],
    [result(true, false, 'passed', 'members_present'), 'voting.result.majority_members_present'],
    [result(true, true, 'passed', 'all_members'), 'voting.result.unanimous_all_members'],
    [result(false, false, 'tie'), 'voting.result.tie'],
    [result(false, false, 'no_quorum'), 'voting.result.noQuorum'],
    [result(false, false, 'not_reached'), 'voting.result.rejected'],
  ])('%j → %s', (r, key) => expect(resultKey(poll({ status: 'closed', result: r }))).toBe(key));

  it('states the base and the rights used: unanimity of 2 votes cast of 28 rights is said as such', () => {
    TestBed.configureTestingModule({ providers: [provideTestTransloco()] });
    const closed = poll({ status: 'closed', rights: 28, voted: 2, result: result(true, true, 'passed') });
    expect(resultParams(closed)).toEqual({ cast: 2, rights: 28 });
    expect(TestBed.inject(TranslocoService).translate(resultKey(closed), resultParams(closed))).toBe(
      'Aprobado por unanimidad de los votos emitidos: 2 de 28 derechos',
    );
  });
});
