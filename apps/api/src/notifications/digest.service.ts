import { Locale } from '@cocrea/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { digestMail } from './mail-templates';
import { OutboxService } from './outbox.service';

/** A digest gathers notifications for a day: it goes out once the oldest one waiting is this old. */
export const DIGEST_HOURS = 24;

interface Waiting {
  person_id: string;
  email: string;
  locale: Locale;
  ids: string[];
  titles: string[];
  links: Array<string | null>;
}

/**
 * The daily digest for the kinds a person chose to receive that way: at most one mail a day, listing every
 * such notification not yet carried by a digest. Run by the outbox worker each round; idempotent.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async queueDue(now = this.clock.now()): Promise<number> {
    return this.db.transaction(async (em) => {
      const waiting = (await em.query(
        `SELECT n.person_id, p.email, p.locale, array_agg(n.id ORDER BY n.created_at) AS ids,
                array_agg(n.title ORDER BY n.created_at) AS titles, array_agg(n.link ORDER BY n.created_at) AS links
         FROM notifications n
         JOIN notification_preferences np ON np.person_id = n.person_id AND np.kind = n.kind AND np.delivery = 'digest'
         JOIN people p ON p.id = n.person_id AND p.account_disabled_at IS NULL AND p.deactivated_at IS NULL
         WHERE n.digested_at IS NULL
         GROUP BY n.person_id, p.email, p.locale
         HAVING min(n.created_at) <= $1::timestamptz - make_interval(hours => $2)`,
        [now.toISOString(), DIGEST_HOURS],
      )) as Waiting[];
      let queued = 0;
      for (const person of waiting) {
        // Marking first, only what is still unmarked: another instance's round that got there first wins.
        const [marked] = (await em.query(
          `UPDATE notifications SET digested_at = $1 WHERE id = ANY($2::uuid[]) AND digested_at IS NULL RETURNING id`,
          [now.toISOString(), person.ids],
        )) as [unknown[], number];
        if (marked.length !== person.ids.length) continue;
        const lines = person.titles.map((title, i) => ({ title, url: person.links[i] ? `${this.config.appUrl}${person.links[i]}` : null }));
        await this.outbox.enqueue(em, [{ id: person.person_id, email: person.email, locale: person.locale }], {
          kind: 'digest',
          content: digestMail(lines, `${this.config.appUrl}/inicio`),
        });
        queued += 1;
      }
      return queued;
    });
  }
}
