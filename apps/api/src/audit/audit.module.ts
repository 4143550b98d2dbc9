import { Module } from '@nestjs/common';
import { ActivityController } from './activity.controller';
import { ActivityLog } from './activity-log';
import { CommissionAudit } from './commission-audit';
import { SessionAudit } from './session-audit';

/** The audit domain: the trails that let anyone check the record was not changed behind its back. */
@Module({
  controllers: [ActivityController],
  providers: [SessionAudit, CommissionAudit, ActivityLog],
  exports: [SessionAudit, CommissionAudit, ActivityLog],
})
export class AuditModule {}
