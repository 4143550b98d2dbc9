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

/** Default transport: writes each mail to the log (pino) instead of sending it. */
@Injectable()
export class LogMailer extends Mailer {
  private readonly logger = new Logger('Mailer');
  readonly sent: OutgoingMail[] = [];

  async send(mail: OutgoingMail): Promise<void> {
    this.sent.push(mail);
    this.logger.log({ msg: 'mail (log transport)', to: mail.to, subject: mail.subject });
  }
}
