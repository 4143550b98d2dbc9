import { AGREEMENT_STATUSES } from '@cocrea/contracts';
import fc from 'fast-check';
import { adoptedBy, agreementOverdue, mayMoveAgreement, resultWording } from './agreement-status';
import { decidePoll } from './poll-result';

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

  it.each([
    ['unanimity', { yes: 2, no: 0, abstain: 0 }, 'votes_cast', 28, 'por unanimidad de los votos emitidos: 2 de 28 derechos'],
    ['unanimity', { yes: 28, no: 0, abstain: 0 }, 'members_present', 28, 'por unanimidad de los integrantes presentes: 28 de 28 derechos'],
    [
      'majority',
      { yes: 12, no: 3, abstain: 1 },
      'members_present',
      28,
      'por mayoría de los integrantes presentes (12 a favor, 3 en contra, 1 abstención; 16 de 28 derechos)',
    ],
    ['majority', { yes: null, no: null, abstain: null }, 'all_members', 43, 'por mayoría del total de integrantes con derecho a voto'],
    ['unanimity', { yes: 1, no: 0, abstain: 0 }, 'votes_cast', 1, 'por unanimidad de los votos emitidos: 1 de 1 derecho'],
  ] as const)('%s %j of %s with %i rights → %s', (adoption, counts, base, rights, text) =>
    expect(adoptedBy(adoption, counts, { base, rights })).toBe(text),
  );
});

describe('the result states its base', () => {
  const options = [
    { id: 'y', meaning: 'yes' as const },
    { id: 'n', meaning: 'no' as const },
    { id: 'a', meaning: 'abstain' as const },
  ];
  const close = (
    base: 'votes_cast' | 'members_present' | 'all_members',
    rule: 'simple' | 'absolute' | 'unanimity',
    y: number,
    n: number,
    a: number,
  ) => {
    const decided = decidePoll({
      rule,
      base,
      options,
      counts: { y, n, a },
      present: 28,
      members: 43,
      quorumReached: true,
      castingVoteAllowed: false,
    });
    return resultWording({ ...decided, rule, base, rights: 28 });
  };

  it.each([
    ['votes_cast', 'simple', 2, 0, 0, 'Aprobado por unanimidad de los votos emitidos: 2 de 28 derechos'],
    // Two of 28 present is not unanimity of the members present: a majority, and it says of whom.
    ['members_present', 'simple', 2, 0, 0, 'Aprobado por mayoría de los integrantes presentes (2 a favor, 0 en contra; 2 de 28 derechos)'],
    ['members_present', 'simple', 28, 0, 0, 'Aprobado por unanimidad de los integrantes presentes: 28 de 28 derechos'],
    ['votes_cast', 'simple', 20, 1, 0, 'Aprobado por mayoría de los votos emitidos (20 a favor, 1 en contra; 21 de 28 derechos)'],
    ['votes_cast', 'simple', 5, 5, 1, 'No aprobado, empate (5 a favor, 5 en contra, 1 abstención; 11 de 28 derechos)'],
    [
      'members_present',
      'absolute',
      14,
      0,
      0,
      'No aprobado, no alcanzó la mayoría absoluta de los integrantes presentes (14 a favor, 0 en contra; 14 de 28 derechos)',
    ],
    ['votes_cast', 'simple', 0, 0, 0, 'No aprobado, sin votos (0 a favor, 0 en contra; 0 de 28 derechos)'],
  ] as const)('%s, %s majority, %i/%i/%i → %s', (base, rule, y, n, a, text) => expect(close(base, rule, y, n, a)).toBe(text));
});
