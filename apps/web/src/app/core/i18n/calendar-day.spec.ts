import { registerAppLocales } from './locale-data';
import { calendarDay } from './calendar-day';
import { mexicoCityDate, mexicoCityDateTime } from './mexico-city-time';

// The web specs run in Los Angeles (jest.config.cts), west of UTC and of Mexico City.
describe('dates without time and instants', () => {
  beforeAll(() => registerAppLocales());

  it('runs west of UTC, where reading a day as an instant moves it to the day before', () => {
    expect(new Date('2021-02-15').getDate()).toBe(14);
  });

  it.each([
    ['2021-02-15', 'es-MX', 'long', '15 de febrero de 2021'],
    ['2020-12-17', 'es-MX', 'long', '17 de diciembre de 2020'],
    ['2021-01-01', 'en', 'long', 'January 1, 2021'],
    ['2021-05-31', 'en', 'medium', 'May 31, 2021'],
  ] as const)('the day %s in %s (%s) is %s', (day, locale, style, text) => {
    expect(calendarDay(day, locale, style)).toBe(text);
  });

  it('refuses an instant, so a time zone can never pick the day', () => {
    expect(() => calendarDay('2021-02-15T00:00:00.000Z', 'es-MX')).toThrow(RangeError);
  });

  it('shows an instant on its Mexico City day with a 24-hour clock', () => {
    expect(mexicoCityDate('2021-02-16T04:30:00.000Z', 'es-MX')).toBe('15 de febrero de 2021');
    expect(mexicoCityDateTime('2021-02-15T18:57:00.000Z', 'es-MX')).toBe('15 de febrero de 2021 a las 12:57');
    expect(mexicoCityDateTime('2021-02-15T18:57:00.000Z', 'en')).toBe('February 15, 2021 at 12:57');
  });
});
