import { Injectable, inject } from '@angular/core';
import { AddInvitedParticipant, MeetingState } from '@cocrea/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';

/** REST calls for the guests in a session's attendance; each answers the session's new state. */
@Injectable({ providedIn: 'root' })
export class InvitedParticipantsApi {
  private readonly api = inject(ApiClient);

  add(meetingId: string, body: AddInvitedParticipant): Observable<MeetingState> {
    return this.api.call('addInvitedParticipant', { params: { meetingId }, body });
  }

  remove(meetingId: string, participantId: string): Observable<MeetingState> {
    return this.api.call('removeInvitedParticipant', { params: { meetingId, participantId } });
  }
}
