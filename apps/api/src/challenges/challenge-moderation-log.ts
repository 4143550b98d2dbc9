import { ChallengeModerationAction, ChallengeModerationEntry, Me } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeAccess } from './challenge-access';
import { ChallengeModerationEntryEntity } from './entities';

/**
 * Moderation is logged (issue 20): every act of running a challenge (naming a member, moving a phase, answering an
 * idea, deciding winners, a pilot's milestone) is written here in the same transaction as the change, and the
 * challenge's managers read it back.
 */
@Injectable()
export class ChallengeModerationLog {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
  ) {}

  async record(
    em: EntityManager,
    challengeId: string,
    actorId: string,
    action: ChallengeModerationAction,
    detail: Record<string, string>,
  ): Promise<void> {
    await em.insert(ChallengeModerationEntryEntity, { challengeId, actorId, action, detail });
  }

  /** The log, newest first, for the challenge's managers. */
  async list(me: Me, challengeId: string): Promise<ChallengeModerationEntry[]> {
    await this.access.challenge(challengeId);
    await this.access.requireRole(me, challengeId, 'manager');
    const rows = (await this.db.query(
      `SELECT l.id, l.action, l.detail, l.created_at, p.name AS actor FROM challenge_moderation_log l
         JOIN people p ON p.id = l.actor_id
        WHERE l.challenge_id = $1 ORDER BY l.created_at DESC, l.id DESC`,
      [challengeId],
    )) as Array<{ id: string; action: ChallengeModerationAction; detail: Record<string, string>; created_at: Date; actor: string }>;
    return rows.map((r) => ({ id: r.id, action: r.action, actor: r.actor, detail: r.detail, at: new Date(r.created_at).toISOString() }));
  }
}
