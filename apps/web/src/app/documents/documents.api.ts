import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Amendment,
  Contributions,
  CreateDocument,
  DocumentDetail,
  DocumentRoutes,
  DocumentSummary,
  DocumentVersion,
  MEETING_STATUSES,
  MeetingSummary,
  Observation,
  Page,
  Proposal,
  VersionDiff,
  VersionExportFormat,
} from '@cocrea/contracts';
import { receivesAmendments } from '@cocrea/domain';
import { forkJoin, map, Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';

/** The documents api, as the web uses it. */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiClient);

  list(owner: { groupId?: string; deliverableId?: string }, page = 1): Observable<Page<DocumentSummary>> {
    const fromObject: Record<string, string> = { page: String(page), pageSize: '20' };
    if (owner.deliverableId) fromObject['deliverableId'] = owner.deliverableId;
    else if (owner.groupId) fromObject['groupId'] = owner.groupId;
    return this.http.get<Page<DocumentSummary>>(DocumentRoutes.documents, { params: new HttpParams({ fromObject }) });
  }

  create(input: CreateDocument): Observable<DocumentDetail> {
    return this.http.post<DocumentDetail>(DocumentRoutes.documents, input);
  }

  get(id: string): Observable<DocumentDetail> {
    return this.http.get<DocumentDetail>(DocumentRoutes.document(id));
  }

  rename(id: string, title: string): Observable<DocumentDetail> {
    return this.http.patch<DocumentDetail>(DocumentRoutes.document(id), { title });
  }

  amendments(meetingId: string): Observable<Amendment[]> {
    return this.http.get<Amendment[]>(DocumentRoutes.amendments(meetingId));
  }

  proposals(id: string): Observable<Proposal[]> {
    return this.http.get<Proposal[]>(DocumentRoutes.proposals(id));
  }

  propose(id: string, body: { start: string; end: string; replacement: string }): Observable<Proposal> {
    return this.http.post<Proposal>(DocumentRoutes.proposals(id), body);
  }

  /** The commission's sessions that can still take an amendment (convened or open), soonest first. */
  sessionsTakingAmendments(commissionId: string): Observable<MeetingSummary[]> {
    const pages = MEETING_STATUSES.filter(receivesAmendments).map((status) =>
      this.api.call('listMeetings', { params: { commissionId }, query: { status, pageSize: 100 } }),
    );
    return forkJoin(pages).pipe(
      map((answers) => answers.flatMap((page) => page.items).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))),
    );
  }

  /** Puts the proposal on the session's agenda as an amendment: the session's poll accepts or rejects it. */
  sendToSession(id: string, proposalId: string, meetingId: string): Observable<Proposal> {
    return this.api.call('sendProposalToSession', { params: { documentId: id, proposalId }, body: { meetingId } });
  }

  decide(id: string, proposalId: string, decision: 'accept' | 'reject'): Observable<Proposal> {
    return this.http.post<Proposal>(DocumentRoutes.decision(id, proposalId), { decision });
  }

  decideAll(id: string, authorId: string, decision: 'accept' | 'reject'): Observable<Proposal[]> {
    return this.http.post<Proposal[]>(DocumentRoutes.decideAll(id), { authorId, decision });
  }

  observations(id: string): Observable<Observation[]> {
    return this.http.get<Observation[]>(DocumentRoutes.observations(id));
  }

  observe(id: string, body: { start: string; end: string; body: string }): Observable<Observation> {
    return this.http.post<Observation>(DocumentRoutes.observations(id), body);
  }

  reply(id: string, observationId: string, body: string): Observable<Observation> {
    return this.http.post<Observation>(DocumentRoutes.replies(id, observationId), { body });
  }

  resolve(id: string, observationId: string): Observable<Observation> {
    return this.http.post<Observation>(DocumentRoutes.resolve(id, observationId), {});
  }

  versions(id: string): Observable<DocumentVersion[]> {
    return this.http.get<DocumentVersion[]>(DocumentRoutes.versions(id));
  }

  nameVersion(id: string, name: string): Observable<DocumentVersion> {
    return this.http.post<DocumentVersion>(DocumentRoutes.versions(id), { name });
  }

  diff(id: string, fromId: string, toId: string): Observable<VersionDiff> {
    return this.http.get<VersionDiff>(DocumentRoutes.diff(id, fromId, toId));
  }

  restore(id: string, versionId: string): Observable<DocumentVersion> {
    return this.http.post<DocumentVersion>(DocumentRoutes.restore(id, versionId), {});
  }

  publish(id: string, versionId: string): Observable<DocumentVersion> {
    return this.http.post<DocumentVersion>(DocumentRoutes.publish(id, versionId), {});
  }

  exportUrl(id: string, versionId: string, format: VersionExportFormat): string {
    return DocumentRoutes.versionExport(id, versionId, format);
  }

  contributions(id: string): Observable<Contributions> {
    return this.http.get<Contributions>(DocumentRoutes.contributions(id));
  }

  contributionsExportUrl(id: string, format: 'csv' | 'json'): string {
    return DocumentRoutes.contributionsExport(id, format);
  }
}
