import { JoinAck, LIVE_NAMESPACE, LiveEvents, SESSION_COOKIE, UuidSchema } from '@cocrea/contracts';
import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { AuthService } from '../../auth/auth.service';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AppException } from '../../common/problem';
import { MeetingsService } from '../meetings.service';
import { LiveRooms, meetingRoom } from './live-rooms';

type LiveSocket = Socket & { data: { user?: AuthenticatedUser } };

/** The token of a handshake: `auth.token`, a bearer header, or the same httpOnly cookie the REST api reads. */
export function handshakeToken(socket: Socket): string | undefined {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  if (typeof auth?.token === 'string' && auth.token) return auth.token;
  const header = socket.handshake.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  for (const part of (socket.handshake.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('=')) || undefined;
  }
  return undefined;
}

/**
 * CSRF tokens do not apply to WebSockets, so a browser handshake must come from our own origin:
 * a page elsewhere cannot ride the visitor's cookie into a session's room. Non-browser clients send no Origin.
 */
export function sameOrigin(socket: Socket): boolean {
  const origin = socket.handshake.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === socket.handshake.headers.host;
  } catch {
    return false;
  }
}

/** Live rooms of sessions on the `/live` namespace: one room per session, full state on every join and change. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class MeetingsGateway implements OnGatewayInit {
  private readonly logger = new Logger(MeetingsGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly meetings: MeetingsService,
    private readonly rooms: LiveRooms,
  ) {}

  afterInit(namespace: Namespace): void {
    this.rooms.attach(namespace);
    namespace.use((socket: LiveSocket, next) => {
      if (!sameOrigin(socket)) return next(new Error('forbidden'));
      const token = handshakeToken(socket);
      if (!token) return next(new Error('unauthenticated'));
      this.auth.authenticate(token).then(
        (user) => {
          if (!user) return next(new Error('unauthenticated'));
          socket.data.user = user;
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
    const parsed = UuidSchema.safeParse((body as { meetingId?: unknown } | null)?.meetingId);
    if (!parsed.success) return { ok: false, code: 'validation_failed' };
    const user = socket.data.user;
    if (!user) return { ok: false, code: 'unauthenticated' };
    try {
      // Roles may have changed since the handshake: read them again on every join.
      const me = await this.auth.me(user.me.id);
      const state = await this.meetings.state(me, parsed.data);
      await socket.join(meetingRoom(parsed.data));
      socket.emit(LiveEvents.state, state);
      return { ok: true };
    } catch (error) {
      if (error instanceof AppException) {
        return {
          ok: false,
          code: error.code === 'not_found' ? 'not_found' : error.code === 'unauthenticated' ? 'unauthenticated' : 'forbidden',
        };
      }
      throw error;
    }
  }

  @SubscribeMessage(LiveEvents.leave)
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = UuidSchema.safeParse((body as { meetingId?: unknown } | null)?.meetingId);
    if (parsed.success) await socket.leave(meetingRoom(parsed.data));
  }
}
