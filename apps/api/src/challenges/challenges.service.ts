import {
  AddChallengeMember,
  CHALLENGE_ROLES,
  ChallengeMember,
  ChallengeRole,
  CreateChallenge,
  CreateChallengeSchema,
  Me,
  MyChallengeRoles,
} from '@cocrea/contracts';
import { can, phaseWindowProblems } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type * as z from 'zod';
import { AppException, invalidField, notFound } from '../common/problem';
import { PersonEntity } from '../people/person.entity';
import { ChallengeAccess } from './challenge-access';
import { ChallengeModerationLog } from './challenge-moderation-log';
import { ChallengeEntity, ChallengeMemberEntity, ChallengePhaseEntity, ChallengeProblemEntity } from './entities';

type ValidCreateChallenge = z.infer<typeof CreateChallengeSchema>;

/** Launching a challenge (problems, phases, weights), naming who runs it and who sits on its jury, and saying who is who. */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly log: ChallengeModerationLog,
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

  /** A manager names another manager (the institution's team) or a juror, and the log says so. Naming someone twice changes nothing. */
  async addMember(me: Me, challengeId: string, input: AddChallengeMember): Promise<void> {
    await this.access.challenge(challengeId);
    await this.access.requireRole(me, challengeId, 'manager');
    const person = await this.db.manager.findOneBy(PersonEntity, { id: input.personId });
    if (!person) throw notFound('una persona', 'person');
    await this.db.transaction(async (em) => {
      const added = await em
        .createQueryBuilder()
        .insert()
        .into(ChallengeMemberEntity)
        .values({ challengeId, ...input })
        .orIgnore()
        .returning('id')
        .execute();
      if ((added.raw as unknown[]).length === 0) return;
      await this.log.record(em, challengeId, me.id, 'member_added', { person: person.name, role: input.role });
    });
  }

  /** Who runs the challenge and who sits on its jury, for its managers. */
  async members(me: Me, challengeId: string): Promise<ChallengeMember[]> {
    await this.access.challenge(challengeId);
    await this.access.requireRole(me, challengeId, 'manager');
    const rows = (await this.db.query(
      `SELECT m.person_id, p.name, m.role FROM challenge_members m JOIN people p ON p.id = m.person_id
        WHERE m.challenge_id = $1 ORDER BY m.role DESC, p.name, m.person_id`,
      [challengeId],
    )) as Array<{ person_id: string; name: string; role: ChallengeRole }>;
    return rows.map((r) => ({ personId: r.person_id, name: r.name, role: r.role }));
  }

  /** The caller's own part in a challenge, so the screens offer only what the server would accept. */
  async myRoles(me: Me, challengeId: string): Promise<MyChallengeRoles> {
    await this.access.challenge(challengeId);
    const roles: ChallengeRole[] = [];
    for (const role of CHALLENGE_ROLES) if (await this.access.hasRole(me, challengeId, role)) roles.push(role);
    const conflicts = (await this.db.query(
      `SELECT c.idea_id FROM challenge_conflicts c JOIN challenge_ideas i ON i.id = c.idea_id
         JOIN challenge_problems p ON p.id = i.problem_id WHERE p.challenge_id = $1 AND c.juror_id = $2 ORDER BY c.idea_id`,
      [challengeId, me.id],
    )) as Array<{ idea_id: string }>;
    return { roles, conflictIdeaIds: conflicts.map((c) => c.idea_id) };
  }
}
