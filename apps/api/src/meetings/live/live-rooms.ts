import { JoinAck, LiveEvents, LiveJoinRequest, Me, MeetingChange, MeetingState } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';

export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

/** Hears every event published to a session's room (the public portal follows sessions this way). */
export type LiveListener = (meetingId: string, event: string, payload: unknown) => void;

/** What another module adds to a join's acknowledgement (the voting module: the polls and the receipts asked for). */
export type JoinAnswer = (me: Me, request: LiveJoinRequest) => Promise<Partial<Extract<JoinAck, { ok: true }>>>;

/** Where services publish to the live rooms; the gateway attaches the namespace when it starts. */
@Injectable()
export class LiveRooms {
  private namespace?: Namespace;
  private readonly listeners = new Set<LiveListener>();
  private readonly joinAnswers: JoinAnswer[] = [];

  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  /** Clients and rooms of every Socket.IO namespace of this instance (a client's own room is not counted): for metrics. */
  counts(): { namespace: string; sockets: number; rooms: number }[] {
    const server = this.namespace?.server;
    if (!server) return [];
    return [...server._nsps.values()].map((namespace) => ({
      namespace: namespace.name,
      sockets: namespace.sockets.size,
      rooms: [...namespace.adapter.rooms.keys()].filter((room) => !namespace.sockets.has(room)).length,
    }));
  }

  /** How many sockets of this instance are in a session's room (each instance fans out to its own). */
  roomSize(meetingId: string): number {
    return this.namespace?.adapter.rooms.get(meetingRoom(meetingId))?.size ?? 0;
  }

  /** Returns the function that stops listening. */
  listen(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Registers a part of every join's answer (called once the caller is in the room, so nothing later escapes it). */
  answerJoins(answer: JoinAnswer): void {
    this.joinAnswers.push(answer);
  }

  /** The other modules' parts of a join's answer, merged. */
  async joinAnswer(me: Me, request: LiveJoinRequest): Promise<Partial<Extract<JoinAck, { ok: true }>>> {
    return Object.assign({}, ...(await Promise.all(this.joinAnswers.map((answer) => answer(me, request)))));
  }

  /** Any other event of a session's room (e.g. a poll's state), to everyone in it. */
  publish(meetingId: string, event: string, payload: unknown): void {
    this.namespace?.to(meetingRoom(meetingId)).emit(event, payload);
    this.notify(meetingId, event, payload);
  }

  /** A change to the room's sockets; listeners in this process get the whole state it produced. */
  publishChange(change: MeetingChange, state: MeetingState): void {
    this.namespace?.to(meetingRoom(state.meeting.id)).emit(LiveEvents.change, change);
    this.notify(state.meeting.id, LiveEvents.state, state);
  }

  publishState(state: MeetingState): void {
    this.namespace?.to(meetingRoom(state.meeting.id)).emit(LiveEvents.state, state);
    this.notify(state.meeting.id, LiveEvents.state, state);
  }

  private notify(meetingId: string, event: string, payload: unknown): void {
    for (const listener of this.listeners) listener(meetingId, event, payload);
  }
}
