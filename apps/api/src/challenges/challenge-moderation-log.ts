import {
  ActivityChange,
  ActivityKind,
  CHALLENGE_MODERATION_ACTIONS,
  ChallengeModerationAction,
  ChallengeModerationEntry,
  Me,
} from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActivityLog, CommissionAudit } from '../audit';
import { ChallengeAccess } from './challenge-access';
import { ChallengeEntity } from './entities';

/** The moderation log's most recent entries a manager reads. */
const LOG_LENGTH = 100;

/**
 * Moderation is logged (issue 20): every act of running a challenge (naming a member, moving a phase, answering an
 * idea, deciding winners, a pilot's milestone) is appended to the commission's audit trail (the audit domain's one
 * chained record of who changed what) in the same transaction as the change, about the challenge; its managers read
 * those links back here, and the administration sees them in its activity list with every other change.
 */
@Injectable()
export class ChallengeModerationLog {
  constructor(
    private readonly audit: CommissionAudit,
    private readonly activity: ActivityLog,
    private readonly access: ChallengeAccess,
  ) {}

  async record(
    em: EntityManager,
    challengeId: string,
    actorId: string,
    action: ChallengeModerationAction,
    detail: Record<string, string>,
  ): Promise<void> {
    const challenge = await em.findOneByOrFail(ChallengeEntity, { id: challengeId });
    await this.audit.record(em, {
      actorPersonId: actorId,
      kind: `challenge_${action}`,
      subject: { type: 'challenge', id: challengeId, label: challenge.title },
      changes: Object.fromEntries(
        Object.entries(detail).map(([field, after]): [string, ActivityChange] => [field, { before: null, after }]),
      ),
    });
  }

  /** The log, newest first, for the challenge's managers. */
  async list(me: Me, challengeId: string): Promise<ChallengeModerationEntry[]> {
    await this.access.challenge(challengeId);
    await this.access.requireRole(me, challengeId, 'manager');
    const page = await this.activity.list({ subjectType: 'challenge', subjectId: challengeId, page: 1, pageSize: LOG_LENGTH });
    return page.items.map((event) => ({
      id: event.id,
      action: actionOf(event.kind),
      actor: event.actor?.name ?? '',
      detail: Object.fromEntries(Object.entries(event.changes).map(([field, change]) => [field, String(change.after ?? '')])),
      at: event.at,
    }));
  }
}

function actionOf(kind: ActivityKind): ChallengeModerationAction {
  const action = kind.replace(/^challenge_/, '') as ChallengeModerationAction;
  if (!CHALLENGE_MODERATION_ACTIONS.includes(action)) throw new Error(`not a challenge moderation kind: ${kind}`);
  return action;
}
