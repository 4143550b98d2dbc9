import { DELIVERABLE_KINDS, DELIVERABLE_STATUSES, GROUP_EVENT_KINDS, GROUP_ROLES, INPUT_STATUSES, JOIN_CHANNELS } from '@cocrea/contracts';
import { translations } from '../../testing/i18n';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('groups translations', () => {
  it.each([
    ...GROUP_ROLES.map((v) => `groups.roles.${v}`),
    ...JOIN_CHANNELS.map((v) => `groups.channels.${v}`),
    ...DELIVERABLE_KINDS.map((v) => `groups.kinds.${v}`),
    ...DELIVERABLE_STATUSES.map((v) => `groups.statuses.${v}`),
    ...DELIVERABLE_STATUSES.map((v) => `groups.statusActions.${v}`),
    ...INPUT_STATUSES.map((v) => `groups.inputStatuses.${v}`),
    ...GROUP_EVENT_KINDS.map((v) => `groups.events.${v}`),
    ...['delivered', 'cancelled'].flatMap((v) => [`groups.statusChange.${v}Title`, `groups.statusChange.${v}Message`]),
  ])('translate %s in Spanish and English', (key) => {
    expect(typeof lookup(translations['es-MX'], key)).toBe('string');
    expect(typeof lookup(translations.en, key)).toBe('string');
  });

  it('keep the labels the browser journey looks for', () => {
    const es = translations['es-MX'];
    expect(lookup(es, 'nav.groups')).toBe('Grupos de trabajo');
    expect(lookup(es, 'groups.join.button')).toBe('Solicitar integrarme');
    expect(lookup(es, 'groups.inputs.submit')).toBe('Enviar insumo');
    expect(lookup(es, 'groups.dashboard.title')).toBe('Tablero de coordinación');
  });
});
