import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  Page,
  PublicAgreement,
  PublicAgreementDetail,
  PublicCommission,
  PublicCommissioner,
  PublicCommissionerRecord,
  PublicDataset,
  PublicDocumentVersion,
  PublicGroup,
  PublicGroupDetail,
  PublicRoutes,
  PublicSearchHit,
  PublicSession,
  PublicSessionSummary,
} from './portal.types';

/** Filters a list sends as query parameters; empty values are left out so URLs stay short and cacheable. */
export type ListQuery = Record<string, string | number | null | undefined>;

export function queryParams(query: ListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** A list's download link in `format`, with the same filters as the list on screen (no paging: the whole set). */
export function exportUrl(path: string, format: 'csv' | 'json', query: ListQuery = {}): string {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  const params = queryParams({ ...filters, format }).toString();
  return `${path}?${params}`;
}

/** The read-only calls of the public portal: no account, no cookie needed. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);

  commission(): Observable<PublicCommission> {
    return this.http.get<PublicCommission>(PublicRoutes.commission);
  }

  sessions(query: ListQuery): Observable<Page<PublicSessionSummary>> {
    return this.http.get<Page<PublicSessionSummary>>(PublicRoutes.sessions, { params: queryParams(query) });
  }

  session(id: string): Observable<PublicSession> {
    return this.http.get<PublicSession>(PublicRoutes.session(id));
  }

  agreements(query: ListQuery): Observable<Page<PublicAgreement>> {
    return this.http.get<Page<PublicAgreement>>(PublicRoutes.agreements, { params: queryParams(query) });
  }

  agreement(idOrNumber: string): Observable<PublicAgreementDetail> {
    return this.http.get<PublicAgreementDetail>(PublicRoutes.agreement(idOrNumber));
  }

  groups(query: ListQuery): Observable<Page<PublicGroup>> {
    return this.http.get<Page<PublicGroup>>(PublicRoutes.groups, { params: queryParams(query) });
  }

  group(id: string): Observable<PublicGroupDetail> {
    return this.http.get<PublicGroupDetail>(PublicRoutes.group(id));
  }

  commissioners(query: ListQuery): Observable<Page<PublicCommissioner>> {
    return this.http.get<Page<PublicCommissioner>>(PublicRoutes.commissioners, { params: queryParams(query) });
  }

  commissioner(id: string): Observable<PublicCommissionerRecord> {
    return this.http.get<PublicCommissionerRecord>(PublicRoutes.commissioner(id));
  }

  documentVersion(id: string): Observable<PublicDocumentVersion> {
    return this.http.get<PublicDocumentVersion>(PublicRoutes.documentVersion(id));
  }

  search(query: ListQuery): Observable<Page<PublicSearchHit>> {
    return this.http.get<Page<PublicSearchHit>>(PublicRoutes.search, { params: queryParams(query) });
  }

  datasets(): Observable<PublicDataset[]> {
    return this.http.get<PublicDataset[]>(PublicRoutes.datasets);
  }
}
