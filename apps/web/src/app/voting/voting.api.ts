import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddAgreementNote,
  Agreement,
  AgreementDetail,
  AgreementStatus,
  CorrectAgreement,
  BallotReceipt,
  CastBallot,
  ChainVerification,
  ClosePoll,
  CreatePoll,
  Page,
  PollState,
  ReceiptCheck,
  RecordRollCallVote,
  RecordShowOfHands,
  UpdateAgreement,
  VotingRight,
} from '@cocrea/contracts';
import { Observable } from 'rxjs';

export interface AgreementFilters {
  status: AgreementStatus | null;
  overdue: boolean;
  q: string;
  page: number;
  pageSize: number;
}

/** REST calls of polls, ballots, verification and agreements. */
@Injectable({ providedIn: 'root' })
export class VotingApi {
  private readonly http = inject(HttpClient);

  polls(meetingId: string): Observable<PollState[]> {
    return this.http.get<PollState[]>(`/api/meetings/${meetingId}/polls`);
  }

  poll(pollId: string): Observable<PollState> {
    return this.http.get<PollState>(`/api/polls/${pollId}`);
  }

  create(meetingId: string, body: CreatePoll): Observable<PollState> {
    return this.http.post<PollState>(`/api/meetings/${meetingId}/polls`, body);
  }

  act(pollId: string, action: 'open' | 'close', body: ClosePoll = {}): Observable<PollState> {
    return this.http.post<PollState>(`/api/polls/${pollId}/${action}`, body);
  }

  rights(pollId: string): Observable<VotingRight[]> {
    return this.http.get<VotingRight[]>(`/api/polls/${pollId}/rights`);
  }

  /** Every voting right in the room (chair and secretary): the roster a roll call or a show of hands is recorded against. */
  roster(pollId: string): Observable<VotingRight[]> {
    return this.http.get<VotingRight[]>(`/api/polls/${pollId}/roster`);
  }

  recordRollCall(pollId: string, body: RecordRollCallVote): Observable<PollState> {
    return this.http.post<PollState>(`/api/polls/${pollId}/roll-call`, body);
  }

  /** Records the count and closes the show of hands. */
  recordShowOfHands(pollId: string, body: RecordShowOfHands): Observable<PollState> {
    return this.http.post<PollState>(`/api/polls/${pollId}/show-of-hands`, body);
  }

  cast(pollId: string, body: CastBallot): Observable<BallotReceipt> {
    return this.http.post<BallotReceipt>(`/api/polls/${pollId}/ballots`, body);
  }

  verify(pollId: string): Observable<ChainVerification> {
    return this.http.get<ChainVerification>(`/api/public/polls/${pollId}/verify`);
  }

  checkReceipt(pollId: string, code: string): Observable<ReceiptCheck> {
    return this.http.get<ReceiptCheck>(`/api/public/polls/${pollId}/receipts/${encodeURIComponent(code)}`);
  }

  agreements(commissionId: string, f: AgreementFilters): Observable<Page<Agreement>> {
    const params: Record<string, string | number> = { page: f.page, pageSize: f.pageSize };
    if (f.status) params['status'] = f.status;
    if (f.overdue) params['overdue'] = 'true';
    if (f.q.trim()) params['q'] = f.q.trim();
    return this.http.get<Page<Agreement>>(`/api/commissions/${commissionId}/agreements`, { params });
  }

  previousAgreements(meetingId: string): Observable<Agreement[]> {
    return this.http.get<Agreement[]>(`/api/meetings/${meetingId}/previous-agreements`);
  }

  agreement(id: string): Observable<AgreementDetail> {
    return this.http.get<AgreementDetail>(`/api/agreements/${id}`);
  }

  updateAgreement(id: string, body: UpdateAgreement): Observable<AgreementDetail> {
    return this.http.patch<AgreementDetail>(`/api/agreements/${id}`, body);
  }

  /** An explicit correction of the adopted text, with its reason (kept in the agreement's history). */
  correctAgreement(id: string, body: CorrectAgreement): Observable<AgreementDetail> {
    return this.http.post<AgreementDetail>(`/api/agreements/${id}/corrections`, body);
  }

  addNote(id: string, body: AddAgreementNote): Observable<AgreementDetail> {
    return this.http.post<AgreementDetail>(`/api/agreements/${id}/notes`, body);
  }
}
