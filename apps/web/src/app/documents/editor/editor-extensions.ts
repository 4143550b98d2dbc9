import { Extension, Node } from '@tiptap/core';
import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import { Plugin } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Footnote, FootnoteReference, Footnotes } from 'tiptap-footnotes';
import type * as Y from 'yjs';
import { Annotations } from './annotations';

/**
 * The document node with room for the footnotes list. Same schema as the server's
 * (apps/api/src/documents/editor-schema.ts): keep node names and content expressions identical.
 */
const FootnotedDocument = Node.create({ name: 'doc', topNode: true, content: 'block+ footnotes?' });

/**
 * Those who may only propose or read can still place the caret and select text (to propose or comment on it), but
 * no local transaction may change the document; changes from other people arrive through the Yjs binding.
 */
const TextLock = Extension.create({
  name: 'textLock',
  addProseMirrorPlugins() {
    return [new Plugin({ filterTransaction: (tr) => !tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined })];
  },
});

/**
 * One h1 per page: the page's h1 is the document's title, so the text's headings sit one level below it (its
 * "Título 1" is shown as an h2). Only the shown element changes; the node and its level stay as the server stores them.
 */
const NestedHeadings = Extension.create({
  name: 'nestedHeadings',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          nodeViews: {
            heading: (node) => {
              const level = node.attrs['level'] as number;
              const dom = document.createElement(`h${Math.min(level + 1, 6)}`);
              dom.className = `cc-heading-${level}`;
              return { dom, contentDOM: dom, update: (next) => next.type === node.type && next.attrs['level'] === level };
            },
          },
        },
      }),
    ];
  },
});

export function editorExtensions(options: {
  document: Y.Doc;
  provider: HocuspocusProvider;
  user: { name: string; color: string };
  editable: boolean;
}): AnyExtension[] {
  return [
    StarterKit.configure({ document: false, undoRedo: false, link: { openOnClick: false } }),
    FootnotedDocument,
    TableKit.configure({ table: { resizable: false } }),
    Footnotes,
    Footnote,
    FootnoteReference,
    Collaboration.configure({ document: options.document }),
    CollaborationCaret.configure({ provider: options.provider, user: options.user }),
    Annotations,
    NestedHeadings,
    ...(options.editable ? [] : [TextLock]),
  ];
}

/** A stable colour per person for their caret. */
export function personColor(id: string): string {
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 70% 38%)`;
}
