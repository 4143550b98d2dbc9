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
import { ApiClient } from '../core/http/api-client';

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
  private readonly api = inject(ApiClient);

  polls(meetingId: string): Observable<PollState[]> {
    return this.api.call('listPolls', { params: { meetingId } });
  }

  poll(pollId: string): Observable<PollState> {
    return this.api.call('getPoll', { params: { pollId } });
  }

  create(meetingId: string, body: CreatePoll): Observable<PollState> {
    return this.api.call('createPoll', { params: { meetingId }, body });
  }

  act(pollId: string, action: 'open' | 'close', body: ClosePoll = {}): Observable<PollState> {
    return this.api.call(action === 'open' ? 'openPoll' : 'closePoll', { params: { pollId }, body });
  }

  rights(pollId: string): Observable<VotingRight[]> {
    return this.api.call('listVotingRights', { params: { pollId } });
  }

  /** Every voting right in the room (chair and secretary): the roster a roll call or a show of hands is recorded against. */
  roster(pollId: string): Observable<VotingRight[]> {
    return this.api.call('getPollRoster', { params: { pollId } });
  }

  recordRollCall(pollId: string, body: RecordRollCallVote): Observable<PollState> {
    return this.api.call('recordRollCallVote', { params: { pollId }, body });
  }

  /** Records the count and closes the show of hands. */
  recordShowOfHands(pollId: string, body: RecordShowOfHands): Observable<PollState> {
    return this.api.call('recordShowOfHands', { params: { pollId }, body });
  }

  cast(pollId: string, body: CastBallot): Observable<BallotReceipt> {
    return this.api.call('castBallot', { params: { pollId }, body });
  }

  verify(pollId: string): Observable<ChainVerification> {
    return this.api.call('verifyPollChain', { params: { pollId } });
  }

  checkReceipt(pollId: string, code: string): Observable<ReceiptCheck> {
    return this.api.call('checkBallotReceipt', { params: { pollId, code } });
  }

  agreements(commissionId: string, f: AgreementFilters): Observable<Page<Agreement>> {
    const query = {
      page: f.page,
      pageSize: f.pageSize,
      status: f.status ?? undefined,
      overdue: f.overdue ? 'true' : undefined,
      q: f.q.trim(),
    } as const;
    return this.api.call('listAgreements', { params: { commissionId }, query });
  }

  previousAgreements(meetingId: string): Observable<Agreement[]> {
    return this.api.call('listPreviousMeetingAgreements', { params: { meetingId } });
  }

  agreement(id: string): Observable<AgreementDetail> {
    return this.api.call('getAgreement', { params: { agreementId: id } });
  }

  updateAgreement(id: string, body: UpdateAgreement): Observable<AgreementDetail> {
    return this.api.call('updateAgreement', { params: { agreementId: id }, body });
  }

  /** An explicit correction of the adopted text, with its reason (kept in the agreement's history). */
  correctAgreement(id: string, body: CorrectAgreement): Observable<AgreementDetail> {
    return this.api.call('correctAgreement', { params: { agreementId: id }, body });
  }

  addNote(id: string, body: AddAgreementNote): Observable<AgreementDetail> {
    return this.api.call('addAgreementNote', { params: { agreementId: id }, body });
  }
}
