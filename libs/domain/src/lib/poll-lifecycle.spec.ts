import type { PollMethod, PollStatus } from '@cocrea/contracts';
import fc from 'fast-check';
import { acceptsBallots, acceptsShowOfHands, checkPollSettings, pollTransition, takesBallots } from './poll-lifecycle';

describe('pollTransition', () => {
  it.each([
    ['draft', 'open', { ok: true, status: 'open' }],
    ['open', 'close', { ok: true, status: 'closed' }],
    ['draft', 'close', { ok: false }],
    ['open', 'open', { ok: false }],
    ['closed', 'open', { ok: false }],
    ['closed', 'close', { ok: false }],
  ] as const)('%s --%s--> %j', (status, action, result) => {
    expect(pollTransition(status, action)).toEqual(result);
  });
  it.each([
    ['draft', false],
    ['open', true],
    ['closed', false],
  ] as const)('a %s poll takes ballots: %s', (status, accepts) => expect(acceptsBallots(status)).toBe(accepts));
  it.each([
    ['named', true],
    ['secret', true],
    ['show_of_hands', false],
  ] as const)('a %s poll takes ballots from members: %s', (method, takes) => expect(takesBallots(method)).toBe(takes));
  it.each([
    ['show_of_hands', 'draft', false],
    ['show_of_hands', 'open', true],
    ['show_of_hands', 'closed', false],
    ['named', 'open', false],
    ['secret', 'open', false],
  ] as const)('a %s poll that is %s takes a show of hands: %s', (method, status, accepts) =>
    expect(acceptsShowOfHands(method, status)).toBe(accepts),
  );
  it('takes a show of hands exactly when it takes no ballots and is open', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PollMethod>('named', 'secret', 'show_of_hands'),
        fc.constantFrom<PollStatus>('draft', 'open', 'closed'),
        (m, st) => {
          expect(acceptsShowOfHands(m, st)).toBe(!takesBallots(m) && acceptsBallots(st));
        },
      ),
    );
  });
});

describe('checkPollSettings', () => {
  it.each([
    [null, null, { method: 'secret', allowChange: false }, null],
    [null, null, { method: 'secret', allowChange: true }, 'secret_change_not_allowed'],
    [null, null, { method: 'secret', allowChange: false, askReason: true }, 'secret_reason_not_allowed'],
    [null, null, { method: 'named', allowChange: false, askReason: true }, null],
    ['draft', { method: 'named', allowChange: false }, { method: 'secret', allowChange: false }, null],
    ['draft', { method: 'secret', allowChange: false }, { method: 'named', allowChange: false }, 'secret_to_named'],
    ['open', { method: 'named', allowChange: false }, { method: 'named', allowChange: true }, 'not_draft'],
    [null, null, { method: 'show_of_hands', allowChange: false, choices: true }, 'show_of_hands_choices_not_allowed'],
    [null, null, { method: 'show_of_hands', allowChange: false, choices: false }, null],
    [null, null, { method: 'named', allowChange: false, choices: true }, null],
  ] as const)('%s %j → %j: %s', (status, current, next, problem) => {
    expect(checkPollSettings(status, current, next)).toBe(problem);
  });

  it('never lets a secret poll become named, in any state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PollStatus>('draft', 'open', 'closed'),
        fc.boolean(),
        fc.constantFrom<PollMethod>('named'),
        fc.boolean(),
        (status, allowChange, method, nextChange) => {
          expect(checkPollSettings(status, { method: 'secret', allowChange }, { method, allowChange: nextChange })).not.toBeNull();
        },
      ),
    );
  });
});
