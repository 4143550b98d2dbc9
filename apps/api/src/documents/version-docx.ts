import type { JSONContent } from '@tiptap/core';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportedVersion } from './version-export';
import { versionHeading } from './version-export';

/**
 * A document version as a Word file (DOCX), for partners who keep editing offline: headings stay headings,
 * lists stay Word lists (bulleted and numbered), tables stay tables and footnotes become Word footnotes.
 * It reads the same ProseMirror JSON as the Markdown and PDF exports (editor-schema.ts).
 */

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
const ORDERED = 'ordered-list';

type Block = Paragraph | Table;

/** Word numbers footnotes from 1 in the order they are referenced; the editor links them by `data-id`. */
class Footnotes {
  readonly numbers = new Map<string, number>();
  number(reference: JSONContent): number {
    const id = String(reference.attrs?.['data-id'] ?? this.numbers.size + 1);
    if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
    return this.numbers.get(id) as number;
  }
}

function runs(nodes: JSONContent[] | undefined, footnotes: Footnotes): (TextRun | FootnoteReferenceRun)[] {
  return (nodes ?? []).map((node) => {
    if (node.type === 'footnoteReference') return new FootnoteReferenceRun(footnotes.number(node));
    if (node.type === 'hardBreak') return new TextRun({ break: 1 });
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    return new TextRun({
      text: node.text ?? '',
      bold: marks.has('bold'),
      italics: marks.has('italic'),
      strike: marks.has('strike'),
      underline: marks.has('underline') || marks.has('link') ? {} : undefined,
    });
  });
}

class DocxWriter {
  readonly footnotes = new Footnotes();
  private orderedLists = 0;

  blocks(nodes: JSONContent[] | undefined, list?: { ordered: number | null; level: number }): Block[] {
    return (nodes ?? []).flatMap((node): Block[] => {
      switch (node.type) {
        case 'heading':
          return [
            new Paragraph({
              heading: HEADINGS[Math.min(Number(node.attrs?.['level'] ?? 1), 3) - 1],
              children: runs(node.content, this.footnotes),
            }),
          ];
        case 'paragraph':
          return [this.paragraph(node, list)];
        case 'bulletList':
        case 'orderedList': {
          const ordered = node.type === 'orderedList' ? ++this.orderedLists : null;
          const level = list ? Math.min(list.level + 1, 8) : 0;
          return (node.content ?? []).flatMap((item) => this.blocks(item.content, { ordered, level }));
        }
        case 'table':
          return [this.table(node)];
        case 'footnotes':
          return [];
        default:
          return node.content ? this.blocks(node.content, list) : [];
      }
    });
  }

  private paragraph(node: JSONContent, list?: { ordered: number | null; level: number }): Paragraph {
    const children = runs(node.content, this.footnotes);
    if (!list) return new Paragraph({ children });
    return list.ordered === null
      ? new Paragraph({ children, bullet: { level: list.level } })
      : new Paragraph({ children, numbering: { reference: ORDERED, level: list.level, instance: list.ordered } });
  }

  private table(node: JSONContent): Table {
    const rows = node.content ?? [];
    const width = Math.max(1, ...rows.map((row) => (row.content ?? []).length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map(
        (row) =>
          new TableRow({
            tableHeader: (row.content ?? []).every((cell) => cell.type === 'tableHeader') || undefined,
            children: Array.from({ length: width }, (_, i) => {
              const cell = row.content?.[i];
              const children = this.blocks(cell?.content);
              return new TableCell({ children: children.length ? children : [new Paragraph('')] });
            }),
          }),
      ),
    });
  }

  /** The footnotes' text, keyed by the number their reference got; notes never referenced are appended. */
  notes(doc: JSONContent): Record<number, { children: Paragraph[] }> {
    const notes: Record<number, { children: Paragraph[] }> = {};
    const list = (doc.content ?? []).find((n) => n.type === 'footnotes');
    for (const note of list?.content ?? []) {
      const number = this.footnotes.number(note);
      const children = (note.content ?? []).map((p) => new Paragraph({ children: runs(p.content, this.footnotes) }));
      notes[number] = { children: children.length ? children : [new Paragraph('')] };
    }
    return notes;
  }
}

const orderedLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

export function versionDocx(v: ExportedVersion): Promise<Buffer> {
  const writer = new DocxWriter();
  const body = writer.blocks(v.content.content);
  const document = new Document({
    title: versionHeading(v),
    numbering: { config: [{ reference: ORDERED, levels: orderedLevels }] },
    footnotes: writer.notes(v.content),
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(versionHeading(v))] }), ...body] }],
  });
  return Packer.toBuffer(document);
}
