import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  Page,
  PublicAgreement,
  PublicAgreementDetail,
  PublicCommission,
  PublicCommissionSummary,
  PublicDataset,
  PublicDocumentVersion,
  PublicDocumentVersionDetail,
  PublicGroup,
  PublicGroupDetail,
  PublicRoutes,
  PublicSearchHit,
  PublicSessionDetail,
  PublicSessionSummary,
  PublicVotingRecord,
  PublicVotingRecordSummary,
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

/** The read-only calls of the public portal: no account needed. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);

  commission(): Observable<PublicCommission> {
    return this.http.get<PublicCommission>(PublicRoutes.commission);
  }

  commissions(): Observable<Page<PublicCommissionSummary>> {
    return this.http.get<Page<PublicCommissionSummary>>(PublicRoutes.commissions, { params: queryParams({ pageSize: 100 }) });
  }

  commissionById(id: string): Observable<PublicCommission> {
    return this.http.get<PublicCommission>(PublicRoutes.commissionById(id));
  }

  sessions(query: ListQuery): Observable<Page<PublicSessionSummary>> {
    return this.http.get<Page<PublicSessionSummary>>(PublicRoutes.sessions, { params: queryParams(query) });
  }

  session(id: string): Observable<PublicSessionDetail> {
    return this.http.get<PublicSessionDetail>(PublicRoutes.session(id));
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

  documents(query: ListQuery): Observable<Page<PublicDocumentVersion>> {
    return this.http.get<Page<PublicDocumentVersion>>(PublicRoutes.documents, { params: queryParams(query) });
  }

  document(versionId: string): Observable<PublicDocumentVersionDetail> {
    return this.http.get<PublicDocumentVersionDetail>(PublicRoutes.document(versionId));
  }

  votingRecords(query: ListQuery): Observable<Page<PublicVotingRecordSummary>> {
    return this.http.get<Page<PublicVotingRecordSummary>>(PublicRoutes.votingRecords, { params: queryParams(query) });
  }

  votingRecord(personId: string, commissionId: string | null = null): Observable<PublicVotingRecord> {
    return this.http.get<PublicVotingRecord>(PublicRoutes.votingRecord(personId), { params: queryParams({ commissionId }) });
  }

  search(query: ListQuery): Observable<Page<PublicSearchHit>> {
    return this.http.get<Page<PublicSearchHit>>(PublicRoutes.search, { params: queryParams(query) });
  }

  datasets(): Observable<PublicDataset[]> {
    return this.http.get<PublicDataset[]>(PublicRoutes.datasets);
  }
}
