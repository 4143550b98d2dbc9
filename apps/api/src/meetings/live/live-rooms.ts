import { LiveEvents, MeetingState } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

/** Where services publish to the live rooms; the gateway attaches the namespace when it starts. */
@Injectable()
export class LiveRooms {
  private namespace?: Namespace;

  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  /** Any other event of a session's room (e.g. a poll's state), to everyone in it. */
  publish(meetingId: string, event: string, payload: unknown): void {
    this.namespace?.to(meetingRoom(meetingId)).emit(event, payload);
  }

  publishState(state: MeetingState): void {
    this.namespace?.to(meetingRoom(state.meeting.id)).emit(LiveEvents.state, state);
  }
}
