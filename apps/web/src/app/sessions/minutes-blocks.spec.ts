import { minutesBlocks, spans } from './minutes-blocks';
import { mexicoCityIso } from '../core/i18n/mexico-city-time';

describe('minutes blocks', () => {
  it('splits bold and emphasis without ever producing HTML', () => {
    expect(spans('**Acuerdo:** <b>x</b> _nadie_')).toEqual([
      { text: 'Acuerdo:', strong: true, em: false },
      { text: ' <b>x</b> ', strong: false, em: false },
      { text: 'nadie', strong: false, em: true },
    ]);
  });

  it('reads headings, bullet lists, numbered lists and paragraphs', () => {
    const blocks = minutesBlocks('# Acta\n\nTexto uno\nsigue\n\n- a\n- b\n\n1. Uno\n3. Tres\n\n## Cierre');
    expect(blocks.map((b) => b.kind)).toEqual(['h1', 'p', 'ul', 'ol', 'h2']);
    expect(blocks[1]).toEqual({ kind: 'p', spans: [{ text: 'Texto uno sigue', strong: false, em: false }] });
    expect(blocks[3]).toMatchObject({ kind: 'ol', items: [[{ text: '1. Uno' }], [{ text: '3. Tres' }]] });
  });
});

describe('mexicoCityIso', () => {
  it.each([
    ['2026-12-01T11:00', '2026-12-01T17:00:00.000Z'],
    ['2021-02-15T11:23', '2021-02-15T17:23:00.000Z'],
    // Daylight saving time was in force in Mexico City until 2022.
    ['2021-04-19T11:00', '2021-04-19T16:00:00.000Z'],
  ])('reads %s as Mexico City time: %s', (local, utc) => {
    expect(mexicoCityIso(local)).toBe(utc);
  });
});
