import { CreateMilestone, Me, Milestone, MilestoneQuery, Page, UpdateMilestone } from '@cocrea/contracts';
import { can, commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { CommissionEntity } from '../commissions/commission.entity';
import { paginate } from '../common/pagination';
import { AppException, notFound } from '../common/problem';
import { GroupAccess } from './group-access.service';
import { recordGroupEvent } from './group-events';
import { toMilestone } from './group.mapper';
import { MilestoneEntity } from './milestone.entity';

/** The roadmap: dated milestones of each group and of the commitments the commission takes part in. */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly clock: Clock,
  ) {}

  async list(me: Me, commissionId: string, query: MilestoneQuery): Promise<Page<Milestone>> {
    if (!(await this.db.getRepository(CommissionEntity).existsBy({ id: commissionId }))) throw notFound('una comisión', 'commission');
    const scope = await this.access.requireCommissionReader(me, commissionId);
    const qb = this.query().where('milestone.commission_id = :commissionId', { commissionId });
    if (scope === 'own') {
      qb.andWhere(
        '(milestone.group_id IS NULL OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = milestone.group_id AND gm.person_id = :me))',
        { me: me.id },
      );
    }
    if (query.groupId) qb.andWhere('milestone.group_id = :groupId', { groupId: query.groupId });
    const today = commissionDay(this.clock.now());
    return paginate(qb, query, (m) => toMilestone(m, today));
  }

  async listForGroup(me: Me, groupId: string, query: MilestoneQuery): Promise<Page<Milestone>> {
    await this.access.context(me, groupId);
    const today = commissionDay(this.clock.now());
    return paginate(this.query().where('milestone.group_id = :groupId', { groupId }), query, (m) => toMilestone(m, today));
  }

  async createForGroup(me: Me, groupId: string, input: CreateMilestone): Promise<Milestone> {
    const { group } = await this.access.require(me, groupId, 'manage');
    const id = await this.db.transaction(async (em) => {
      const saved = await em.save(
        em.create(MilestoneEntity, {
          commissionId: group.commissionId,
          groupId,
          commitment: input.commitment || null,
          title: input.title,
          dueOn: input.dueOn,
        }),
      );
      await recordGroupEvent(em, { groupId, kind: 'milestone_created', actorId: me.id, subject: input.title, detail: input.dueOn });
      return saved.id;
    });
    return this.get(id);
  }

  /** A commitment's milestone, outside any group (e.g. Commitment 13): the chair's to set. */
  async createForCommission(commissionId: string, input: CreateMilestone): Promise<Milestone> {
    const id = await this.db.transaction(async (em) => {
      if (!(await em.existsBy(CommissionEntity, { id: commissionId }))) throw notFound('una comisión', 'commission');
      const saved = await em.save(
        em.create(MilestoneEntity, {
          commissionId,
          groupId: null,
          commitment: input.commitment || null,
          title: input.title,
          dueOn: input.dueOn,
        }),
      );
      return saved.id;
    });
    return this.get(id);
  }

  async update(me: Me, milestoneId: string, changes: UpdateMilestone): Promise<Milestone> {
    const milestone = await this.db.getRepository(MilestoneEntity).findOneBy({ id: milestoneId });
    if (!milestone) throw notFound('un hito', 'milestone');
    if (milestone.groupId) {
      await this.access.require(me, milestone.groupId, 'manage');
    } else if (!can(me, 'groups.write', milestone.commissionId)) {
      throw new AppException('forbidden');
    }
    await this.db.transaction(async (em) => {
      await em.update(MilestoneEntity, { id: milestoneId }, changes);
      if (milestone.groupId) {
        const detail = changes.completedOn ? `completed ${changes.completedOn}` : (changes.dueOn ?? null);
        await recordGroupEvent(em, {
          groupId: milestone.groupId,
          kind: 'milestone_updated',
          actorId: me.id,
          subject: changes.title ?? milestone.title,
          detail,
        });
      }
    });
    return this.get(milestoneId);
  }

  private query() {
    return this.db
      .getRepository(MilestoneEntity)
      .createQueryBuilder('milestone')
      .leftJoinAndSelect('milestone.group', 'grp')
      .orderBy('milestone.due_on', 'ASC')
      .addOrderBy('milestone.id', 'ASC');
  }

  private async get(id: string): Promise<Milestone> {
    return toMilestone(await this.query().where('milestone.id = :id', { id }).getOneOrFail(), commissionDay(this.clock.now()));
  }
}
