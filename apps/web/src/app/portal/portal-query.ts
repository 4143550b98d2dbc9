import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { commissionDay } from '@cocrea/domain';
import { map } from 'rxjs';
import { ListQuery } from './portal.api';

export const DEFAULT_PAGE_SIZE = 20;

/** The first year the commission's records start, for the year filters. */
export const FIRST_YEAR = 2020;

export function yearsUntil(now: Date = new Date()): number[] {
  const years: number[] = [];
  // The commission's year (Mexico City): on 31 December at 19:00 there it is not yet next year.
  for (let y = Number(commissionDay(now).slice(0, 4)); y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

function toQuery(params: ParamMap, names: readonly string[]): ListQuery {
  const query: ListQuery = { page: Number(params.get('page')) || 1, pageSize: Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE };
  for (const name of names) query[name] = params.get(name);
  return query;
}

/**
 * A list's filters and page live in the URL's query (shareable, back button works); changing a filter goes back to
 * page 1. Call from an injection context.
 */
export function urlListQuery(names: readonly string[]) {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const query$ = route.queryParamMap.pipe(map((params) => toQuery(params, names)));
  const query = toSignal(query$, { initialValue: toQuery(route.snapshot.queryParamMap, names) });
  const navigate = (patch: ListQuery) => void router.navigate([], { relativeTo: route, queryParams: patch, queryParamsHandling: 'merge' });
  return {
    query$,
    query,
    /** Empty values remove the filter from the URL. */
    setFilter: (patch: ListQuery) => navigate({ ...emptyToNull(patch), page: null }),
    setPage: (event: PageEvent) => navigate({ page: event.pageIndex + 1, pageSize: event.pageSize }),
  };
}

function emptyToNull(patch: ListQuery): ListQuery {
  return Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v === '' || v === undefined ? null : v]));
}
