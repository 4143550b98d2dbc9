import { REDACTION_MARKER } from '@cocrea/contracts';
import fc from 'fast-check';
import { mergeRedactions, redact } from './redaction';

const M = REDACTION_MARKER;

describe('mergeRedactions', () => {
  it('orders the ranges, merges overlapping and touching ones and clips them to the text', () => {
    expect(
      mergeRedactions(
        [
          { from: 8, to: 20 },
          { from: 0, to: 2 },
          { from: 1, to: 4 },
          { from: 4, to: 5 },
        ],
        10,
      ),
    ).toEqual([
      { from: 0, to: 5 },
      { from: 8, to: 10 },
    ]);
  });
});

describe('redact', () => {
  it.each([
    ['one range', 'Correo: ana@x.mx, tel 555', [{ from: 8, to: 16 }], `Correo: ${M}, tel 555`],
    [
      'two ranges out of order',
      'abcdef',
      [
        { from: 4, to: 5 },
        { from: 0, to: 1 },
      ],
      `${M}bcd${M}f`,
    ],
    [
      'overlapping ranges merge',
      'abcdef',
      [
        { from: 1, to: 3 },
        { from: 2, to: 5 },
      ],
      `a${M}f`,
    ],
    [
      'touching ranges merge',
      'abcdef',
      [
        { from: 1, to: 3 },
        { from: 3, to: 4 },
      ],
      `a${M}ef`,
    ],
    ['a range past the end is clipped', 'abc', [{ from: 1, to: 99 }], `a${M}`],
  ])('%s', (_, text, ranges, expected) => {
    expect(redact(text, ranges)).toBe(expected);
  });

  it('never lets a character of a redacted range through', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 5 }),
        (body, spans) => {
          // Letters the original never uses elsewhere, so finding one in the output means it leaked.
          const text = body.replace(/[#]/g, '') + '#'.repeat(10);
          const at = text.length - 10;
          const out = redact(text, [...spans.map(([from, length]) => ({ from, to: from + length })), { from: at, to: at + 10 }]);
          expect(out).not.toContain('#');
        },
      ),
    );
  });
});
