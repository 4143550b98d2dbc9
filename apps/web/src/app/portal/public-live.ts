import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { LIVE_NAMESPACE } from '@cocrea/contracts';
import { io, Socket } from 'socket.io-client';

/** Event names of the public live room (no account: the server only ever sends what is published). */
export const PublicLiveEvents = {
  join: 'public:join',
  leave: 'public:leave',
  changed: 'public:session',
} as const;

export type PublicLiveStatus = 'connecting' | 'live' | 'offline';

/**
 * Follows one open session for the public: whenever the server says the session changed (an item begins, a vote
 * closes), `changes` bumps and the page reloads the published state. On every (re)connection the room is joined
 * again and the page reloads once, so nothing said while offline is missed.
 */
@Injectable()
export class PublicLiveSession {
  private socket?: Socket;
  readonly status = signal<PublicLiveStatus>('connecting');
  readonly changes = signal(0);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  connect(sessionId: string): void {
    this.disconnect();
    this.status.set('connecting');
    const socket = io(LIVE_NAMESPACE, { transports: ['websocket'], withCredentials: false });
    this.socket = socket;
    socket.on('connect', () => {
      socket.emit(PublicLiveEvents.join, { meetingId: sessionId });
      this.status.set('live');
      this.changes.update((n) => n + 1);
    });
    socket.on('disconnect', () => this.status.set('offline'));
    socket.on('connect_error', () => this.status.set('offline'));
    socket.on(PublicLiveEvents.changed, () => this.changes.update((n) => n + 1));
  }

  disconnect(): void {
    this.socket?.disconnect();
    this.socket = undefined;
  }
}
