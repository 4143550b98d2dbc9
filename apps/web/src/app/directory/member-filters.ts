import { HttpParams } from '@angular/common/http';
import { ParamMap, Params, convertToParamMap } from '@angular/router';
import {
  COMMISSION_ROLES,
  CommissionRole,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MEMBER_STATUSES,
  MEXICAN_STATES,
  MexicanState,
} from '@cocrea/contracts';

export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** The directory's search, filters and page, as kept in the URL. */
export interface MemberFilters {
  q: string;
  state: MexicanState | null;
  role: CommissionRole | null;
  status: MemberStatus;
  page: number;
  pageSize: number;
}

export const PAGE_SIZE_OPTIONS = [10, 20, 50] as const;

export const DEFAULT_FILTERS: MemberFilters = {
  q: '',
  state: null,
  role: null,
  status: 'active',
  page: 1,
  pageSize: 20,
};

function oneOf<T extends string>(options: readonly T[], value: string | null): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}

function whole(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) {
    return fallback;
  }
  const n = Number(value);
  return n >= min && n <= max ? n : fallback;
}

/** Reads the URL's query params; anything unknown or out of range falls back to the default. */
export function readFilters(params: ParamMap): MemberFilters {
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    state: oneOf(MEXICAN_STATES, params.get('state')),
    role: oneOf(COMMISSION_ROLES, params.get('role')),
    status: oneOf(MEMBER_STATUSES, params.get('status')) ?? DEFAULT_FILTERS.status,
    page: whole(params.get('page'), 1, MAX_PAGE, DEFAULT_FILTERS.page),
    pageSize: whole(params.get('pageSize'), 1, MAX_PAGE_SIZE, DEFAULT_FILTERS.pageSize),
  };
}

/** URL query params for the router; defaults become `null` so a merge removes them. */
export function filtersToQueryParams(filters: MemberFilters): Params {
  return {
    q: filters.q || null,
    state: filters.state,
    role: filters.role,
    status: filters.status === DEFAULT_FILTERS.status ? null : filters.status,
    page: filters.page === DEFAULT_FILTERS.page ? null : filters.page,
    pageSize: filters.pageSize === DEFAULT_FILTERS.pageSize ? null : filters.pageSize,
  };
}

/** The filters as the api reads them (CommissionMemberQuerySchema); the page is left out for exports. */
export function filtersToHttpParams(filters: MemberFilters, withPage = true): HttpParams {
  let params = new HttpParams();
  if (withPage) {
    params = params.set('page', filters.page).set('pageSize', filters.pageSize);
  }
  if (filters.q) {
    params = params.set('q', filters.q);
  }
  if (filters.role) {
    params = params.set('role', filters.role);
  }
  if (filters.state) {
    params = params.set('state', filters.state);
  }
  return params.set('status', filters.status);
}

export function sameFilters(a: MemberFilters, b: MemberFilters): boolean {
  return a.q === b.q && a.state === b.state && a.role === b.role && a.status === b.status && a.page === b.page && a.pageSize === b.pageSize;
}

/** Navigation state under which the directory hands its filters to a person's page. */
const RETURN_STATE_KEY = 'directoryQuery';

/** Navigation state for a link out of the directory: the URL query params of `filters` (defaults left out). */
export function directoryReturnState(filters: MemberFilters): Record<string, Params> {
  const query = Object.entries(filtersToQueryParams(filters)).filter(([, value]) => value !== null);
  return { [RETURN_STATE_KEY]: Object.fromEntries(query.map(([key, value]) => [key, String(value)])) };
}

/**
 * The directory's query params from a page's navigation state (`history.state`, so it survives a reload),
 * read again as filters so nothing else gets through; `{}` when the page was not reached from the directory.
 */
export function directoryQueryFromState(state: unknown): Params {
  const query = (state as Record<string, unknown> | null | undefined)?.[RETURN_STATE_KEY];
  if (!query || typeof query !== 'object') {
    return {};
  }
  const strings = Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const params = filtersToQueryParams(readFilters(convertToParamMap(Object.fromEntries(strings))));
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
}
