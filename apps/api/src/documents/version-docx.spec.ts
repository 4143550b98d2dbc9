import type { JSONContent } from '@tiptap/core';
import JSZip from 'jszip';
import * as Y from 'yjs';
import { docToJson, replaceContent } from './editor-schema';
import { versionDocx } from './version-docx';

// The Word export keeps a version's structure: read back from the DOCX package (a zip of WordprocessingML parts).

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({ type, content: [paragraph(text(value))] });

/** A version's content as the editor stores it: written into a Y.Doc and read back through the editor's schema. */
function storedContent(): JSONContent {
  const ydoc = new Y.Doc();
  replaceContent(ydoc, {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Diagnóstico de apertura')] },
      paragraph(text('Fuente principal'), { type: 'footnoteReference', attrs: { 'data-id': 'nota-a' } }),
      { type: 'heading', attrs: { level: 2 }, content: [text('Hallazgos')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Portal estatal'))] }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('Primer paso'))] }] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Estado'), cell('tableHeader', 'Avance')] },
          { type: 'tableRow', content: [cell('tableCell', 'Jalisco'), cell('tableCell', 'Alto')] },
        ],
      },
      {
        type: 'footnotes',
        content: [{ type: 'footnote', attrs: { id: 'fn:1', 'data-id': 'nota-a' }, content: [paragraph(text('Censo 2020, INEGI.'))] }],
      },
    ],
  });
  return docToJson(ydoc);
}

async function parts(): Promise<{ document: string; footnotes: string }> {
  const file = await versionDocx({ title: 'Diagnóstico', number: 3, name: 'Para revisión', content: storedContent() });
  const zip = await JSZip.loadAsync(file);
  return {
    document: (await zip.file('word/document.xml')?.async('string')) ?? '',
    footnotes: (await zip.file('word/footnotes.xml')?.async('string')) ?? '',
  };
}

describe('version DOCX export', () => {
  it('keeps the headings as Word headings under the version title', async () => {
    const { document } = await parts();
    expect(document).toContain('Diagnóstico — versión 3 (Para revisión)');
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>.*Diagnóstico de apertura/s);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>.*Hallazgos/s);
  });

  it('keeps bulleted and numbered lists as Word lists', async () => {
    const { document } = await parts();
    expect(document.match(/<w:numPr>/g)).toHaveLength(2);
    expect(document).toContain('Portal estatal');
    expect(document).toContain('Primer paso');
  });

  it('keeps the table with its rows and cells', async () => {
    const { document } = await parts();
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
    expect(document.match(/<w:tr>/g)).toHaveLength(2);
    for (const value of ['Estado', 'Avance', 'Jalisco', 'Alto']) expect(document).toContain(value);
  });

  it('turns footnotes into Word footnotes referenced from the text, not body paragraphs', async () => {
    const { document, footnotes } = await parts();
    expect(document).toContain('<w:footnoteReference w:id="1"/>');
    expect(document).not.toContain('Censo 2020');
    expect(footnotes).toMatch(/<w:footnote w:id="1">.*Censo 2020, INEGI\./s);
  });
});
