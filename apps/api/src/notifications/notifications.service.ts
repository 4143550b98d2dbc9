import { AppNotification, NotificationKind, NotificationQuery, Page } from '@cocrea/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { paginate } from '../common/pagination';
import { notFound } from '../common/problem';
import { PersonEntity } from '../people/person.entity';
import { Mailer } from './mailer';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
}

const toNotification = (n: NotificationEntity): AppNotification => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Stores one in-app notification per person inside the caller's transaction; the returned task sends the
   * mail after it commits. A mail that fails is logged, never thrown: the change it announces already happened.
   */
  async notify(em: EntityManager, personIds: string[], notification: NewNotification): Promise<() => Promise<void>> {
    if (personIds.length === 0) return async () => undefined;
    await em.insert(
      NotificationEntity,
      personIds.map((personId) => ({ personId, ...notification })),
    );
    const people = await em.find(PersonEntity, { where: { id: In(personIds) }, select: { id: true, email: true } });
    return async () => {
      for (const person of people) {
        try {
          await this.mailer.send({ to: person.email, subject: notification.title, text: notification.body });
        } catch (error) {
          this.logger.error({ msg: 'mail not sent', personId: person.id, subject: notification.title, error: String(error) });
        }
      }
    };
  }

  list(personId: string, query: NotificationQuery): Promise<Page<AppNotification>> {
    const qb = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.person_id = :personId', { personId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'ASC');
    if (query.unread === 'true') qb.andWhere('n.read_at IS NULL');
    if (query.unread === 'false') qb.andWhere('n.read_at IS NOT NULL');
    return paginate(qb, query, toNotification);
  }

  async markRead(personId: string, id: string): Promise<AppNotification> {
    const repository = this.db.getRepository(NotificationEntity);
    const notification = await repository.findOneBy({ id, personId });
    if (!notification) throw notFound('una notificación', 'notification');
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repository.save(notification);
    }
    return toNotification(notification);
  }
}
