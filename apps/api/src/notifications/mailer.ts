import { Injectable, Logger } from '@nestjs/common';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

/** The one swap point for outgoing mail: SmtpMailer when SMTP_URL is set, LogMailer otherwise. Only the outbox worker calls it. */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}

/** How many of the latest mails the log transport keeps for inspection: it runs for months in production. */
const KEPT_MAILS = 100;

/** Default transport: writes each mail's recipient and subject to the log (pino) instead of sending it; never its body. */
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
