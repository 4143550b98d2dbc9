import { JoinAck, LIVE_NAMESPACE, LiveEvents, UuidSchema } from '@cocrea/contracts';
import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { z } from 'zod';
import { AuthService } from '../../auth';
import type { AuthenticatedUser } from '../../auth';
import { handshakeTokenFrom, sameOriginHandshake } from '../../auth';
import { Clock } from '../../common/clock';
import { AppException } from '../../common/problem';
import { MeetingsService } from '../meetings.service';
import { LiveRooms, meetingRoom } from './live-rooms';

type LiveSocket = Socket & { data: { user?: AuthenticatedUser; token?: string } };

/** Every socket of one login session, on every instance (the Redis adapter carries room operations across them). */
const loginRoom = (sessionId: string) => `login:${sessionId}`;

/** A join: the session, and on a rejoin the version, the polls' versions and the ballots the client holds. */
const JoinSchema = z.object({
  meetingId: UuidSchema,
  version: z.number().int().min(0).optional(),
  polls: z.record(UuidSchema, z.number().int().min(0)).optional(),
  ballots: z
    .array(z.object({ pollId: UuidSchema, memberPersonId: UuidSchema, idempotencyKey: z.string().min(1).max(200) }))
    .max(20)
    .optional(),
});

/** The token of a handshake: `auth.token`, a bearer header, or the same httpOnly cookie the REST api reads. */
export function handshakeToken(socket: Socket): string | undefined {
  return handshakeTokenFrom(socket.handshake.headers, (socket.handshake.auth as { token?: unknown } | undefined)?.token);
}

/** See `sameOriginHandshake`: a browser handshake must come from our own origin. */
export const sameOrigin = (socket: Socket): boolean => sameOriginHandshake(socket.handshake.headers);

/**
 * Live rooms of sessions on the `/live` namespace: one room per session. A join gets the full state, or when it
 * rejoins with the version it holds, nothing or the changes since; then every change (a small one for a check-in,
 * the full state otherwise). A rejoin that names its polls' versions and its ballots also gets, in the ack, the polls
 * that moved and the receipts of the ballots recorded.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class MeetingsGateway implements OnGatewayInit, OnModuleDestroy {
  private readonly logger = new Logger(MeetingsGateway.name);
  private namespace?: Namespace;
  private stopListening?: () => void;

  constructor(
    private readonly auth: AuthService,
    private readonly meetings: MeetingsService,
    private readonly rooms: LiveRooms,
    private readonly clock: Clock,
  ) {}

  afterInit(namespace: Namespace): void {
    this.namespace = namespace;
    this.rooms.attach(namespace);
    this.stopListening = this.auth.onLogout((sessionId) => this.disconnectSession(sessionId));
    namespace.on('connection', (socket: LiveSocket) => {
      if (socket.data.user) void socket.join(loginRoom(socket.data.user.sessionId));
    });
    namespace.use((socket: LiveSocket, next) => {
      if (!sameOrigin(socket)) return next(new Error('forbidden'));
      const token = handshakeToken(socket);
      if (!token) return next(new Error('unauthenticated'));
      this.auth.authenticate(token).then(
        (user) => {
          if (!user) return next(new Error('unauthenticated'));
          socket.data.user = user;
          socket.data.token = token;
          next();
        },
        (error: unknown) => {
          this.logger.warn(`live handshake failed: ${String(error)}`);
          next(new Error('unavailable'));
        },
      );
    });
  }

  @SubscribeMessage(LiveEvents.join)
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<JoinAck> {
    const parsed = JoinSchema.safeParse(body);
    if (!parsed.success) return { ok: false, code: 'validation_failed' };
    const request = parsed.data;
    const { meetingId, version: since } = request;
    const token = socket.data.token;
    try {
      // The login session may have ended and roles may have changed since the handshake: check both on every join.
      const user = token ? await this.auth.authenticate(token) : null;
      if (!user) return { ok: false, code: 'unauthenticated' };
      socket.data.user = user;
      // Access first, then join, then read: a change committed meanwhile reaches this socket in the room.
      await this.meetings.requireEntry(user.me, meetingId);
      await socket.join(meetingRoom(meetingId));
      const { version, catchUp } = await this.meetings.catchUp(meetingId, since);
      if (catchUp.sent === 'changes') for (const change of catchUp.changes) socket.emit(LiveEvents.change, change);
      // The state's packet is encoded once per version; the engine connection sends it as it is.
      if (catchUp.sent === 'state') socket.conn.write(catchUp.packet);
      // A change committed while this join read its base reached the room before the base reached this socket: again.
      for (const change of this.meetings.changesSince(meetingId, version)) socket.emit(LiveEvents.change, change);
      // The polls that moved and the receipts asked for, in the ack: a rejoin needs no REST read and no ballot again.
      const more = await this.rooms.joinAnswer(user.me, request);
      return { ok: true, version, sent: catchUp.sent, serverTime: this.clock.now().toISOString(), ...more };
    } catch (error) {
      await socket.leave(meetingRoom(meetingId));
      if (error instanceof AppException) {
        return {
          ok: false,
          code: error.code === 'not_found' ? 'not_found' : error.code === 'unauthenticated' ? 'unauthenticated' : 'forbidden',
        };
      }
      throw error;
    }
  }

  /**
   * Drops every live connection of a login session that ended (a logout, a forced sign-out, changed roles), on this
   * instance and the others: the room operation goes through the adapter.
   */
  disconnectSession(sessionId: string): void {
    this.namespace?.in(loginRoom(sessionId)).disconnectSockets(true);
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  @SubscribeMessage(LiveEvents.leave)
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = UuidSchema.safeParse((body as { meetingId?: unknown } | null)?.meetingId);
    if (parsed.success) await socket.leave(meetingRoom(parsed.data));
  }
}
