import { Module } from '@nestjs/common';
import { LogMailer, Mailer } from './mailer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, LogMailer, { provide: Mailer, useExisting: LogMailer }],
  exports: [NotificationsService, Mailer],
})
export class NotificationsModule {}
