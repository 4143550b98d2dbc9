import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AddInvitedParticipant, MeetingState } from '@cocrea/contracts';
import { Observable } from 'rxjs';

/** REST calls for the guests in a session's attendance; each answers the session's new state. */
@Injectable({ providedIn: 'root' })
export class InvitedParticipantsApi {
  private readonly http = inject(HttpClient);

  add(meetingId: string, body: AddInvitedParticipant): Observable<MeetingState> {
    return this.http.post<MeetingState>(`/api/meetings/${meetingId}/invited-participants`, body);
  }

  remove(meetingId: string, participantId: string): Observable<MeetingState> {
    return this.http.delete<MeetingState>(`/api/meetings/${meetingId}/invited-participants/${participantId}`);
  }
}
