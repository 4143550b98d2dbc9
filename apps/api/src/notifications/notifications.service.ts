import {
  AppNotification,
  DEFAULT_NOTIFICATION_DELIVERY,
  Locale,
  NOTIFICATION_KINDS,
  NotificationKind,
  NotificationPreferences,
  NotificationQuery,
  Page,
  UpdateNotificationPreferences,
} from '@cocrea/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../common/clock';
import { paginate } from '../common/pagination';
import { notFound } from '../common/problem';
import { PersonEntity } from '../people/person.entity';
import { APP_CONFIG, AppConfig } from '../config/config';
import { LocalizedMail, NoticeMail } from './mail-templates';
import { MailAttachment } from './mailer';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';
import { OutboxService } from './outbox.service';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  /** The mail in each language; without it the mail repeats the title and body. */
  mail?: LocalizedMail;
  /** The mail's words in each language, its button leading to `link` (instead of a finished `mail`). */
  mailText?: NoticeMail;
  attachments?: MailAttachment[];
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
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores one in-app notification per person inside the caller's transaction and queues, in the same transaction,
   * a mail for each person who chose e-mail for this kind and may sign in (the digest picks up the others later). The returned task,
   * run after the commit, only wakes the outbox worker: no request waits for a mail server.
   */
  async notify(em: EntityManager, personIds: string[], notification: NewNotification): Promise<() => Promise<void>> {
    if (personIds.length === 0) return async () => undefined;
    const { mail, mailText, attachments, ...stored } = notification;
    await em.insert(
      NotificationEntity,
      personIds.map((personId) => ({ personId, ...stored })),
    );
    const chosen = await em.find(NotificationPreferenceEntity, { where: { personId: In(personIds), kind: notification.kind } });
    const delivery = new Map(chosen.map((p) => [p.personId, p.delivery]));
    const mailed = personIds.filter((id) => (delivery.get(id) ?? DEFAULT_NOTIFICATION_DELIVERY) === 'email');
    if (mailed.length === 0) return async () => undefined;
    // Nobody who cannot sign in (a disabled account, a deactivated person) is mailed; the notice waits in the app.
    const people = await em.find(PersonEntity, {
      where: { id: In(mailed), accountDisabledAt: IsNull(), deactivatedAt: IsNull() },
      select: { id: true, email: true, locale: true },
    });
    if (people.length === 0) return async () => undefined;
    const url = notification.link ? `${this.config.appUrl}${notification.link}` : undefined;
    const plain = (label: string) => ({
      subject: notification.title,
      paragraphs: [notification.body],
      action: url ? { label, url } : undefined,
    });
    const written = (locale: Locale) => {
      const { actionLabel, ...words } = (mailText as NoticeMail)[locale];
      return { ...words, action: url ? { label: actionLabel, url } : undefined };
    };
    await this.outbox.enqueue(em, people, {
      kind: notification.kind,
      content:
        mail ??
        (mailText ? { 'es-MX': written('es-MX'), en: written('en') } : { 'es-MX': plain('Abrir en Cocrea'), en: plain('Open in Cocrea') }),
      attachments,
    });
    return async () => this.outbox.wake();
  }

  async preferences(personId: string): Promise<NotificationPreferences> {
    const rows = await this.db.getRepository(NotificationPreferenceEntity).findBy({ personId });
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? DEFAULT_NOTIFICATION_DELIVERY]),
    ) as NotificationPreferences;
  }

  async updatePreferences(personId: string, changes: UpdateNotificationPreferences): Promise<NotificationPreferences> {
    const rows = Object.entries(changes).map(([kind, delivery]) => ({ personId, kind: kind as NotificationKind, delivery }));
    if (rows.length) await this.db.getRepository(NotificationPreferenceEntity).upsert(rows, ['personId', 'kind']);
    return this.preferences(personId);
  }

  /** The unread count, for the home and the bell. */
  unreadCount(personId: string): Promise<number> {
    return this.db.getRepository(NotificationEntity).count({ where: { personId, readAt: IsNull() } });
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
      notification.readAt = this.clock.now();
      await repository.save(notification);
    }
    return toNotification(notification);
  }
}
