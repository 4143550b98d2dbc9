import { NotificationKind } from '@cocrea/contracts';
import { addDays, commissionDay, dueState, isActiveOn } from '@cocrea/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../common/clock';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { DeliverableEntity } from '../deliverables/deliverable.entity';
import { OPEN_STATUSES } from '../groups/dashboard.service';
import { GroupMemberEntity } from '../groups/group-member.entity';
import { MilestoneEntity } from '../groups/milestone.entity';
import { dueMail } from './mail-templates';
import { NotificationsService } from './notifications.service';

/** "Due soon" covers today and the next six days: a week's notice. */
export const DUE_SOON_DAYS = 7;
/** An item overdue longer than this is not announced any more (a job that was down catches up a week, not years). */
export const OVERDUE_CATCH_UP_DAYS = 7;
/** The job runs this often; each run only sends what no earlier run sent, so running often costs little. */
const RUN_EVERY_MS = 3_600_000;

interface DueItem {
  itemKind: 'deliverable' | 'milestone';
  id: string;
  title: string;
  dueOn: string;
  link: string;
  groupId: string | null;
  commissionId: string;
  /** People named on the item (a deliverable's owner and contributors); empty means the coordination is told. */
  named: string[];
}

/**
 * The daily job that tells people about deliverables and milestones due within a week and past due. Idempotent:
 * each notice claims a `due_notices` row first (item, kind, due day), so a second run, or another api instance,
 * sends nothing twice. Runs on an interval in the api; tests call `run` with the day they want.
 */
@Injectable()
export class DueNotices implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DueNotices.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.error({ msg: 'due notices failed', error: String(error) }));
    }, RUN_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Sends the notices due on `today` (a commission day, YYYY-MM-DD); answers how many items were announced. */
  async run(today = commissionDay(this.clock.now())): Promise<number> {
    let announced = 0;
    for (const item of await this.dueItems(today)) {
      const kind = dueState(item.dueOn, false, today, DUE_SOON_DAYS);
      if (!kind) continue;
      const afterCommit = await this.db.transaction((em) => this.announce(em, item, kind, today));
      if (!afterCommit) continue;
      announced += 1;
      await afterCommit();
    }
    return announced;
  }

  private async announce(
    em: EntityManager,
    item: DueItem,
    kind: 'due_soon' | 'overdue',
    today: string,
  ): Promise<(() => Promise<void>) | null> {
    const recipients = item.named.length ? item.named : await this.coordinationOf(em, item, today);
    const claimed = (await em.query(
      `INSERT INTO due_notices (item_kind, item_id, kind, due_on, recipients) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING item_id`,
      [item.itemKind, item.id, kind, item.dueOn, recipients.length],
    )) as unknown[];
    if (claimed.length === 0) return null;
    const what = item.itemKind === 'deliverable' ? 'El producto' : 'El hito';
    return this.notifications.notify(em, recipients, {
      kind: kind satisfies NotificationKind,
      title: `${kind === 'due_soon' ? 'Vence pronto' : 'Vencido'}: ${item.title}`,
      body: `${what} «${item.title}» ${kind === 'due_soon' ? 'vence el' : 'venció el'} ${item.dueOn}.`,
      link: item.link,
      mailText: dueMail(kind, item.itemKind, item.title, item.dueOn),
    });
  }

  /** Who answers for an item nobody is named on: its group's coordinators, or the commission's chair and secretary. */
  private async coordinationOf(em: EntityManager, item: DueItem, today: string): Promise<string[]> {
    if (item.groupId) {
      const coordinators = await em.findBy(GroupMemberEntity, { groupId: item.groupId, role: 'coordinator' });
      return coordinators.map((m) => m.personId);
    }
    const officers = await em.findBy(CommissionMemberEntity, { commissionId: item.commissionId, role: In(['chair', 'secretary']) });
    return [...new Set(officers.filter((m) => isActiveOn(m, today)).map((m) => m.personId))];
  }

  /** Unfinished items of active groups (and commission milestones) due from a week ago to a week ahead. */
  private async dueItems(today: string): Promise<DueItem[]> {
    const from = addDays(today, -OVERDUE_CATCH_UP_DAYS);
    const until = addDays(today, DUE_SOON_DAYS);
    const deliverables = await this.db
      .getRepository(DeliverableEntity)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.group', 'grp')
      .where(`grp.status = 'active' AND d.status IN (:...open)`, { open: OPEN_STATUSES })
      .andWhere('d.due_on >= :from AND d.due_on < :until', { from, until })
      .getMany();
    const milestones = await this.db
      .getRepository(MilestoneEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.group', 'grp')
      .where(`m.completed_on IS NULL AND (m.group_id IS NULL OR grp.status = 'active')`)
      .andWhere('m.due_on >= :from AND m.due_on < :until', { from, until })
      .getMany();
    return [
      ...deliverables.map((d) => ({
        itemKind: 'deliverable' as const,
        id: d.id,
        title: d.title,
        dueOn: d.dueOn as string,
        link: `/groups/deliverables/${d.id}`,
        groupId: d.groupId,
        commissionId: d.group.commissionId,
        named: [...new Set([...(d.ownerId ? [d.ownerId] : []), ...d.contributorIds])],
      })),
      ...milestones.map((m) => ({
        itemKind: 'milestone' as const,
        id: m.id,
        title: m.commitment ? `${m.commitment}: ${m.title}` : m.title,
        dueOn: m.dueOn,
        link: m.groupId ? `/groups/${m.groupId}` : '/groups/roadmap',
        groupId: m.groupId,
        commissionId: m.commissionId,
        named: [],
      })),
    ];
  }
}
