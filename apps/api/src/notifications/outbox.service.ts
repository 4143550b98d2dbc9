import { Locale, MailKind, OutboxMail, OutboxQuery, Page } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { paginate } from '../common/pagination';
import { LocalizedMail, renderMail } from './mail-templates';
import { MailAttachment } from './mailer';
import { OutboxMailEntity } from './outbox-mail.entity';

export interface Recipient {
  id: string;
  email: string;
  locale: Locale;
}

export interface QueuedMail {
  kind: MailKind;
  content: LocalizedMail;
  attachments?: MailAttachment[];
  /** Carries a sign-in link: its bodies are erased once it is sent or given up. */
  sensitive?: boolean;
}

const toOutboxMail = (m: OutboxMailEntity): OutboxMail => ({
  id: m.id,
  kind: m.kind,
  to: m.to,
  subject: m.subject,
  state: m.state,
  attempts: m.attempts,
  nextAttemptAt: m.state === 'pending' ? m.nextAttemptAt.toISOString() : null,
  lastError: m.lastError,
  sentAt: m.sentAt?.toISOString() ?? null,
  createdAt: m.createdAt.toISOString(),
});

/**
 * The durable outbox: mail is queued in the caller's transaction (so it goes out exactly when the change it
 * announces commits) and the OutboxWorker sends it. Nothing else writes to `mail_outbox`.
 */
@Injectable()
export class OutboxService {
  private readonly wakers = new Set<() => void>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Queues one mail per recipient, each in their own language. Call `wake()` after the transaction commits. */
  async enqueue(em: EntityManager, recipients: Recipient[], mail: QueuedMail): Promise<void> {
    if (recipients.length === 0) return;
    await em.insert(
      OutboxMailEntity,
      recipients.map((r) => {
        const rendered = renderMail(r.locale, mail.content[r.locale]);
        return {
          personId: r.id,
          kind: mail.kind,
          to: r.email,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          attachments: mail.attachments ?? [],
          sensitive: mail.sensitive ?? false,
        };
      }),
    );
  }

  /** Tells the worker there is mail now instead of at its next poll. */
  wake(): void {
    for (const waker of this.wakers) waker();
  }

  onWake(waker: () => void): () => void {
    this.wakers.add(waker);
    return () => this.wakers.delete(waker);
  }

  async list(query: OutboxQuery): Promise<Page<OutboxMail>> {
    const qb = this.db.getRepository(OutboxMailEntity).createQueryBuilder('m').orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'ASC');
    if (query.state) qb.where('m.state = :state', { state: query.state });
    return paginate(qb, query, toOutboxMail);
  }
}
