import { PollPublisher, tallyInterval } from './poll-publisher';

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

describe('PollPublisher holding a tally while the poll’s ballots are in flight', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A publisher whose `publish` (the read and the room write) is only counted. */
  function publisher(inFlight: () => boolean) {
    const p = new PollPublisher({} as never, {} as never, {} as never, {} as never);
    p.ballotsInFlight = inFlight;
    return { p, publish: jest.spyOn(p, 'publish').mockResolvedValue(undefined) };
  }

  it('sends a due tally once the ballots being committed are all answered', () => {
    let committing = true;
    const { p, publish } = publisher(() => committing);
    p.schedule('poll');
    jest.advanceTimersByTime(150);
    expect(publish).not.toHaveBeenCalled();
    committing = false;
    jest.advanceTimersByTime(20);
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('holds it at most one more interval under a steady stream of ballots', () => {
    const { p, publish } = publisher(() => true);
    p.schedule('poll');
    jest.advanceTimersByTime(199);
    expect(publish).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('never holds the opening or the close', () => {
    const { p, publish } = publisher(() => true);
    p.schedule('poll', true);
    jest.advanceTimersByTime(0);
    expect(publish).toHaveBeenCalledTimes(1);
  });
});
