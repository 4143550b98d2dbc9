import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { PUBLIC_LIVE_NAMESPACE, PublicJoinAck, PublicLiveEvents } from '@cocrea/contracts';
import { io, Socket } from 'socket.io-client';

export type PublicLiveStatus = 'connecting' | 'live' | 'offline';

/**
 * Follows one open session for the public (no account): whenever the server says the current item changed or a
 * vote closed, `changes` bumps and the page reloads the published state, so the page and the open data never
 * disagree. Every (re)connection joins the room again and counts as a change, so nothing said while offline is missed.
 */
@Injectable()
export class PublicLiveSession {
  private socket?: Socket;
  readonly status = signal<PublicLiveStatus>('connecting');
  readonly changes = signal(0);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  connect(meetingId: string): void {
    this.disconnect();
    this.status.set('connecting');
    const socket = io(PUBLIC_LIVE_NAMESPACE, { transports: ['websocket'] });
    this.socket = socket;
    socket.on('connect', () => {
      void (socket.emitWithAck(PublicLiveEvents.join, { meetingId }) as Promise<PublicJoinAck>).then((ack) => {
        this.status.set(ack.ok ? 'live' : 'offline');
        this.bump();
      });
    });
    socket.on('disconnect', () => this.status.set('offline'));
    socket.on('connect_error', () => this.status.set('offline'));
    socket.on(PublicLiveEvents.item, () => this.bump());
    socket.on(PublicLiveEvents.result, () => this.bump());
  }

  disconnect(): void {
    this.socket?.disconnect();
    this.socket = undefined;
  }

  private bump(): void {
    this.changes.update((n) => n + 1);
  }
}
