import { AddInvitedParticipantSchema, MeetingState } from '@cocrea/contracts';
import { Body, Controller, Delete, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { InvitedParticipantsService } from './invited-participants.service';

class AddInvitedParticipantDto extends createZodDto(AddInvitedParticipantSchema) {}

/** Guests in a session's attendance; chair and secretary record them (checked by the service). */
@ApiTags('meetings')
@Controller()
export class InvitedParticipantsController {
  constructor(private readonly invited: InvitedParticipantsService) {}

  @Authenticated()
  @Post('meetings/:meetingId/invited-participants')
  add(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: AddInvitedParticipantDto,
  ): Promise<MeetingState> {
    return this.invited.add(user.me, id, body);
  }

  @Authenticated()
  @Delete('meetings/:meetingId/invited-participants/:participantId')
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('participantId') participantId: string,
  ): Promise<MeetingState> {
    return this.invited.remove(user.me, id, participantId);
  }
}
