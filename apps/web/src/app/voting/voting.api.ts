import { Injectable, inject } from '@angular/core';
import {
  AddAgreementNote,
  Agreement,
  AgreementDetail,
  AgreementStatus,
  CorrectAgreement,
  BallotReceipt,
  CastBallot,
  CastBallotAck,
  ChainVerification,
  ClosePoll,
  CreatePoll,
  Page,
  PollState,
  ReceiptCheck,
  RecordRollCallVote,
  RecordShowOfHands,
  UpdateAgreement,
  UpdatePoll,
  VotingRight,
  LiveEvents,
} from '@cocrea/contracts';
import { catchError, from, Observable, of, switchMap, throwError } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import { ApiError, isApiError } from '../core/http/api-error';
import { LiveMeeting } from '../core/live/live-meeting';

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

  /** Changes a poll while it is still a draft (the server refuses once it has opened). */
  update(pollId: string, body: UpdatePoll): Observable<PollState> {
    return this.api.call('updatePoll', { params: { pollId }, body });
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

  /**
   * A ballot over the session room's live socket when it is joined (`poll:cast`, answered once stored), else over
   * REST. A refusal is the same problem either way; a socket that drops before answering hands the same ballot, with
   * the same key, to REST, which answers it once.
   */
  cast(pollId: string, body: CastBallot, room: LiveMeeting): Observable<BallotReceipt> {
    const overRest = () => this.api.call('castBallot', { params: { pollId }, body });
    const sent = room.request<CastBallotAck>(LiveEvents.cast, { pollId, ...body });
    if (!sent) return overRest();
    return from(sent).pipe(
      switchMap((ack) => (ack.ok ? of(ack.receipt) : throwError(() => new ApiError(ack.problem.status, ack.problem)))),
      catchError((error: unknown) => (isApiError(error) ? throwError(() => error) : overRest())),
    );
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
