import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { appendEvent, canonicalize, compareBallots, GENESIS_HASH, StoredChainEvent, verifyChain } from './audit-chain';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function chainOf(payloads: unknown[]): StoredChainEvent[] {
  const events: StoredChainEvent[] = [];
  for (const payload of payloads) events.push(appendEvent(events.at(-1) ?? null, 'ballot', payload, sha256));
  return events;
}

describe('canonicalize', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalize({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });
  it('is the same for any key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalize(reversed)).toBe(canonicalize(object));
      }),
    );
  });
  it('refuses non-finite numbers', () => expect(() => canonicalize({ n: Number.NaN })).toThrow(RangeError));
});

describe('verifyChain', () => {
  it('accepts an empty and an intact chain', () => {
    expect(verifyChain([], sha256)).toEqual({ ok: true, head: null });
    const events = chainOf([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(events[0].prevHash).toBe(GENESIS_HASH);
    expect(verifyChain(events, sha256)).toEqual({ ok: true, head: events[2].hash });
  });

  it('reports the first changed event', () => {
    const events = chainOf([{ a: 1 }, { a: 2 }, { a: 3 }]);
    events[1] = { ...events[1], payload: { a: 9 } };
    expect(verifyChain(events, sha256)).toEqual({ ok: false, seq: 2, reason: 'hash_mismatch' });
  });

  it('reports a deleted event as a gap, and a re-hashed forgery by its broken link', () => {
    const events = chainOf([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(verifyChain([events[0], events[2]], sha256)).toEqual({ ok: false, seq: 3, reason: 'sequence_gap' });
    const forged = { ...events[1], payload: { a: 9 } };
    forged.hash = sha256(`${forged.prevHash}\n${canonicalize({ seq: 2, kind: 'ballot', payload: forged.payload })}`);
    expect(verifyChain([events[0], forged, events[2]], sha256)).toEqual({ ok: false, seq: 3, reason: 'previous_mismatch' });
  });

  it('detects any single change of any event, at that event', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), fc.nat(), fc.integer(), (values, at, replacement) => {
        const events = chainOf(values.map((v) => ({ v })));
        const index = at % events.length;
        fc.pre(replacement !== values[index]);
        events[index] = { ...events[index], payload: { v: replacement } };
        expect(verifyChain(events, sha256)).toEqual({ ok: false, seq: index + 1, reason: 'hash_mismatch' });
      }),
    );
  });
});

describe('compareBallots', () => {
  const b = (ballotId: string, optionId: string) => ({ ballotId, optionId, receiptHash: `r-${ballotId}` });
  it.each([
    [[b('1', 'y'), b('2', 'n')], [b('2', 'n'), b('1', 'y')], null],
    [[b('1', 'y'), b('1', 'n')], [b('1', 'n')], null],
    [[b('1', 'y'), b('2', 'n')], [b('1', 'y')], { ballotId: '2', problem: 'missing_row' }],
    [[b('1', 'y')], [b('1', 'n')], { ballotId: '1', problem: 'changed_row' }],
    [[b('1', 'y')], [b('1', 'y'), b('3', 'y')], { ballotId: '3', problem: 'row_not_in_chain' }],
  ])('%#', (chain, stored, problem) => {
    expect(compareBallots(chain, stored)).toEqual(problem);
  });
});
