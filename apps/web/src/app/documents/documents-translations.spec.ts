import { DOCUMENT_PERMISSIONS, PROPOSAL_STATUSES, VERSION_KINDS } from '@cocrea/contracts';
import { translations } from '../../testing/i18n';
import { CONNECTION_STATES } from './connection-status';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('documents translations', () => {
  it.each([
    ...DOCUMENT_PERMISSIONS.map((v) => `documents.permission.${v}`),
    ...PROPOSAL_STATUSES.map((v) => `documents.proposals.status.${v}`),
    ...VERSION_KINDS.map((v) => `documents.versions.kinds.${v}`),
    ...CONNECTION_STATES.map((v) => `documents.connection.${v}`),
    'documents.live.readOnly',
    ...['bold', 'italic', 'h2', 'h3', 'bulletList', 'orderedList', 'table', 'footnote', 'link'].map((v) => `documents.toolbar.${v}`),
  ])('translate %s in Spanish and English', (key) => {
    expect(typeof lookup(translations['es-MX'], key)).toBe('string');
    expect(typeof lookup(translations.en, key)).toBe('string');
  });

  it('has the same keys in both languages', () => {
    const keys = (tree: unknown, prefix = ''): string[] =>
      Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(translations.en['documents'])).toEqual(keys(translations['es-MX']['documents']));
  });
});
