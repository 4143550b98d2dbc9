import { byName, compareNames } from './collation';

describe('Spanish name order', () => {
  it('puts "Ángel" with the A\'s and "José" before "Josefina", whatever the accents and case', () => {
    expect(['Josefina', 'Zoé', 'José', 'Ángel', 'alberto', 'Ñuño', 'Nadia'].sort(compareNames)).toEqual([
      'alberto',
      'Ángel',
      'José',
      'Josefina',
      'Nadia',
      'Ñuño',
      'Zoé',
    ]);
  });

  it('sorts a copy of a list by the name it is given', () => {
    const people = [{ name: 'Óscar' }, { name: 'Adrián' }];
    expect(byName(people, (p) => p.name).map((p) => p.name)).toEqual(['Adrián', 'Óscar']);
    expect(people[0].name).toBe('Óscar');
  });
});
