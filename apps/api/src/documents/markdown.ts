import type { JSONContent } from '@tiptap/core';

const escape = (text: string) => text.replace(/([\\`*_[\]#|])/g, '\\$1');

function inline(nodes: JSONContent[] | undefined, footnotes: Map<string, number>): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n';
      if (node.type === 'footnoteReference') {
        const id = String(node.attrs?.['data-id'] ?? node.attrs?.['id'] ?? footnotes.size + 1);
        if (!footnotes.has(id)) footnotes.set(id, footnotes.size + 1);
        return `[^${footnotes.get(id)}]`;
      }
      let text = escape(node.text ?? '');
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') text = `**${text}**`;
        else if (mark.type === 'italic') text = `*${text}*`;
        else if (mark.type === 'strike') text = `~~${text}~~`;
        else if (mark.type === 'code') text = `\`${node.text ?? ''}\``;
        else if (mark.type === 'link') text = `[${text}](${String(mark.attrs?.['href'] ?? '')})`;
      }
      return text;
    })
    .join('');
}

/**
 * ProseMirror JSON of the editor's schema as Markdown (CommonMark plus GFM tables and footnotes): what a version
 * exports. Block nodes it does not know are written as their text, so nothing is lost.
 */
export function jsonToMarkdown(doc: JSONContent): string {
  const footnotes = new Map<string, number>();
  const block = (node: JSONContent, indent = ''): string => {
    switch (node.type) {
      case 'heading':
        return `${'#'.repeat(Number(node.attrs?.['level'] ?? 1))} ${inline(node.content, footnotes)}`;
      case 'paragraph':
        return indent + inline(node.content, footnotes);
      case 'blockquote':
        return (node.content ?? []).map((c) => `> ${block(c)}`).join('\n>\n');
      case 'codeBlock':
        return `\`\`\`\n${(node.content ?? []).map((c) => c.text ?? '').join('')}\n\`\`\``;
      case 'horizontalRule':
        return '---';
      case 'bulletList':
      case 'orderedList':
        return (node.content ?? [])
          .map((item, i) => {
            const marker = node.type === 'orderedList' ? `${i + 1}. ` : '- ';
            const [first, ...rest] = (item.content ?? []).map((c) => block(c, indent + '   ').trimStart());
            return [indent + marker + (first ?? ''), ...rest.map((r) => indent + '   ' + r)].join('\n');
          })
          .join('\n');
      case 'table': {
        const rows = (node.content ?? []).map((row) =>
          (row.content ?? []).map((cell) => (cell.content ?? []).map((c) => inline(c.content, footnotes)).join(' ')),
        );
        if (rows.length === 0) return '';
        const width = Math.max(...rows.map((r) => r.length));
        const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
        return [line(rows[0]), line(Array.from({ length: width }, () => '---')), ...rows.slice(1).map(line)].join('\n');
      }
      case 'footnotes':
        return (node.content ?? [])
          .map((note, i) => `[^${i + 1}]: ${(note.content ?? []).map((c) => inline(c.content, footnotes)).join(' ')}`)
          .join('\n');
      default:
        return node.content ? node.content.map((c) => block(c, indent)).join('\n\n') : inline([node], footnotes);
    }
  };
  return (doc.content ?? []).map((node) => block(node)).join('\n\n') + '\n';
}
