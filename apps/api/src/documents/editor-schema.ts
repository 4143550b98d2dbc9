import { DOCUMENT_FIELD } from '@cocrea/contracts';
import { getSchema, Node } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { Footnote, FootnoteReference, Footnotes } from 'tiptap-footnotes';
import * as Y from 'yjs';

/**
 * The document node with room for the footnotes list at the end (tiptap-footnotes' required shape).
 * The web editor (apps/web/src/app/documents/editor/editor-extensions.ts) must build the same schema: same
 * node and mark names, same content expressions, or the server's Markdown and the editor disagree.
 */
const FootnotedDocument = Node.create({ name: 'doc', topNode: true, content: 'block+ footnotes?' });

export const SCHEMA_EXTENSIONS = [
  StarterKit.configure({ document: false, undoRedo: false }),
  FootnotedDocument,
  TableKit,
  Footnotes,
  Footnote,
  FootnoteReference,
];

export const editorSchema = getSchema(SCHEMA_EXTENSIONS);

/** The Y.Doc's rich text as ProseMirror JSON (what export and restore work from). */
export function docToJson(ydoc: Y.Doc): JSONContent {
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(DOCUMENT_FIELD), editorSchema).toJSON() as JSONContent;
}

/** Replaces the whole content of `ydoc` with `json`, inside the caller's transaction if any. */
export function replaceContent(ydoc: Y.Doc, json: JSONContent): void {
  const fragment = ydoc.getXmlFragment(DOCUMENT_FIELD);
  ydoc.transact(() => {
    fragment.delete(0, fragment.length);
    prosemirrorJSONToYXmlFragment(editorSchema, json, fragment);
  });
}

/** A document of plain paragraphs (and `# ` headings), as the seed writes them. */
export function paragraphsToJson(lines: string[]): JSONContent {
  return {
    type: 'doc',
    content: lines.map((line) => {
      const heading = /^(#{1,3}) (.*)$/.exec(line);
      return heading
        ? { type: 'heading', attrs: { level: heading[1].length }, content: [{ type: 'text', text: heading[2] }] }
        : { type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] };
    }),
  };
}

const inlineText = (node: JSONContent): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(inlineText).join('');

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

/** One line per text block: what versions are compared on and what counts as the document's words. */
export function jsonToText(node: JSONContent): string {
  const lines: string[] = [];
  const walk = (n: JSONContent) => {
    if (TEXT_BLOCKS.has(n.type ?? '')) lines.push(inlineText(n));
    else for (const child of n.content ?? []) walk(child);
  };
  walk(node);
  return lines.join('\n');
}

export const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;
