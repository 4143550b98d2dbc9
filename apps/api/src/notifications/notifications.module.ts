import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DigestService } from './digest.service';
import { DueNotices } from './due-notices';
import { LogMailer, Mailer } from './mailer';
import { MailOutboxController } from './mail-outbox.controller';
import { Notices } from './notices';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxWorker } from './outbox-worker';
import { OutboxService } from './outbox.service';
import { SmtpMailer } from './smtp-mailer';

@Module({
  controllers: [NotificationsController, MailOutboxController],
  providers: [
    NotificationsService,
    Notices,
    DueNotices,
    OutboxService,
    OutboxWorker,
    DigestService,
    LogMailer,
    {
      provide: Mailer,
      inject: [APP_CONFIG, LogMailer],
      useFactory: (config: AppConfig, log: LogMailer): Mailer => (config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : log),
    },
  ],
  exports: [NotificationsService, Notices, DueNotices, OutboxService, OutboxWorker, Mailer],
})
export class NotificationsModule {}
