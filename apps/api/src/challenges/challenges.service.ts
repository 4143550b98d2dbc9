import { AddChallengeMember, CreateChallenge, CreateChallengeSchema, Me } from '@cocrea/contracts';
import { can, phaseWindowProblems } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type * as z from 'zod';
import { AppException, invalidField, notFound } from '../common/problem';
import { PersonEntity } from '../people/person.entity';
import { ChallengeAccess } from './challenge-access';
import { ChallengeEntity, ChallengeMemberEntity, ChallengePhaseEntity, ChallengeProblemEntity } from './entities';

type ValidCreateChallenge = z.infer<typeof CreateChallengeSchema>;

/** Launching a challenge (problems, phases, weights) and naming who runs it and who sits on its jury. */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
  ) {}

  /** The chair, the secretary or an administrator launches it and becomes its first manager. */
  async create(me: Me, input: CreateChallenge & ValidCreateChallenge): Promise<{ id: string }> {
    if (!can(me, 'challenges.manage')) throw new AppException('forbidden');
    const windows = input.phases.map((p) => ({ phase: p.phase, opensAt: new Date(p.opensAt), closesAt: new Date(p.closesAt) }));
    const problems = phaseWindowProblems(windows);
    if (problems.length)
      throw invalidField(
        'phases',
        `Calendario de fases no válido: ${problems.join('; ')}`,
        `Invalid phase calendar: ${problems.join('; ')}`,
      );
    return this.db.transaction(async (em) => {
      const { id } = await em.save(
        em.create(ChallengeEntity, {
          title: input.title,
          summary: input.summary,
          supportLimit: input.supportLimit,
          winnersPerProblem: input.winnersPerProblem,
          weightSupport: input.weights.support,
          weightFeasibility: input.weights.feasibility,
          weightJury: input.weights.jury,
          createdById: me.id,
        }),
      );
      await em.insert(
        ChallengePhaseEntity,
        input.phases.map((p, i) => ({
          challengeId: id,
          phase: p.phase,
          opensAt: windows[i].opensAt,
          closesAt: windows[i].closesAt,
          rules: p.rules,
        })),
      );
      await em.insert(
        ChallengeProblemEntity,
        input.problems.map((p, position) => ({
          challengeId: id,
          institution: p.institution,
          title: p.title,
          context: p.context,
          position,
        })),
      );
      await em.insert(ChallengeMemberEntity, { challengeId: id, personId: me.id, role: 'manager' });
      return { id };
    });
  }

  /** A manager names another manager (the institution's team) or a juror. Naming someone twice changes nothing. */
  async addMember(me: Me, challengeId: string, input: AddChallengeMember): Promise<void> {
    await this.access.challenge(challengeId);
    await this.access.requireRole(me, challengeId, 'manager');
    if (!(await this.db.manager.existsBy(PersonEntity, { id: input.personId }))) throw notFound('una persona', 'person');
    await this.db
      .createQueryBuilder()
      .insert()
      .into(ChallengeMemberEntity)
      .values({ challengeId, ...input })
      .orIgnore()
      .execute();
  }
}
