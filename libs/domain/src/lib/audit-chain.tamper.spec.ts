import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { appendEvent, canonicalize, StoredChainEvent, verifyChain } from './audit-chain';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const KINDS = ['poll_opened', 'ballot_cast', 'ballot_changed', 'voter_recorded', 'poll_closed'];
/** Random events: any kind, any JSON payload (the chain must not care what it carries). */
const events = fc
  .array(fc.record({ kind: fc.constantFrom(...KINDS), payload: fc.jsonValue({ maxDepth: 3 }) }), { minLength: 2, maxLength: 25 })
  .map((items) => {
    const chain: StoredChainEvent[] = [];
    for (const { kind, payload } of items) chain.push(appendEvent(chain.at(-1) ?? null, kind, payload, sha256));
    return chain;
  });

/** Verification must fail, and name the event now at `position` (the first one that is not what was appended). */
function expectBreakAt(tampered: StoredChainEvent[], position: number): void {
  const check = verifyChain(tampered, sha256);
  expect(check.ok).toBe(false);
  if (!check.ok) expect(check.seq).toBe(tampered[position].seq);
}

describe('audit chain under tampering (property)', () => {
  it('verifies any sequence of events as appended, with the last hash as head', () => {
    fc.assert(fc.property(events, (chain) => expect(verifyChain(chain, sha256)).toEqual({ ok: true, head: chain.at(-1)?.hash })));
  });

  it('a flipped character anywhere in a stored row fails at that row', () => {
    const fields = ['kind', 'payload', 'prevHash', 'hash', 'seq'] as const;
    fc.assert(
      fc.property(
        events,
        fc.nat(),
        fc.constantFrom(...fields),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (chain, at, field, offset, replacement) => {
          const index = at % chain.length;
          const row = chain[index];
          const text = field === 'payload' ? JSON.stringify(row.payload ?? null) : String(row[field]);
          const position = offset % text.length;
          fc.pre(text[position] !== replacement);
          const flipped = text.slice(0, position) + replacement + text.slice(position + 1);
          let value: unknown;
          if (field === 'payload') {
            // A flip that leaves no JSON, or a number no stored row can hold (1e+999 parses to Infinity), is no tampering.
            let changed: boolean;
            try {
              value = JSON.parse(flipped);
              changed = canonicalize(value) !== canonicalize(row.payload);
            } catch {
              changed = false;
            }
            fc.pre(changed);
          } else if (field === 'seq') {
            value = Number(flipped);
            fc.pre(Number.isInteger(value) && value !== row.seq);
          } else value = flipped;
          const tampered = chain.map((event, i) => (i === index ? { ...event, [field]: value } : event));
          expectBreakAt(tampered, index);
        },
      ),
    );
  });

  it('a deleted row fails at the row that took its place', () => {
    fc.assert(
      fc.property(events, fc.nat(), (chain, at) => {
        // Deleting the last row leaves a valid shorter chain: the poll row's stored head and length catch that.
        const index = at % (chain.length - 1);
        expectBreakAt([...chain.slice(0, index), ...chain.slice(index + 1)], index);
      }),
    );
  });

  it('an inserted row, even one correctly hashed onto its predecessor, fails at itself or the row after it', () => {
    fc.assert(
      fc.property(events, fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (chain, at, payload, forgeLink) => {
        const index = at % chain.length;
        const previous = index > 0 ? chain[index - 1] : null;
        // A forger who re-links the new row to its predecessor gets a valid row, so the break moves to the next one.
        const inserted = forgeLink ? appendEvent(previous, 'ballot_cast', payload, sha256) : { ...chain[index], payload };
        const tampered = [...chain.slice(0, index), inserted, ...chain.slice(index)];
        expectBreakAt(tampered, forgeLink ? index + 1 : index);
      }),
    );
  });

  it('two swapped rows fail at the first of them', () => {
    fc.assert(
      fc.property(events, fc.nat(), fc.nat(), (chain, a, b) => {
        const [i, j] = [a % chain.length, b % chain.length].sort((x, y) => x - y);
        fc.pre(i !== j);
        const tampered = [...chain];
        [tampered[i], tampered[j]] = [tampered[j], tampered[i]];
        expectBreakAt(tampered, i);
      }),
    );
  });
});
