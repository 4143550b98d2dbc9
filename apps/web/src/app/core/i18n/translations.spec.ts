import { addressesAsTu, COMMISSION_ROLES, MEMBER_STATUSES, ORGANIZATION_KINDS } from '@cocrea/contracts';
import { translations } from '../../../testing/i18n';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

describe('translation files', () => {
  const es = translations['es-MX'] as Tree;
  const en = translations.en as Tree;

  it('have exactly the same keys in Spanish and English', () => {
    expect(keys(en).sort()).toEqual(keys(es).sort());
  });

  it('address people as "usted" in Spanish, never with "tú" forms', () => {
    const familiar = keys(es).filter((key) => addressesAsTu(lookup(es, key) as string));
    expect(familiar.map((key) => `${key}: ${lookup(es, key)}`)).toEqual([]);
  });

  it('have no empty strings', () => {
    for (const tree of [es, en]) {
      for (const key of keys(tree)) {
        expect([key, lookup(tree, key)]).not.toEqual([key, '']);
      }
    }
  });

  it.each([
    ...COMMISSION_ROLES.map((role) => `roles.${role}`),
    ...ORGANIZATION_KINDS.map((kind) => `organizationKinds.${kind}`),
    ...MEMBER_STATUSES.map((status) => `directory.statuses.${status}`),
  ])('translate the contract value %s', (key) => {
    expect(typeof lookup(es, key)).toBe('string');
    expect(typeof lookup(en, key)).toBe('string');
  });

  it('keep the labels the browser tests look for', () => {
    expect(lookup(es, 'login.email')).toBe('Correo electrónico');
    expect(lookup(es, 'login.password')).toBe('Contraseña');
    expect(lookup(es, 'login.submit')).toBe('Entrar');
    expect(lookup(en, 'login.email')).toBe('Email');
    expect(lookup(en, 'login.password')).toBe('Password');
    expect(lookup(en, 'login.submit')).toBe('Sign in');
    expect(lookup(es, 'directory.title')).toBe('Directorio de integrantes');
    expect(lookup(en, 'directory.title')).toBe('Members directory');
    expect(lookup(es, 'directory.search')).toBe('Buscar');
    expect(lookup(en, 'directory.search')).toBe('Search');
    expect(lookup(es, 'directory.state')).toBe('Entidad federativa');
    expect(lookup(en, 'directory.state')).toBe('State');
    expect(lookup(es, 'language.other')).toBe('English');
    expect(lookup(en, 'language.other')).toBe('Español');
    expect(lookup(es, 'directory.empty')).toBe('No hay integrantes que coincidan con la búsqueda');
  });
});
