import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

export interface AnnotatedSpan {
  id: string;
  start: string;
  end: string;
  kind: 'proposal' | 'observation';
  /** For proposals: the text that would replace the span. */
  replacement?: string;
  label: string;
}

export const annotationsKey = new PluginKey<AnnotatedSpan[]>('ccAnnotations');

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } | null;
}

const syncState = (state: EditorState) => ySyncPluginKey.getState(state) as SyncState | undefined;

const decode = (anchor: string) => Y.decodeRelativePosition(Uint8Array.from(atob(anchor), (c) => c.charCodeAt(0)));
const encode = (position: Y.RelativePosition) => btoa(String.fromCharCode(...Y.encodeRelativePosition(position)));

/** The editor positions of a span anchored by Yjs relative positions, or null when its text is gone. */
export function resolveAnchors(state: EditorState, start: string, end: string): { from: number; to: number } | null {
  const sync = syncState(state);
  if (!sync?.binding) return null;
  const mapping = sync.binding.mapping as never;
  const from = relativePositionToAbsolutePosition(sync.doc, sync.type, decode(start), mapping);
  const to = relativePositionToAbsolutePosition(sync.doc, sync.type, decode(end), mapping);
  return from === null || to === null || to < from ? null : { from, to };
}

/** Anchors of the current selection, if it lies within one block of text. */
export function selectionAnchors(state: EditorState): { start: string; end: string; text: string } | null {
  const sync = syncState(state);
  const { $from, $to, from, to } = state.selection;
  if (!sync?.binding || !$from.sameParent($to) || !$from.parent.isTextblock) return null;
  const mapping = sync.binding.mapping as never;
  const start = absolutePositionToRelativePosition(from, sync.type, mapping);
  const end = absolutePositionToRelativePosition(to, sync.type, mapping);
  return { start: encode(start), end: encode(end), text: state.doc.textBetween(from, to) };
}

/**
 * Shows proposals inline as in suggestion mode (the replaced text struck through, the proposed text underlined
 * after it) and highlights spans with observations. The spans are Yjs relative positions, so they follow edits.
 */
export const Annotations = Extension.create({
  name: 'ccAnnotations',
  addProseMirrorPlugins() {
    return [
      new Plugin<AnnotatedSpan[]>({
        key: annotationsKey,
        state: {
          init: () => [],
          apply: (tr, spans) => (tr.getMeta(annotationsKey) as AnnotatedSpan[] | undefined) ?? spans,
        },
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            for (const span of annotationsKey.getState(state) ?? []) {
              const at = resolveAnchors(state, span.start, span.end);
              if (!at) continue;
              const cls = span.kind === 'proposal' ? 'cc-proposal-deletion' : 'cc-observation-mark';
              if (at.to > at.from)
                decorations.push(Decoration.inline(at.from, at.to, { class: cls, title: span.label, 'data-annotation': span.id }));
              if (span.kind === 'proposal' && span.replacement) {
                decorations.push(
                  Decoration.widget(
                    at.to,
                    () => {
                      const insertion = document.createElement('ins');
                      insertion.className = 'cc-proposal-insertion';
                      insertion.textContent = span.replacement ?? '';
                      insertion.title = span.label;
                      return insertion;
                    },
                    { side: 1, key: `${span.id}:${span.replacement}` },
                  ),
                );
              }
            }
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
