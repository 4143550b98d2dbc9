import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_FILTERS,
  directoryQueryFromState,
  directoryReturnState,
  filtersToHttpParams,
  filtersToQueryParams,
  readFilters,
} from './member-filters';

describe('member filters', () => {
  it('reads every filter from the URL', () => {
    const filters = readFilters(
      convertToParamMap({
        q: '  Ana ',
        state: 'Nuevo León',
        role: 'chair',
        status: 'former',
        page: '3',
        pageSize: '50',
      }),
    );
    expect(filters).toEqual({
      q: 'Ana',
      state: 'Nuevo León',
      role: 'chair',
      status: 'former',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to the defaults for anything unknown or out of range', () => {
    const filters = readFilters(convertToParamMap({ state: 'Texas', role: 'king', status: 'gone', page: '0', pageSize: '1000' }));
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(readFilters(convertToParamMap({ page: '2.5', pageSize: 'abc' }))).toEqual(DEFAULT_FILTERS);
  });

  it('leaves defaults out of the URL so a clean directory has a clean address', () => {
    expect(filtersToQueryParams(DEFAULT_FILTERS)).toEqual({
      q: null,
      state: null,
      role: null,
      status: null,
      page: null,
      pageSize: null,
    });
  });

  it('round-trips through the URL', () => {
    const filters = { q: 'gobierno abierto', state: 'Jalisco', role: 'observer', status: 'all', page: 4, pageSize: 10 } as const;
    const params = filtersToQueryParams(filters);
    const asStrings = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
    expect(readFilters(convertToParamMap(asStrings))).toEqual(filters);
  });

  it('gives the api only the filters that are set, always with the status', () => {
    expect(filtersToHttpParams(DEFAULT_FILTERS).toString()).toBe('page=1&pageSize=20&status=active');
    expect(filtersToHttpParams({ ...DEFAULT_FILTERS, q: 'ana', state: 'Yucatán', role: 'secretary' }, false).toString()).toBe(
      'q=ana&role=secretary&state=Yucat%C3%A1n&status=active',
    );
  });

  it("carries the directory's query through navigation state and back, defaults left out", () => {
    const filters = { ...DEFAULT_FILTERS, q: 'ana', role: 'chair' as const, page: 3 };
    const state = directoryReturnState(filters);
    expect(state).toEqual({ directoryQuery: { q: 'ana', role: 'chair', page: '3' } });
    // Through history.state as the router keeps it, next to its own keys.
    expect(directoryQueryFromState(JSON.parse(JSON.stringify({ navigationId: 4, ...state })))).toEqual({
      q: 'ana',
      role: 'chair',
      page: 3,
    });
  });

  it.each([null, undefined, 'x', { navigationId: 2 }, { directoryQuery: 'q=ana' }, { directoryQuery: null }])(
    'finds no directory query in the state %p',
    (state) => {
      expect(directoryQueryFromState(state)).toEqual({});
    },
  );
});
