import { HideComment, IdeaCommentInput, Me, Page, PageQuery, PublicIdeaComment } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AppException, notFound } from '../common/problem';
import { paginate } from '../common/pagination';
import { ChallengeAccess } from './challenge-access';
import { ChallengeModerationLog } from './challenge-moderation-log';
import { ChallengeIdeaCommentEntity } from './entities';

/**
 * Comments on ideas: anyone signed in (a verified citizen, an institution's staff) comments while the challenge is
 * open; a manager of the challenge hides a comment with a reason. Moderation never deletes: the row keeps who hid it,
 * when and why, the portal shows the reason in the comment's place, and the act goes to the challenge's moderation
 * log (the commission's audit trail) in the same transaction.
 */
@Injectable()
export class IdeaCommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly log: ChallengeModerationLog,
  ) {}

  async add(me: Me, ideaId: string, input: IdeaCommentInput): Promise<PublicIdeaComment> {
    const context = await this.access.idea(ideaId);
    this.access.requirePhase(context, 'comment');
    const comment = await this.db.manager.save(
      this.db.manager.create(ChallengeIdeaCommentEntity, { ideaId, authorId: me.id, body: input.body }),
    );
    return toPublicComment({ ...comment, author: { name: me.name } });
  }

  /**
   * Hides a comment once (a second hide is a 409, so the first reason and moderator stand). The update only touches
   * a visible comment, so two moderators racing leave one record of who hid it.
   */
  async hide(me: Me, commentId: string, input: HideComment): Promise<PublicIdeaComment> {
    const comment = await this.db.manager.findOne(ChallengeIdeaCommentEntity, { where: { id: commentId }, relations: { author: true } });
    if (!comment) throw notFound('un comentario', 'comment');
    const context = await this.access.idea(comment.ideaId);
    await this.access.requireRole(me, context.challenge.id, 'manager');
    const hiddenAt = this.access.now();
    await this.db.transaction(async (em) => {
      const hidden = await em.update(
        ChallengeIdeaCommentEntity,
        { id: commentId, hiddenAt: IsNull() },
        { hiddenAt, hiddenById: me.id, hiddenReason: input.reason },
      );
      if (!hidden.affected) throw new AppException('comment_already_hidden');
      await this.log.record(em, context.challenge.id, me.id, 'comment_hidden', {
        idea: context.idea.title,
        author: comment.author.name,
        reason: input.reason,
      });
    });
    return toPublicComment({ ...comment, hiddenAt, hiddenReason: input.reason });
  }

  /** The idea's comments, oldest first, a page at a time; an unknown idea is a 404. */
  async list(ideaId: string, query: Pick<PageQuery, 'page' | 'pageSize'>): Promise<Page<PublicIdeaComment>> {
    await this.access.idea(ideaId);
    const qb = this.db.manager
      .createQueryBuilder(ChallengeIdeaCommentEntity, 'c')
      .innerJoinAndSelect('c.author', 'author')
      .where('c.idea_id = :ideaId', { ideaId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC');
    return paginate(qb, query, toPublicComment);
  }
}

function toPublicComment(
  comment: Pick<ChallengeIdeaCommentEntity, 'id' | 'body' | 'createdAt' | 'hiddenAt' | 'hiddenReason'> & { author: { name: string } },
): PublicIdeaComment {
  const hidden =
    comment.hiddenAt && comment.hiddenReason !== null ? { reason: comment.hiddenReason, hiddenAt: comment.hiddenAt.toISOString() } : null;
  return {
    id: comment.id,
    author: comment.author.name,
    createdAt: comment.createdAt.toISOString(),
    body: hidden ? null : comment.body,
    hidden,
  };
}
