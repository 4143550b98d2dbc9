import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Contributions,
  CreateDocument,
  DocumentDetail,
  DocumentSummary,
  DocumentVersion,
  Observation,
  Page,
  Proposal,
  VersionDiff,
} from '@cocrea/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/documents';

/** The documents api, as the web uses it. */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);

  list(owner: { groupId?: string; deliverableId?: string }, page = 1): Observable<Page<DocumentSummary>> {
    const fromObject: Record<string, string> = { page: String(page), pageSize: '20' };
    if (owner.deliverableId) fromObject['deliverableId'] = owner.deliverableId;
    else if (owner.groupId) fromObject['groupId'] = owner.groupId;
    return this.http.get<Page<DocumentSummary>>(BASE, { params: new HttpParams({ fromObject }) });
  }

  create(input: CreateDocument): Observable<DocumentDetail> {
    return this.http.post<DocumentDetail>(BASE, input);
  }

  get(id: string): Observable<DocumentDetail> {
    return this.http.get<DocumentDetail>(`${BASE}/${id}`);
  }

  proposals(id: string): Observable<Proposal[]> {
    return this.http.get<Proposal[]>(`${BASE}/${id}/proposals`);
  }

  propose(id: string, body: { start: string; end: string; replacement: string }): Observable<Proposal> {
    return this.http.post<Proposal>(`${BASE}/${id}/proposals`, body);
  }

  decide(id: string, proposalId: string, decision: 'accept' | 'reject'): Observable<Proposal> {
    return this.http.post<Proposal>(`${BASE}/${id}/proposals/${proposalId}/decision`, { decision });
  }

  decideAll(id: string, authorId: string, decision: 'accept' | 'reject'): Observable<Proposal[]> {
    return this.http.post<Proposal[]>(`${BASE}/${id}/proposals/decide-all`, { authorId, decision });
  }

  observations(id: string): Observable<Observation[]> {
    return this.http.get<Observation[]>(`${BASE}/${id}/observations`);
  }

  observe(id: string, body: { start: string; end: string; body: string }): Observable<Observation> {
    return this.http.post<Observation>(`${BASE}/${id}/observations`, body);
  }

  reply(id: string, observationId: string, body: string): Observable<Observation> {
    return this.http.post<Observation>(`${BASE}/${id}/observations/${observationId}/replies`, { body });
  }

  resolve(id: string, observationId: string): Observable<Observation> {
    return this.http.post<Observation>(`${BASE}/${id}/observations/${observationId}/resolve`, {});
  }

  versions(id: string): Observable<DocumentVersion[]> {
    return this.http.get<DocumentVersion[]>(`${BASE}/${id}/versions`);
  }

  nameVersion(id: string, name: string): Observable<DocumentVersion> {
    return this.http.post<DocumentVersion>(`${BASE}/${id}/versions`, { name });
  }

  diff(id: string, fromId: string, toId: string): Observable<VersionDiff> {
    return this.http.get<VersionDiff>(`${BASE}/${id}/versions/${fromId}/diff/${toId}`);
  }

  restore(id: string, versionId: string): Observable<DocumentVersion> {
    return this.http.post<DocumentVersion>(`${BASE}/${id}/versions/${versionId}/restore`, {});
  }

  publish(id: string, versionId: string): Observable<DocumentVersion> {
    return this.http.post<DocumentVersion>(`${BASE}/${id}/versions/${versionId}/publish`, {});
  }

  exportUrl(id: string, versionId: string, format: 'md' | 'pdf'): string {
    return `${BASE}/${id}/versions/${versionId}/export?format=${format}`;
  }

  contributions(id: string): Observable<Contributions> {
    return this.http.get<Contributions>(`${BASE}/${id}/contributions`);
  }

  contributionsExportUrl(id: string, format: 'csv' | 'json'): string {
    return `${BASE}/${id}/contributions/export?format=${format}`;
  }
}
