import { CommissionTimePipe } from './commission-time.pipe';

describe('CommissionTimePipe', () => {
  const pipe = new CommissionTimePipe();

  it('shows Mexico City time on a 24-hour clock without seconds, whatever the viewer’s zone', () => {
    // 00:30 UTC on 16 Feb is still 15 Feb, 18:30, in Mexico City (UTC-6).
    expect(pipe.transform('2021-02-16T00:30:00Z', 'es-MX')).toBe('15 de febrero de 2021 a las 18:30');
    expect(pipe.transform('2021-02-16T00:30:00Z', 'en')).toBe('February 15, 2021 at 18:30');
  });
});
