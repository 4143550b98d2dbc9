import { Injectable, Logger } from '@nestjs/common';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** The one swap point for outgoing mail: an SMTP or API transport implements it in production. */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}

/** How many of the latest mails the log transport keeps for inspection: it runs for months in production. */
const KEPT_MAILS = 100;

/** Default transport: writes each mail to the log (pino) instead of sending it. */
@Injectable()
export class LogMailer extends Mailer {
  private readonly logger = new Logger('Mailer');
  /** Mails written since start. */
  sentCount = 0;
  /** The latest mails, oldest first, at most KEPT_MAILS. */
  readonly recent: OutgoingMail[] = [];

  async send(mail: OutgoingMail): Promise<void> {
    this.sentCount += 1;
    this.recent.push(mail);
    if (this.recent.length > KEPT_MAILS) this.recent.shift();
    this.logger.log({ msg: 'mail (log transport)', to: mail.to, subject: mail.subject });
  }
}
