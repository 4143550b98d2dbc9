import { mexicanDateText, parseMexicanDate } from './mexican-date-input';

describe('dates in Mexican order', () => {
  it('shows a day as dd/mm/aaaa and a moment on a 24-hour clock', () => {
    expect(mexicanDateText('2021-02-15')).toBe('15/02/2021');
    expect(mexicanDateText('2021-02-15T18:05')).toBe('15/02/2021 18:05');
  });

  it('reads what is typed day first, with or without leading zeros', () => {
    expect(parseMexicanDate('15/2/2021', false)).toBe('2021-02-15');
    expect(parseMexicanDate('05-02-2021', false)).toBe('2021-02-05');
    expect(parseMexicanDate('15/02/2021 9:05', true)).toBe('2021-02-15T09:05');
  });

  it('refuses what is no real date or time, and the month first', () => {
    expect(parseMexicanDate('31/02/2021', false)).toBeNull();
    expect(parseMexicanDate('02/15/2021', false)).toBeNull();
    expect(parseMexicanDate('15/02/2021 24:00', true)).toBeNull();
    expect(parseMexicanDate('15/02/2021', true)).toBeNull();
  });
});
