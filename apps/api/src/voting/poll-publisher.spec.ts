import { tallyInterval } from './poll-publisher';

describe('tallyInterval (how often a poll’s live tally may reach its room)', () => {
  it.each([
    [0, 100],
    [40, 100],
    [100, 100],
    [450, 450],
    [1_000, 1_000],
    [3_000, 1_000],
  ])('a room of %i sockets gets a tally at most every %i ms', (sockets, ms) => {
    expect(tallyInterval(sockets)).toBe(ms);
  });

  it('keeps the socket writes per second of a room about constant up to a thousand screens', () => {
    for (const sockets of [100, 250, 500, 1_000]) expect((sockets * 1_000) / tallyInterval(sockets)).toBe(1_000);
  });

  it('waits ten times what the last tally took to write to the room, up to 5 s', () => {
    expect(tallyInterval(1_000, 50)).toBe(1_000);
    expect(tallyInterval(1_000, 300)).toBe(3_000);
    expect(tallyInterval(100, 30)).toBe(300);
    expect(tallyInterval(1_000, 2_000)).toBe(5_000);
  });
});
