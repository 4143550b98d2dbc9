import {
  LiveEvents,
  MeetingState,
  PollState,
  PUBLIC_LIVE_NAMESPACE,
  PublicJoinAck,
  PublicLiveEvents,
  PublicLiveItem,
  UuidSchema,
} from '@cocrea/contracts';
import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { LiveRooms } from '../meetings';
import { PublicDocumentCache, publicDocumentKey } from './public-cache';
import { PublicRateLimit } from './public-throttler.guard';
import { PublicService } from './public.service';

export const publicRoom = (meetingId: string) => `public:${meetingId}`;

/** A page follows one session; a few more allow several tabs sharing a connection, not thousands of rooms. */
export const MAX_PUBLIC_ROOMS_PER_SOCKET = 5;

/**
 * The public live view of sessions (no login): which agenda item is under way and each poll's result once it is
 * closed. It hears the members' live rooms and passes on only that: never running tallies, never voters of a
 * secret poll (a closed poll goes out as the same `PublicPoll` the REST route serves). It also drops the
 * session's cached public document on every change.
 */
@WebSocketGateway({ namespace: PUBLIC_LIVE_NAMESPACE })
export class PublicLiveGateway implements OnGatewayInit, OnModuleDestroy {
  private readonly logger = new Logger(PublicLiveGateway.name);
  private namespace?: Namespace;
  private readonly stopListening: () => void;

  constructor(
    private readonly portal: PublicService,
    private readonly cache: PublicDocumentCache,
    private readonly limit: PublicRateLimit,
    rooms: LiveRooms,
  ) {
    this.stopListening = rooms.listen((meetingId, event, payload) => this.onChange(meetingId, event, payload));
  }

  afterInit(namespace: Namespace): void {
    this.namespace = namespace;
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

  @SubscribeMessage(PublicLiveEvents.join)
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<PublicJoinAck> {
    const parsed = UuidSchema.safeParse((body as { meetingId?: unknown } | null)?.meetingId);
    if (!parsed.success) return { ok: false, code: 'validation_failed' };
    // Each join reads the database: it counts against the address's public budget, like an HTTP request.
    if (
      !(await this.limit.check(socket.handshake.address).then(
        () => true,
        () => false,
      ))
    )
      return { ok: false, code: 'rate_limited' };
    const joined = [...socket.rooms].filter((room) => room.startsWith('public:') && room !== publicRoom(parsed.data));
    // Past the cap the oldest room is left (socket.rooms keeps join order).
    for (const room of joined.slice(0, Math.max(0, joined.length - MAX_PUBLIC_ROOMS_PER_SOCKET + 1))) await socket.leave(room);
    // Join first, then read: a change committed meanwhile still reaches this socket.
    await socket.join(publicRoom(parsed.data));
    const item = await this.portal.liveItem(parsed.data);
    if (!item) {
      await socket.leave(publicRoom(parsed.data));
      return { ok: false, code: 'not_found' };
    }
    socket.emit(PublicLiveEvents.item, item);
    return { ok: true };
  }

  @SubscribeMessage(PublicLiveEvents.leave)
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<void> {
    const parsed = UuidSchema.safeParse((body as { meetingId?: unknown } | null)?.meetingId);
    if (parsed.success) await socket.leave(publicRoom(parsed.data));
  }

  private onChange(meetingId: string, event: string, payload: unknown): void {
    this.cache.invalidate(publicDocumentKey('session', meetingId));
    if (event === LiveEvents.state) this.emitItem(payload as MeetingState);
    if (event === LiveEvents.poll && (payload as PollState).status === 'closed') {
      this.emitResult(meetingId, (payload as PollState).id).catch((error: unknown) =>
        this.logger.error({ msg: 'public result failed', meetingId, error: String(error) }),
      );
    }
  }

  private emitItem(state: MeetingState): void {
    // Drafts and cancelled calls are not public (see PUBLIC_MEETING_STATUSES).
    if (state.meeting.status === 'draft' || state.meeting.status === 'cancelled') return;
    const current = state.agenda.find((item) => item.id === state.currentItemId);
    const item: PublicLiveItem = {
      meetingId: state.meeting.id,
      status: state.meeting.status,
      currentItem:
        current && state.meeting.status === 'open'
          ? { id: current.id, position: current.position, title: current.title, kind: current.kind, presenter: current.presenter }
          : null,
      version: state.version,
    };
    this.namespace?.to(publicRoom(state.meeting.id)).emit(PublicLiveEvents.item, item);
  }

  private async emitResult(meetingId: string, pollId: string): Promise<void> {
    const [poll] = await this.portal.polls(meetingId, pollId);
    if (poll) this.namespace?.to(publicRoom(meetingId)).emit(PublicLiveEvents.result, poll);
  }
}
