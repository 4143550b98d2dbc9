import { MEETING_ACTIONS, MEETING_STATUSES, MeetingAction, MeetingStatus } from '@cocrea/contracts';
import fc from 'fast-check';
import { acceptsRollCall, isLive, receivesAmendments, transition } from './meeting-status';

describe('meeting status', () => {
  it.each<[MeetingStatus, MeetingAction, boolean, ReturnType<typeof transition>]>([
    ['draft', 'convene', false, { ok: true, status: 'convened' }],
    ['convened', 'open', true, { ok: true, status: 'open' }],
    ['convened', 'open', false, { ok: false, reason: 'no_quorum' }],
    ['open', 'close', false, { ok: true, status: 'closed' }],
    ['draft', 'open', true, { ok: false, reason: 'wrong_status' }],
    ['draft', 'close', true, { ok: false, reason: 'wrong_status' }],
    ['convened', 'convene', true, { ok: false, reason: 'wrong_status' }],
    ['convened', 'close', true, { ok: false, reason: 'wrong_status' }],
    ['open', 'open', true, { ok: false, reason: 'wrong_status' }],
    ['closed', 'close', true, { ok: false, reason: 'wrong_status' }],
    ['closed', 'open', true, { ok: false, reason: 'wrong_status' }],
    ['closed', 'convene', true, { ok: false, reason: 'wrong_status' }],
  ])('%s + %s (quorum %s) → %j', (status, action, quorum, expected) => {
    expect(transition(status, action, quorum)).toEqual(expected);
  });

  it('only ever moves forward, one step at a time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEETING_STATUSES), fc.constantFrom(...MEETING_ACTIONS), fc.boolean(), (status, action, quorum) => {
        const result = transition(status, action, quorum);
        if (result.ok) expect(MEETING_STATUSES.indexOf(result.status)).toBe(MEETING_STATUSES.indexOf(status) + 1);
      }),
    );
  });

  it('any sequence of actions visits the statuses in order and never leaves closed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...MEETING_ACTIONS), fc.boolean()), { maxLength: 12 }), (actions) => {
        let status: MeetingStatus = 'draft';
        for (const [action, quorum] of actions) {
          const result = transition(status, action, quorum);
          if (result.ok) status = result.status;
        }
        const closedSeen = status === 'closed';
        if (closedSeen) expect(actions.some(([a]) => a === 'close')).toBe(true);
      }),
    );
  });

  it.each<[MeetingStatus, boolean, boolean]>([
    ['draft', false, false],
    ['convened', false, true],
    ['open', true, true],
    ['closed', false, false],
  ])('%s: live=%s, roll call=%s', (status, live, rollCall) => {
    expect(isLive(status)).toBe(live);
    expect(acceptsRollCall(status)).toBe(rollCall);
  });

  it('sends amendments only to a convened or open session: a draft, closed or cancelled one holds no poll to decide them', () => {
    expect(MEETING_STATUSES.filter(receivesAmendments)).toEqual(['convened', 'open']);
  });
});
