import { ActivityChainReport, ActivityEvent, ActivityQuerySchema, Page } from '@cocrea/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { RequirePermission } from '../common/route-access';
import { ActivityLog } from './activity-log';
import { CommissionAudit } from './commission-audit';

class ActivityQueryDto extends createZodDto(ActivityQuerySchema) {}

/** Who changed what in the commission (admins and secretaries), and the check that the trail was not rewritten (admins). */
@ApiTags('audit')
@Controller('audit/activity')
export class ActivityController {
  constructor(
    private readonly log: ActivityLog,
    private readonly audit: CommissionAudit,
  ) {}

  @RequirePermission('audit.read')
  @Get()
  list(@Query() query: ActivityQueryDto): Promise<Page<ActivityEvent>> {
    return this.log.list(query);
  }

  @RequirePermission('audit.verify')
  @Get('verify')
  verify(): Promise<ActivityChainReport> {
    return this.audit.check();
  }
}
