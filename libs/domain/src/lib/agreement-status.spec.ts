import { AGREEMENT_STATUSES } from '@cocrea/contracts';
import fc from 'fast-check';
import { adoptedBy, agreementOverdue, mayMoveAgreement } from './agreement-status';

describe('agreement follow-up', () => {
  it.each([
    ['pending', 'in_progress', true],
    ['pending', 'attended', true],
    ['in_progress', 'attended', true],
    ['attended', 'in_progress', true],
    ['in_progress', 'pending', false],
    ['attended', 'pending', false],
    ['pending', 'pending', false],
    ['attended', 'attended', false],
  ] as const)('%s → %s: %s', (from, to, ok) => expect(mayMoveAgreement(from, to)).toBe(ok));

  it('never moves back to pending', () => {
    fc.assert(fc.property(fc.constantFrom(...AGREEMENT_STATUSES), (from) => expect(mayMoveAgreement(from, 'pending')).toBe(false)));
  });

  it.each([
    ['pending', '2021-03-01', '2021-03-02', true],
    ['in_progress', '2021-03-01', '2021-03-01', false],
    ['attended', '2021-03-01', '2022-01-01', false],
    ['pending', null, '2022-01-01', false],
  ] as const)('%s due %s on %s: overdue=%s', (status, due, today, overdue) => expect(agreementOverdue(status, due, today)).toBe(overdue));

  it.each([
    ['unanimity', { yes: 30, no: 0, abstain: 0 }, 'por unanimidad'],
    ['majority', { yes: 12, no: 3, abstain: 1 }, 'por mayoría (12 a favor, 3 en contra, 1 abstención)'],
    ['majority', { yes: 12, no: 3, abstain: 2 }, 'por mayoría (12 a favor, 3 en contra, 2 abstenciones)'],
    ['majority', { yes: null, no: null, abstain: null }, 'por mayoría'],
    [null, { yes: null, no: null, abstain: null }, 'sin votación registrada'],
  ] as const)('%s %j → %s', (adoption, counts, text) => expect(adoptedBy(adoption, counts)).toBe(text));
});
