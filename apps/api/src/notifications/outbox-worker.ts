import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DigestService } from './digest.service';
import { Mailer } from './mailer';
import { OutboxService } from './outbox.service';
import { StoredAttachment } from './outbox-mail.entity';

/** Mails claimed per round. */
const BATCH = 10;
/** A mail is given up (state `failed`) after this many tries. */
export const MAX_ATTEMPTS = 8;
/** How long a claim holds: a worker that died mid-send leaves its mails to another after this. */
const CLAIM_SECONDS = 300;

/** Seconds to wait after the n-th failed try: 30 s, 1 min, 2 min ... capped at 6 h. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** (attempts - 1), 6 * 3600);
}

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  text: string | null;
  html: string | null;
  attachments: StoredAttachment[];
  attempts: number;
}

/**
 * Sends the outbox. Each round claims due mails with `FOR UPDATE SKIP LOCKED`, so two api instances never take the
 * same row; a claim is a lease (`next_attempt_at` in the future), so a crashed instance's mails are retried. A failed
 * send is retried with back-off until MAX_ATTEMPTS. Requests never wait for any of this.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private unsubscribe?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly outbox: OutboxService,
    private readonly digests: DigestService,
  ) {}

  onApplicationBootstrap(): void {
    this.unsubscribe = this.outbox.onWake(() => void this.tick());
    this.timer = setInterval(() => void this.tick(), this.config.mailPollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearInterval(this.timer);
    await this.running;
  }

  /** One round now (or right after the current one). Resolves when the outbox has no due mail left. */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    try {
      await this.digests.queueDue();
      do {
        this.again = false;
        const claimed = await this.claim();
        for (const row of claimed) await this.deliver(row);
        if (claimed.length === BATCH) this.again = true;
      } while (this.again && !this.stopped);
    } catch (error) {
      this.logger.error({ msg: 'outbox round failed', error: String(error) });
    }
  }

  private async claim(): Promise<ClaimedRow[]> {
    const [rows] = (await this.db.query(
      `UPDATE mail_outbox SET state = 'sending', attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
       WHERE id IN (
         SELECT id FROM mail_outbox WHERE state IN ('pending', 'sending') AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, to_address, subject, text, html, attachments, attempts`,
      [BATCH, CLAIM_SECONDS],
    )) as [ClaimedRow[], number];
    return rows;
  }

  private async deliver(row: ClaimedRow): Promise<void> {
    try {
      await this.mailer.send({
        to: row.to_address,
        subject: row.subject,
        text: row.text ?? '',
        html: row.html ?? undefined,
        attachments: row.attachments,
      });
      await this.db.query(
        `UPDATE mail_outbox SET state = 'sent', sent_at = now(), last_error = NULL,
           text = CASE WHEN sensitive THEN NULL ELSE text END, html = CASE WHEN sensitive THEN NULL ELSE html END
         WHERE id = $1`,
        [row.id],
      );
    } catch (error) {
      const failed = row.attempts >= MAX_ATTEMPTS;
      // The transport's message names the server's answer; it never holds the mail's body.
      this.logger.warn({
        msg: failed ? 'mail given up' : 'mail will be retried',
        mailId: row.id,
        attempts: row.attempts,
        error: String(error),
      });
      await this.db.query(
        `UPDATE mail_outbox SET state = CASE WHEN $2::boolean THEN 'failed' ELSE 'pending' END, last_error = $3,
           next_attempt_at = now() + make_interval(secs => $4),
           text = CASE WHEN sensitive AND $2::boolean THEN NULL ELSE text END, html = CASE WHEN sensitive AND $2::boolean THEN NULL ELSE html END
         WHERE id = $1`,
        [row.id, failed, String(error).slice(0, 500), backoffSeconds(row.attempts)],
      );
    }
  }
}
