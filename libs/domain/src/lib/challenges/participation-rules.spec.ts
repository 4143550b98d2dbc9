import { jurorMayScore, juryScoreVisible, mayEditIdea } from './participation-rules';

describe('jurorMayScore', () => {
  it('refuses an idea the juror declared a conflict on and allows the others', () => {
    const conflicts = new Set(['idea-a']);
    expect(jurorMayScore(conflicts, 'idea-a')).toBe(false);
    expect(jurorMayScore(conflicts, 'idea-b')).toBe(true);
  });
});

describe('juryScoreVisible', () => {
  it.each([
    ['its author before the close', false, 'j1', 'j1', true],
    ['another juror before the close', false, 'j1', 'j2', false],
    ['the public before the close', false, 'j1', null, false],
    ['the public after the close', true, 'j1', null, true],
  ])('%s: %s', (_, closed, scorer, viewer, visible) => {
    expect(juryScoreVisible(closed as boolean, scorer as string, viewer as string | null)).toBe(visible);
  });
});

describe('mayEditIdea', () => {
  const idea = { authorId: 'ana', coauthorIds: ['beto'] };
  it.each([
    ['its author', 'ana', true],
    ['a co-author the author named', 'beto', true],
    ['anyone else', 'carla', false],
  ])('%s: %s', (_, person, allowed) => {
    expect(mayEditIdea(idea, person)).toBe(allowed);
  });
});
