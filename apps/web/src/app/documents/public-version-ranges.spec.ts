import { REDACTION_MARKER } from '@cocrea/contracts';
import { redact } from '@cocrea/domain';
import { addRedaction, selectedRange } from './public-version-ranges';

const TEXT = 'Correo: ana@x.mx\nTeléfono: 555 0101';

describe('public version ranges', () => {
  let source: HTMLElement;
  let outside: HTMLElement;
  const text = () => source.firstChild as Text;

  function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection;
  }

  beforeEach(() => {
    document.body.innerHTML = '<p id="before">Antes</p><p id="source"></p><p id="after">Después</p>';
    source = document.getElementById('source') as HTMLElement;
    source.textContent = TEXT;
    outside = document.getElementById('after') as HTMLElement;
  });

  it('takes the offsets of a selection inside the text as the range', () => {
    expect(selectedRange(text(), select(text(), 8, text(), 16))).toEqual({ from: 8, to: 16 });
  });

  it('clips a selection that runs past the text to its end', () => {
    expect(selectedRange(text(), select(text(), 27, outside.firstChild as Text, 3))).toEqual({ from: 27, to: TEXT.length });
  });

  it('clips a selection that starts before the text to its start', () => {
    expect(selectedRange(text(), select(document.getElementById('before') as HTMLElement, 0, text(), 6))).toEqual({ from: 0, to: 6 });
  });

  it('gives nothing for a selection elsewhere, an empty one, or none', () => {
    expect(selectedRange(text(), select(outside.firstChild as Text, 0, outside.firstChild as Text, 4))).toBeNull();
    expect(selectedRange(text(), select(text(), 5, text(), 5))).toBeNull();
    expect(selectedRange(text(), null)).toBeNull();
  });

  it('merges an added range with the ones it overlaps or touches, in order', () => {
    const ranges = addRedaction(addRedaction([{ from: 27, to: 35 }], { from: 8, to: 12 }, TEXT.length), { from: 10, to: 16 }, TEXT.length);
    expect(ranges).toEqual([
      { from: 8, to: 16 },
      { from: 27, to: 35 },
    ]);
    expect(addRedaction(ranges, { from: 16, to: 17 }, TEXT.length)[0]).toEqual({ from: 8, to: 17 });
  });

  it('previews each chosen range as the marker', () => {
    const ranges = addRedaction([{ from: 8, to: 16 }], { from: 27, to: 35 }, TEXT.length);
    expect(redact(TEXT, ranges)).toBe(`Correo: ${REDACTION_MARKER}\nTeléfono: ${REDACTION_MARKER}`);
  });
});
