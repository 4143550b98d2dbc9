import { CommissionTimePipe } from './commission-time.pipe';

describe('CommissionTimePipe', () => {
  const pipe = new CommissionTimePipe();

  it('shows Mexico City time without seconds, whatever the viewer’s zone', () => {
    // 00:30 UTC on 16 Feb is still 15 Feb, 18:30, in Mexico City (UTC-6).
    const es = pipe.transform('2021-02-16T00:30:00Z', 'es-MX');
    expect(es).toContain('15 de febrero de 2021');
    expect(es).toMatch(/6:30\s?p\.\s?m\./);
    expect(es).not.toContain(':00 p');
    expect(pipe.transform('2021-02-16T00:30:00Z', 'en')).toMatch(/February 15, 2021.*6:30\s?PM/);
  });
});
