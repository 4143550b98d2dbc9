import { NotificationKind } from '@cocrea/contracts';
import { addDays, commissionDay, dueState, isActiveOn } from '@cocrea/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../common/clock';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { DueItem, dueItemsBetween, groupCoordinators } from './due-items';
import { dueMail } from './mail-templates';
import { NotificationsService } from './notifications.service';

/** "Due soon" covers today and the next six days: a week's notice. */
export const DUE_SOON_DAYS = 7;
/** An item overdue longer than this is not announced any more (a job that was down catches up a week, not years). */
export const OVERDUE_CATCH_UP_DAYS = 7;
/** The job runs this often; each run only sends what no earlier run sent, so running often costs little. */
const RUN_EVERY_MS = 3_600_000;

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
    if (item.groupId) return groupCoordinators(em, item.groupId);
    const officers = await em.findBy(CommissionMemberEntity, { commissionId: item.commissionId, role: In(['chair', 'secretary']) });
    return [...new Set(officers.filter((m) => isActiveOn(m, today)).map((m) => m.personId))];
  }

  /** Unfinished items of active groups (and commission milestones) due from a week ago to a week ahead. */
  private dueItems(today: string): Promise<DueItem[]> {
    return dueItemsBetween(this.db.manager, addDays(today, -OVERDUE_CATCH_UP_DAYS), addDays(today, DUE_SOON_DAYS));
  }
}
