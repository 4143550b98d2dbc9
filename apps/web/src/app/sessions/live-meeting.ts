import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { JoinAck, LIVE_NAMESPACE, LiveEvents, MeetingState, PollState } from '@cocrea/contracts';
import { io, Socket } from 'socket.io-client';

export type LiveStatus = 'connecting' | 'live' | 'offline' | 'refused';

/**
 * One session's live room. The browser sends the session cookie with the handshake; on every
 * (re)connection the room is joined again and the server sends the whole current state, so a
 * dropped connection loses nothing. Older states (lower version) are ignored.
 */
@Injectable()
export class LiveMeeting {
  private socket?: Socket;
  private readonly current = signal<MeetingState | null>(null);
  readonly state = this.current.asReadonly();
  readonly status = signal<LiveStatus>('connecting');
  /** The latest poll state the room received (the polls panel and the projector merge it by id and version). */
  readonly pollUpdate = signal<PollState | null>(null);
  /**
   * Successful joins of this room. Above 1 the socket came back (a network drop, or another api instance's Redis
   * recovery closing it): poll updates sent meanwhile were missed, so the views that merge them reload.
   */
  readonly joins = signal(0);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.socket?.disconnect());
  }

  connect(meetingId: string): void {
    this.socket?.disconnect();
    this.current.set(null);
    const socket = io(LIVE_NAMESPACE, { transports: ['websocket'], withCredentials: true });
    this.socket = socket;
    socket.on('connect', () => {
      void (socket.emitWithAck(LiveEvents.join, { meetingId }) as Promise<JoinAck>).then((ack) => {
        this.status.set(ack.ok ? 'live' : 'refused');
        if (ack.ok) this.joins.update((n) => n + 1);
      });
    });
    socket.on('disconnect', () => this.status.set('offline'));
    socket.on('connect_error', () => this.status.set('offline'));
    socket.on(LiveEvents.state, (state: MeetingState) => this.accept(state));
    socket.on(LiveEvents.poll, (poll: PollState) => this.pollUpdate.set(poll));
  }

  /** States from the live room and from REST answers meet here; the newest wins. */
  accept(state: MeetingState): void {
    const shown = this.current();
    if (shown && shown.meeting.id === state.meeting.id && shown.version > state.version) return;
    this.current.set(state);
  }
}
