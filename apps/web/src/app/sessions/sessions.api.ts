import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddOtherBusiness,
  AddSpeaker,
  CancelMeeting,
  UpdateMeeting,
  UpdateRepresentation,
  ApiRoutes,
  CreateMeeting,
  CreateRepresentation,
  DeclareRecusal,
  MeetingCallSuggestion,
  MeetingMinutes,
  MeetingChange,
  MeetingState,
  MeetingStatus,
  MeetingSummary,
  OrderSpeakers,
  Page,
  Person,
  RecordAttendance,
  RecordAttendanceBatch,
  RecordDecision,
} from '@cocrea/contracts';
import { map, Observable } from 'rxjs';

/** REST calls of the sessions feature; every command answers the session's full state. */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  list(commissionId: string, page: number, pageSize: number, status: MeetingStatus | null): Observable<Page<MeetingSummary>> {
    const params: Record<string, string | number> = { page, pageSize };
    if (status) params['status'] = status;
    return this.http.get<Page<MeetingSummary>>(ApiRoutes.commissionMeetings(commissionId), { params });
  }

  callSuggestion(commissionId: string): Observable<MeetingCallSuggestion> {
    return this.http.get<MeetingCallSuggestion>(ApiRoutes.commissionMeetingCallSuggestion(commissionId));
  }

  create(commissionId: string, call: CreateMeeting): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.commissionMeetings(commissionId), call);
  }

  state(id: string): Observable<MeetingState> {
    return this.http.get<MeetingState>(ApiRoutes.meeting(id));
  }

  act(id: string, action: 'convene' | 'open' | 'close'): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingAction(id, action), {});
  }

  /** Registered people whose name matches `q`: representatives with an account are recorded by id. */
  searchPeople(q: string): Observable<Person[]> {
    return this.http.get<Page<Person>>(ApiRoutes.people, { params: { q, pageSize: 10 } }).pipe(map((page) => page.items));
  }

  /** A check-in answers the change it made (the row and the quorum), not the whole state. */
  attendance(id: string, personId: string, body: RecordAttendance): Observable<MeetingChange> {
    return this.http.put<MeetingChange>(ApiRoutes.meetingAttendance(id, personId), body);
  }

  attendanceBatch(id: string, body: RecordAttendanceBatch): Observable<MeetingChange> {
    return this.http.put<MeetingChange>(ApiRoutes.meetingAttendanceBatch(id), body);
  }

  represent(id: string, body: CreateRepresentation): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingRepresentations(id), body);
  }

  decide(id: string, body: RecordDecision): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingDecisions(id), body);
  }

  setCurrentItem(id: string, agendaItemId: string): Observable<MeetingState> {
    return this.http.put<MeetingState>(ApiRoutes.meetingCurrentItem(id), { agendaItemId });
  }

  addOtherBusiness(id: string, body: AddOtherBusiness): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingOtherBusiness(id), body);
  }

  recuse(id: string, body: DeclareRecusal): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingRecusals(id), body);
  }

  /** No body: the caller asks for the floor; the chair or secretary may name someone else or a guest. */
  askForFloor(id: string, body: AddSpeaker = {}): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingSpeakers(id), body);
  }

  updateCall(id: string, body: UpdateMeeting): Observable<MeetingState> {
    return this.http.patch<MeetingState>(ApiRoutes.meeting(id), body);
  }

  withdrawDraft(id: string): Observable<void> {
    return this.http.delete<void>(ApiRoutes.meeting(id));
  }

  cancelCall(id: string, body: CancelMeeting): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingCancel(id), body);
  }

  allPresent(id: string): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingAllPresent(id), {});
  }

  selfCheckIn(id: string, open: boolean): Observable<MeetingState> {
    return this.http.put<MeetingState>(ApiRoutes.meetingSelfCheckIn(id), { open });
  }

  checkIn(id: string): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingCheckIn(id), {});
  }

  correctLetter(id: string, representationId: string, body: UpdateRepresentation): Observable<MeetingState> {
    return this.http.patch<MeetingState>(ApiRoutes.meetingRepresentation(id, representationId), body);
  }

  withdrawLetter(id: string, representationId: string, reason: string | null): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingRepresentationWithdraw(id, representationId), reason ? { reason } : {});
  }

  floor(id: string, entryId: string, action: 'give' | 'finish' | 'withdraw'): Observable<MeetingState> {
    return this.http.post<MeetingState>(ApiRoutes.meetingSpeaker(id, entryId, action), {});
  }

  orderSpeakers(id: string, body: OrderSpeakers): Observable<MeetingState> {
    return this.http.put<MeetingState>(ApiRoutes.meetingSpeakersOrder(id), body);
  }

  minutes(id: string): Observable<MeetingMinutes> {
    return this.http.get<MeetingMinutes>(ApiRoutes.meetingMinutes(id));
  }

  /** `version`: the one the editor loaded; the server refuses (409) a save over a newer one. */
  saveMinutes(id: string, markdown: string, version: number): Observable<MeetingMinutes> {
    return this.http.put<MeetingMinutes>(ApiRoutes.meetingMinutes(id), { markdown, version });
  }
}
