import { Amendment } from '@cocrea/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { AmendmentsService } from './amendments.service';

@ApiTags('documents')
@Controller('meetings/:meetingId/amendments')
export class AmendmentsController {
  constructor(private readonly amendments: AmendmentsService) {}

  /** The document amendments sent to this session; its room decides them with a poll. */
  @Authenticated()
  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') meetingId: string): Promise<Amendment[]> {
    return this.amendments.list(user.me, meetingId);
  }
}
