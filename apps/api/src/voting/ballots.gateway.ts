import { CastBallotAck, CastBallotSchema, LIVE_NAMESPACE, LiveEvents, UuidSchema } from '@cocrea/contracts';
import { Logger } from '@nestjs/common';
import { OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import { ZodValidationException } from 'nestjs-zod';
import type { Socket } from 'socket.io';
import { AuthService } from '../auth';
import { AppException, buildProblem, preferredLanguage } from '../common/problem';
import { classifyError } from '../common/problem/classify-error';
import { BallotsService } from './ballots.service';

/** `poll:cast`: the body of `POST /api/polls/:pollId/ballots` and its poll. */
const CastRequestSchema = CastBallotSchema.extend({ pollId: UuidSchema });

/**
 * Ballots cast over the voter's live socket (`/live`, signed in at the handshake by the meetings gateway), so a
 * thousand voters do not each pay for an HTTP request. The same service and checks as `POST /api/polls/:id/ballots`:
 * the sign-in is checked again as that route checks it, the ack carries the receipt only once the ballot's batch has
 * committed, and a refusal carries the problem (code, status, Spanish and English) the route would answer.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class BallotsGateway implements OnGatewayConnection {
  private readonly logger = new Logger(BallotsGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly ballots: BallotsService,
  ) {}

  /**
   * Bound on the socket itself, not through `@SubscribeMessage`: Nest's per-message pipeline (observables, context,
   * pipes this event does not use) cost about as much as the cast. A ballot sent without an acknowledgement callback
   * could never deliver its receipt, so it is not taken.
   */
  handleConnection(socket: Socket): void {
    socket.on(LiveEvents.cast, (body: unknown, ack: unknown) => {
      if (typeof ack === 'function') void this.cast(socket, body).then((answer) => ack(answer));
    });
  }

  async cast(socket: Socket, body: unknown): Promise<CastBallotAck> {
    try {
      const parsed = CastRequestSchema.safeParse(body);
      if (!parsed.success) throw new ZodValidationException(parsed.error);
      const { pollId, ...ballot } = parsed.data;
      const token = (socket.data as { token?: string }).token;
      const user = token ? await this.auth.authenticate(token) : null;
      if (!user) throw new AppException('unauthenticated');
      return { ok: true, receipt: await this.ballots.cast(user.me, pollId, ballot) };
    } catch (error) {
      const classified = classifyError(error);
      const problem = buildProblem(classified.code, {
        params: classified.params,
        errors: classified.errors,
        language: preferredLanguage(socket.handshake.headers['accept-language']),
      });
      if (problem.status >= 500) this.logger.error({ msg: 'ballot over the live socket failed', error: String(error) });
      return { ok: false, problem };
    }
  }
}
