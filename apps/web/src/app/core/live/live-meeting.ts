import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import {
  applyMeetingChange,
  BallotReceipt,
  JoinAck,
  LIVE_NAMESPACE,
  LiveBallotKey,
  LiveEvents,
  LiveJoinRequest,
  MeetingChange,
  MeetingState,
  PollState,
} from '@cocrea/contracts';
import { io, Socket } from 'socket.io-client';

export type LiveStatus = 'connecting' | 'live' | 'offline' | 'refused';

/** What a view that shows the session's polls holds, sent with every join so the server answers what moved. */
export interface HeldPolls {
  /** Each poll's id with the version shown. */
  polls: Record<string, number>;
  /** Ballots sent whose receipt has not arrived (an answer lost in a drop). */
  ballots: LiveBallotKey[];
}

/** What a join brought back for the polls: those that moved, the receipts of ballots recorded, and whether the room changed. */
export interface PollsCatchUp {
  polls: PollState[];
  receipts: BallotReceipt[];
  roomChanged: boolean;
}

/**
 * One session's live room. The browser sends the session cookie with the handshake. The first join brings the
 * whole state; then small changes (a check-in) or new whole states arrive. On every reconnection the room is joined
 * again with the version shown, and the server answers with nothing, the changes since, or the whole state, so a
 * dropped connection loses nothing. A change that does not follow the shown version makes it rejoin the same way;
 * older states and changes are ignored. A view of the polls that says what it holds (`holdPolls`) gets, with the
 * join's answer, the polls that moved and the receipts of its ballots the server recorded (`pollsCatchUp`), instead
 * of reading every poll again.
 */
@Injectable()
export class LiveMeeting {
  private socket?: Socket;
  private meetingId?: string;
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
  /** The polls part of the latest join that sent what a view holds (see `holdPolls`). */
  readonly pollsCatchUp = signal<PollsCatchUp | null>(null);
  private heldPolls?: () => HeldPolls | null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.socket?.disconnect());
  }

  connect(meetingId: string): void {
    this.socket?.disconnect();
    this.current.set(null);
    this.meetingId = meetingId;
    const socket = io(LIVE_NAMESPACE, { transports: ['websocket'], withCredentials: true });
    this.socket = socket;
    socket.on('connect', () => this.join(socket, meetingId));
    socket.on('disconnect', () => this.status.set('offline'));
    socket.on('connect_error', () => this.status.set('offline'));
    socket.on(LiveEvents.state, (state: MeetingState) => this.accept(state));
    socket.on(LiveEvents.change, (change: MeetingChange) => this.accept(change));
    socket.on(LiveEvents.poll, (poll: PollState) => this.pollUpdate.set(poll));
  }

  /**
   * Sends a request over the room's socket and resolves with its acknowledgement (rejects after `timeoutMs` without
   * one); null while the room is not live, so the caller sends it over REST instead.
   */
  request<T>(event: string, payload: unknown, timeoutMs = 30_000): Promise<T> | null {
    if (!this.socket?.connected || this.status() !== 'live') return null;
    return this.socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
  }

  /** What the polls view holds (null until it has loaded): sent with every join from now on; null when the view goes. */
  holdPolls(held: (() => HeldPolls | null) | null): void {
    this.heldPolls = held ?? undefined;
  }

  /** States and changes from the live room and from REST answers meet here; the newest wins. */
  accept(update: MeetingState | MeetingChange): void {
    const shown = this.current();
    if ('from' in update) {
      if (!shown || shown.meeting.id !== update.meetingId || update.version <= shown.version) return;
      const next = applyMeetingChange(shown, update);
      if (next) this.current.set(next);
      else if (this.socket?.connected && this.meetingId) this.join(this.socket, this.meetingId);
      return;
    }
    if (shown && shown.meeting.id === update.meeting.id && shown.version > update.version) return;
    this.current.set(update);
  }

  /** What a join of `meetingId` sends: the version shown, and what the polls view holds once it has loaded. */
  joinRequest(meetingId: string): LiveJoinRequest {
    const shown = this.current();
    const version = shown?.meeting.id === meetingId ? shown.version : undefined;
    return { meetingId, ...(version === undefined ? {} : { version }), ...(this.heldPolls?.() ?? {}) };
  }

  /** Joins with the version shown, if any; the ack's clock is the server's now (a kept state's is when it was built). */
  private join(socket: Socket, meetingId: string): void {
    const request = this.joinRequest(meetingId);
    const held = request.polls !== undefined;
    void (socket.emitWithAck(LiveEvents.join, request) as Promise<JoinAck>).then((ack) => {
      this.status.set(ack.ok ? 'live' : 'refused');
      if (!ack.ok) return;
      this.joins.update((n) => n + 1);
      this.current.update((s) => (s && s.version === ack.version ? { ...s, serverTime: ack.serverTime } : s));
      if (held) this.pollsCatchUp.set({ polls: ack.polls ?? [], receipts: ack.receipts ?? [], roomChanged: ack.sent !== 'unchanged' });
    });
  }
}
