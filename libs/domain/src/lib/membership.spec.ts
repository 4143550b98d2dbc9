import fc from 'fast-check';
import { commissionDay, commissionInstant, isActiveOn } from './membership';

describe('isActiveOn', () => {
  it.each([
    [{ since: null, until: null }, '2021-02-15', true],
    [{ since: '2020-01-01', until: null }, '2021-02-15', true],
    [{ since: '2021-02-15', until: null }, '2021-02-15', true],
    [{ since: '2021-02-16', until: null }, '2021-02-15', false],
    [{ since: '2020-01-01', until: '2021-02-08' }, '2021-02-08', true],
    [{ since: '2020-01-01', until: '2021-02-08' }, '2021-02-09', false],
    [{ since: null, until: '2021-02-08' }, '2021-02-15', false],
  ])('%j on %s → %s', (membership, day, expected) => {
    expect(isActiveOn(membership, day)).toBe(expected);
  });

  it('is active exactly on the days between since and until', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, probe) => {
        const [since, until] = a <= b ? [a, b] : [b, a];
        expect(isActiveOn({ since, until }, probe)).toBe(since <= probe && probe <= until);
      }),
    );
  });
});

describe('commissionDay', () => {
  it.each([
    ['2021-02-15T17:00:00Z', '2021-02-15'],
    ['2021-02-16T05:59:00Z', '2021-02-15'],
    ['2021-02-16T06:00:00Z', '2021-02-16'],
  ])('%s is %s in Mexico City', (instant, day) => {
    expect(commissionDay(new Date(instant))).toBe(day);
  });
});

describe('commissionInstant', () => {
  it.each([
    ['2021-02-15', '11:23', '2021-02-15T17:23:00.000Z'],
    ['2020-08-03', '00:00', '2020-08-03T05:00:00.000Z'],
    ['2020-11-09', '00:00', '2020-11-09T06:00:00.000Z'],
    ['2023-08-03', '00:00', '2023-08-03T06:00:00.000Z'],
    ['2020-12-31', '23:59', '2021-01-01T05:59:00.000Z'],
  ])('%s %s in Mexico City is %s (daylight time until 2022)', (day, hhmm, iso) => {
    expect(commissionInstant(day, hhmm).toISOString()).toBe(iso);
  });

  it('reads back as the same day in Mexico City', () => {
    for (const day of ['2020-04-05', '2020-10-25', '2021-04-04', '2022-10-30', '2026-12-07'])
      expect(commissionDay(commissionInstant(day))).toBe(day);
  });
});
