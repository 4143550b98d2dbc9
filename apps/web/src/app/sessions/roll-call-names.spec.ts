import { matchNames } from './roll-call-names';

const roll = [
  { personId: '1', name: 'José Echavarría Trejo' },
  { personId: '2', name: 'Manuel Román Osorno Magaña' },
  { personId: '3', name: 'María de los Ángeles Ducoing Valdepeña' },
  { personId: '4', name: 'María de los Ángeles Guzmán García' },
  { personId: '5', name: 'Jorge Alberto Ylizaliturri Guerrero' },
];

describe('matchNames (a pasted list of names against the roll call)', () => {
  it('recognises full names whatever their accents, case, bullets or state in parentheses', () => {
    const list = matchNames('1. jose echavarria trejo (Campeche)\n- MANUEL ROMÁN OSORNO MAGAÑA', roll);
    expect(list.matched.map((r) => r.personId)).toEqual(['1', '2']);
    expect(list.unknown).toEqual([]);
  });

  it('accepts part of a name when it fits one member only, and separates lines by new lines or semicolons', () => {
    expect(matchNames('Ylizaliturri; Osorno', roll).matched.map((r) => r.personId)).toEqual(['5', '2']);
  });

  it('leaves a line that fits several members for the secretary, with the names it fits', () => {
    expect(matchNames('María de los Ángeles', roll).ambiguous).toEqual([
      { line: 'María de los Ángeles', names: ['María de los Ángeles Ducoing Valdepeña', 'María de los Ángeles Guzmán García'] },
    ]);
  });

  it('reports a name nobody on the roll has, and counts a member named twice once', () => {
    const list = matchNames('Victoria Alsina\nEchavarría\nJosé Echavarría', roll);
    expect(list.unknown).toEqual(['Victoria Alsina']);
    expect(list.matched.map((r) => r.personId)).toEqual(['1']);
  });

  it('does not match on part of a word', () => {
    expect(matchNames('Echa', roll).unknown).toEqual(['Echa']);
  });
});
