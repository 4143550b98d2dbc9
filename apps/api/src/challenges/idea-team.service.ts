import { IdeaCoauthor, IdeaCoauthorsInput, IdeaViewerRights, Me } from '@cocrea/contracts';
import { mayEditIdea } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../common/problem';
import { PersonEntity } from '../people/person.entity';
import { ChallengeAccess, IdeaContext } from './challenge-access';
import { ChallengeIdeaCoauthorEntity } from './entities';

/**
 * An idea's team: the co-authors its author names by the e-mail of their verified accounts. They are shown by name on
 * the portal and may edit the idea (text and files) like its author; only the author changes the team, and only
 * while the ideas phase is open. Who may edit an idea is answered here for every writer of an idea.
 */
@Injectable()
export class IdeaTeamService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
  ) {}

  /** Refuses (403) anyone but the idea's author and its co-authors. */
  async requireEditor(me: Me, context: IdeaContext): Promise<void> {
    const coauthorIds = (await this.coauthors(context.idea.id)).map((c) => c.personId);
    if (!mayEditIdea({ authorId: context.idea.authorId, coauthorIds }, me.id)) throw new AppException('forbidden');
  }

  /** The team with their e-mails, for the idea's editors only (the portal shows names alone). */
  async list(me: Me, ideaId: string): Promise<IdeaCoauthor[]> {
    await this.requireEditor(me, await this.access.idea(ideaId));
    return this.coauthors(ideaId);
  }

  /**
   * Replaces the team. Every e-mail must belong to a verified account that can sign in (else a 422 naming it); the
   * author's own address is left out, and repeats count once.
   */
  async replace(me: Me, ideaId: string, input: IdeaCoauthorsInput): Promise<IdeaCoauthor[]> {
    const context = await this.access.idea(ideaId);
    if (context.idea.authorId !== me.id) throw new AppException('forbidden');
    this.access.requirePhase(context, 'edit_idea');
    const emails = [...new Set(input.emails.map((email) => email.toLowerCase()))];
    const people = emails.length
      ? await this.db.manager
          .createQueryBuilder(PersonEntity, 'p')
          .where('lower(p.email) IN (:...emails)', { emails })
          .andWhere('p.password_hash IS NOT NULL AND p.account_disabled_at IS NULL AND p.deactivated_at IS NULL')
          .getMany()
      : [];
    const missing = emails.find((email) => !people.some((p) => p.email.toLowerCase() === email));
    if (missing) throw new AppException('coauthor_not_found', { email: missing });
    const personIds = people.map((p) => p.id).filter((id) => id !== context.idea.authorId);
    await this.db.transaction(async (em) => {
      await em.delete(ChallengeIdeaCoauthorEntity, { ideaId });
      if (personIds.length)
        await em.insert(
          ChallengeIdeaCoauthorEntity,
          personIds.map((personId) => ({ ideaId, personId })),
        );
    });
    return this.coauthors(ideaId);
  }

  /** What the viewer may do on the idea's page; the api checks each again when it is done. */
  async rights(me: Me, ideaId: string): Promise<IdeaViewerRights> {
    const context = await this.access.idea(ideaId);
    const [edit, moderate] = await Promise.all([
      this.requireEditor(me, context).then(
        () => true,
        () => false,
      ),
      this.access.hasRole(me, context.challenge.id, 'manager'),
    ]);
    return { edit, manageTeam: context.idea.authorId === me.id, moderate };
  }

  /** The co-authors, in a stable order (as last named, then by id). */
  async coauthors(ideaId: string, em: EntityManager = this.db.manager): Promise<IdeaCoauthor[]> {
    const rows = await em.find(ChallengeIdeaCoauthorEntity, {
      where: { ideaId },
      relations: { person: true },
      order: { createdAt: 'ASC', personId: 'ASC' },
    });
    return rows.map((row) => ({ personId: row.personId, name: row.person.name, email: row.person.email }));
  }
}
