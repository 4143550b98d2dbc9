import { ChallengeIdeaRef, IdeaDecision, IdeaDecisionSchema, IdeaInput, IdeaInputSchema, Me } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type * as z from 'zod';
import { AppException, invalidField, notFound } from '../common/problem';
import { ChallengeAccess } from './challenge-access';
import { ChallengeModerationLog } from './challenge-moderation-log';
import { ChallengeIdeaEntity, ChallengeSupportEntity } from './entities';
import { IdeaTeamService } from './idea-team.service';
import { SupportBatches } from './support-batches';

/**
 * Citizens' side of a challenge: submitting and editing ideas in the ideas phase, supporting them in the vote phase
 * (within the per-problem limit, under concurrency), and filtering's reasoned answer to each idea.
 */
@Injectable()
export class IdeasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly log: ChallengeModerationLog,
    private readonly team: IdeaTeamService,
    private readonly supports: SupportBatches,
  ) {}

  /** Any signed-in account may submit: signing in needs a password, which a citizen only sets through the e-mail link. */
  async submit(me: Me, problemId: string, input: z.infer<typeof IdeaInputSchema>): Promise<ChallengeIdeaRef> {
    const context = await this.access.problem(problemId);
    this.access.requirePhase(context, 'submit_idea');
    const idea = await this.db.manager.save(this.db.manager.create(ChallengeIdeaEntity, { problemId, authorId: me.id, ...input }));
    return { id: idea.id, status: idea.status };
  }

  /** Only its author and co-authors, and only until the ideas phase closes. */
  async edit(me: Me, ideaId: string, input: IdeaInput & z.infer<typeof IdeaInputSchema>): Promise<ChallengeIdeaRef> {
    const context = await this.access.idea(ideaId);
    await this.team.requireEditor(me, context);
    this.access.requirePhase(context, 'edit_idea');
    await this.db.manager.update(ChallengeIdeaEntity, { id: ideaId }, input);
    return { id: ideaId, status: context.idea.status };
  }

  /** Filtering: a manager admits or declines with a reason (logged); a duplicate links an idea of the same problem. */
  async decide(me: Me, ideaId: string, input: IdeaDecision & z.infer<typeof IdeaDecisionSchema>): Promise<ChallengeIdeaRef> {
    const context = await this.access.idea(ideaId);
    await this.access.requireRole(me, context.challenge.id, 'manager');
    this.access.requirePhase(context, 'filter_idea');
    const declined = input.outcome === 'declined';
    if (declined && !input.reason) throw invalidField('reason', 'Indique por qué se declina la idea.', 'Say why the idea is declined.');
    if (!declined && (input.reason || input.duplicateOfId))
      throw invalidField('reason', 'Una idea admitida no lleva motivo de rechazo.', 'An admitted idea takes no decline reason.');
    if ((input.reason === 'duplicate') !== !!input.duplicateOfId) {
      throw invalidField(
        'duplicateOfId',
        'Un duplicado enlaza la idea que repite (y solo un duplicado).',
        'A duplicate links the idea it repeats (and only a duplicate does).',
      );
    }
    if (input.duplicateOfId) {
      const original = await this.db.manager.findOneBy(ChallengeIdeaEntity, { id: input.duplicateOfId });
      if (!original || original.problemId !== context.problem.id || original.id === ideaId) {
        throw invalidField(
          'duplicateOfId',
          'La idea original debe ser otra idea del mismo problema.',
          'The original must be another idea of the same problem.',
        );
      }
    }
    await this.db.transaction(async (em) => {
      await em.update(
        ChallengeIdeaEntity,
        { id: ideaId },
        {
          status: input.outcome,
          declineReason: input.reason ?? null,
          duplicateOfId: input.duplicateOfId ?? null,
          decisionNote: input.note,
          decidedById: me.id,
          decidedAt: this.access.now(),
        },
      );
      await this.log.record(em, context.challenge.id, me.id, 'idea_decided', {
        idea: context.idea.title,
        outcome: input.outcome,
        ...(input.reason ? { reason: input.reason } : {}),
      });
    });
    return { id: ideaId, status: input.outcome };
  }

  /**
   * Supports an admitted idea in the vote phase, within the per-problem limit: the idea's place and its challenge's
   * calendar come from ChallengeAccess, and the support joins the next batch (SupportBatches), whose statement takes
   * the per-(problem, person) lock, counts, checks the limit and inserts each. A repeated support is a no-op (the
   * unique key (idea, person) holds it too).
   */
  async support(me: Me, ideaId: string): Promise<{ supported: boolean; held: number; limit: number }> {
    const place = await this.access.ideaPlace(ideaId);
    const context = await this.access.challenge(place.challengeId);
    this.access.requirePhase(context, 'support');
    const limit = context.challenge.supportLimit;
    const answer = await this.supports.add(ideaId, me.id, limit);
    if (answer.outcome === 'not_found') throw notFound('una idea', 'idea');
    if (answer.outcome === 'not_admitted') throw new AppException('idea_not_admitted');
    if (answer.outcome === 'limit_reached') throw new AppException('support_limit_reached', { limit: String(limit) });
    return { supported: true, held: answer.held, limit };
  }

  /** Withdrawing a support is allowed while the vote phase is open (supports are changeable until it closes). */
  async withdraw(me: Me, ideaId: string): Promise<{ supported: boolean; held: number; limit: number }> {
    const context = await this.access.idea(ideaId);
    this.access.requirePhase(context, 'support');
    await this.db.manager.delete(ChallengeSupportEntity, { ideaId, personId: me.id });
    const held = await this.db.manager.countBy(ChallengeSupportEntity, { problemId: context.problem.id, personId: me.id });
    return { supported: false, held, limit: context.challenge.supportLimit };
  }
}
