import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { AttachmentsModule } from '../attachments';
import { AuthModule } from '../auth';
import { NotificationsModule } from '../notifications';
import { AgreementsController } from './agreements.controller';
import { AgreementsService } from './agreements.service';

@Module({
  imports: [AuthModule, AttachmentsModule, AuditModule, NotificationsModule],
  controllers: [AgreementsController],
  providers: [AgreementsService],
  exports: [AgreementsService],
})
export class AgreementsModule {}
