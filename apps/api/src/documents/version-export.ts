import type { JSONContent } from '@tiptap/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { jsonToMarkdown } from './markdown';

// pdfmake exports an instance whose methods use `this`: an ES namespace or named import would unbind them.
import pdfmake = require('pdfmake');

// The standard PDF fonts are built into pdfkit: nothing else is read from disk, and nothing from the network.
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
const STANDARD_FONTS = new Set(Object.values(HELVETICA));
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));
pdfmake.setUrlAccessPolicy(() => false);

export interface ExportedVersion {
  title: string;
  number: number;
  name: string | null;
  content: JSONContent;
}

export const versionHeading = (v: ExportedVersion) => `${v.title} — versión ${v.number}${v.name ? ` (${v.name})` : ''}`;

export function versionMarkdown(v: ExportedVersion): string {
  return `# ${versionHeading(v)}\n\n${jsonToMarkdown(v.content)}`;
}

const inlineText = (nodes: JSONContent[] | undefined): Content[] =>
  (nodes ?? []).map((n) => {
    const marks = new Set((n.marks ?? []).map((m) => m.type));
    return {
      text: n.type === 'hardBreak' ? '\n' : n.type === 'footnoteReference' ? '*' : (n.text ?? ''),
      bold: marks.has('bold'),
      italics: marks.has('italic'),
      decoration: marks.has('strike') ? 'lineThrough' : marks.has('underline') || marks.has('link') ? 'underline' : undefined,
    } as Content;
  });

function blocks(nodes: JSONContent[] | undefined): Content[] {
  return (nodes ?? []).flatMap((node): Content[] => {
    switch (node.type) {
      case 'heading':
        return [{ text: inlineText(node.content), style: `h${Math.min(Number(node.attrs?.['level'] ?? 1), 3)}` }];
      case 'paragraph':
        return [{ text: inlineText(node.content), margin: [0, 0, 0, 6] }];
      case 'bulletList':
        return [{ ul: (node.content ?? []).map((item) => blocks(item.content)) }];
      case 'orderedList':
        return [{ ol: (node.content ?? []).map((item) => blocks(item.content)) }];
      case 'table': {
        const body = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => ({ stack: blocks(cell.content) })));
        const width = Math.max(1, ...body.map((r) => r.length));
        return [{ table: { body: body.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]) }, margin: [0, 0, 0, 6] }];
      }
      case 'footnotes':
        return [{ ol: (node.content ?? []).map((note) => blocks(note.content)), fontSize: 9 }];
      default:
        return node.content ? blocks(node.content) : [];
    }
  });
}

export function versionPdf(v: ExportedVersion): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: versionHeading(v) },
    defaultStyle: { font: 'Helvetica', fontSize: 11 },
    styles: {
      title: { fontSize: 16, bold: true },
      h1: { fontSize: 15, bold: true },
      h2: { fontSize: 13, bold: true },
      h3: { fontSize: 12, bold: true },
    },
    content: [{ text: versionHeading(v), style: 'title', margin: [0, 0, 0, 12] }, ...blocks(v.content.content)],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
