import { Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../audit';
import { AttachmentsModule } from '../attachments';
import { AuthModule } from '../auth';
import { NotificationsModule } from '../notifications';
import { provideAgreementLedger } from '../meetings';
import { agreementsLedger } from './agreement-ledger';
import { AgreementsController } from './agreements.controller';
import { AgreementsService } from './agreements.service';

@Module({
  imports: [AuthModule, AttachmentsModule, AuditModule, NotificationsModule],
  controllers: [AgreementsController],
  providers: [AgreementsService],
  exports: [AgreementsService],
})
export class AgreementsModule implements OnModuleInit {
  /** The room records agreements and reads their numbers through this ledger (meetings/agreement-ledger.ts). */
  onModuleInit(): void {
    provideAgreementLedger(agreementsLedger);
  }
}
