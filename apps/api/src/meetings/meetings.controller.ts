import {
  AddOtherBusinessSchema,
  AddSpeakerSchema,
  CancelMeetingSchema,
  SelfCheckInSchema,
  UpdateMeetingSchema,
  UpdateRepresentationSchema,
  WithdrawRepresentationSchema,
  CreateMeetingSchema,
  CreateRepresentationSchema,
  DeclareRecusalSchema,
  MeetingCallSuggestion,
  MeetingChange,
  MeetingMinutes,
  MeetingQuerySchema,
  MeetingState,
  SessionAuditReport,
  MeetingSummary,
  MeetingTransitionSchema,
  OrderSpeakersSchema,
  Page,
  RecordAttendanceBatchSchema,
  RecordAttendanceSchema,
  RecordDecisionSchema,
  SetCurrentItemSchema,
  UpdateMinutesSchema,
} from '@cocrea/contracts';
import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, RequirePermission } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { AgendaService } from './agenda.service';
import { FloorService } from './floor.service';
import { LettersService } from './letters.service';
import { MeetingCallService } from './meeting-call.service';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';
import { RollCallService } from './roll-call.service';

class MeetingQueryDto extends createZodDto(MeetingQuerySchema) {}
class CreateMeetingDto extends createZodDto(CreateMeetingSchema) {}
class RecordAttendanceDto extends createZodDto(RecordAttendanceSchema) {}
class RecordAttendanceBatchDto extends createZodDto(RecordAttendanceBatchSchema) {}
class CreateRepresentationDto extends createZodDto(CreateRepresentationSchema) {}
class RecordDecisionDto extends createZodDto(RecordDecisionSchema) {}
class SetCurrentItemDto extends createZodDto(SetCurrentItemSchema) {}
class AddOtherBusinessDto extends createZodDto(AddOtherBusinessSchema) {}
class DeclareRecusalDto extends createZodDto(DeclareRecusalSchema) {}
class OrderSpeakersDto extends createZodDto(OrderSpeakersSchema) {}
class MeetingTransitionDto extends createZodDto(MeetingTransitionSchema) {}
class UpdateMinutesDto extends createZodDto(UpdateMinutesSchema) {}
class UpdateMeetingDto extends createZodDto(UpdateMeetingSchema) {}
class CancelMeetingDto extends createZodDto(CancelMeetingSchema) {}
class SelfCheckInDto extends createZodDto(SelfCheckInSchema) {}
class UpdateRepresentationDto extends createZodDto(UpdateRepresentationSchema) {}
class WithdrawRepresentationDto extends createZodDto(WithdrawRepresentationSchema) {}
class AddSpeakerDto extends createZodDto(AddSpeakerSchema) {}

/**
 * Formal sessions. Routes under a session need a session cookie or token; who may do what in it
 * (chair, secretary, member, representative) is decided by the meeting services from the caller's roles.
 * Every command answers the session's full state, the same one the live room receives.
 */
@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly calls: MeetingCallService,
    private readonly rollCall: RollCallService,
    private readonly agenda: AgendaService,
    private readonly floor: FloorService,
    private readonly minutesService: MinutesService,
    private readonly letters: LettersService,
  ) {}

  @Authenticated()
  @Get('commissions/:commissionId/meetings')
  list(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Query() query: MeetingQueryDto,
  ): Promise<Page<MeetingSummary>> {
    return this.calls.list(user.me, commissionId, query);
  }

  @RequirePermission('meetings.manage', 'commissionId')
  @Get('commissions/:commissionId/meetings/call-suggestion')
  callSuggestion(@UuidParam('commissionId') commissionId: string): Promise<MeetingCallSuggestion> {
    return this.calls.callSuggestion(commissionId);
  }

  @RequirePermission('meetings.manage', 'commissionId')
  @Post('commissions/:commissionId/meetings')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Body() body: CreateMeetingDto,
  ): Promise<MeetingState> {
    return this.calls.create(user.me, commissionId, body);
  }

  @Authenticated()
  @Get('meetings/:meetingId')
  get(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<MeetingState> {
    return this.meetings.state(user.me, id);
  }

  /** The session's audit trail checked: its chain intact, and the record it describes the one stored. */
  @Authenticated()
  @Get('meetings/:meetingId/audit')
  audit(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<SessionAuditReport> {
    return this.meetings.audited(user.me, id);
  }

  @Authenticated()
  @Patch('meetings/:meetingId')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: UpdateMeetingDto,
  ): Promise<MeetingState> {
    return this.calls.update(user.me, id, body);
  }

  @Authenticated()
  @Delete('meetings/:meetingId')
  @HttpCode(204)
  withdraw(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<void> {
    return this.calls.withdraw(user.me, id);
  }

  @Authenticated()
  @Post('meetings/:meetingId/cancel')
  @HttpCode(200)
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: CancelMeetingDto,
  ): Promise<MeetingState> {
    return this.calls.cancel(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/convene')
  @HttpCode(200)
  convene(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: MeetingTransitionDto,
  ): Promise<MeetingState> {
    return this.calls.convene(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/open')
  @HttpCode(200)
  open(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: MeetingTransitionDto,
  ): Promise<MeetingState> {
    return this.rollCall.open(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/close')
  @HttpCode(200)
  close(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: MeetingTransitionDto,
  ): Promise<MeetingState> {
    return this.rollCall.close(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/representations')
  addRepresentation(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: CreateRepresentationDto,
  ): Promise<MeetingState> {
    return this.rollCall.addRepresentation(user.me, id, body);
  }

  @Authenticated()
  @Patch('meetings/:meetingId/representations/:representationId')
  correctRepresentation(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('representationId') representationId: string,
    @Body() body: UpdateRepresentationDto,
  ): Promise<MeetingState> {
    return this.letters.correct(user.me, id, representationId, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/representations/:representationId/withdraw')
  @HttpCode(200)
  withdrawRepresentation(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('representationId') representationId: string,
    @Body() body: WithdrawRepresentationDto,
  ): Promise<MeetingState> {
    return this.letters.withdraw(user.me, id, representationId, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/attendance/all-present')
  @HttpCode(200)
  markAllPresent(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<MeetingState> {
    return this.rollCall.markAllPresent(user.me, id);
  }

  @Authenticated()
  @Put('meetings/:meetingId/self-check-in')
  setSelfCheckIn(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: SelfCheckInDto,
  ): Promise<MeetingState> {
    return this.rollCall.setSelfCheckIn(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/check-in')
  @HttpCode(200)
  checkIn(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<MeetingState> {
    return this.rollCall.checkIn(user.me, id);
  }

  @Authenticated()
  @Put('meetings/:meetingId/attendance')
  @ApiOperation({ summary: 'Several roll-call entries at once (present, late or absent); answers the one change of all their rows.' })
  recordAttendanceBatch(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: RecordAttendanceBatchDto,
  ): Promise<MeetingChange> {
    return this.rollCall.recordAttendanceBatch(user.me, id, body);
  }

  @Authenticated()
  @Put('meetings/:meetingId/attendance/:personId')
  @ApiOperation({
    summary: 'One roll-call entry; answers the change (the member’s row, the quorum, the new version), not the whole state.',
  })
  recordAttendance(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('personId') personId: string,
    @Body() body: RecordAttendanceDto,
  ): Promise<MeetingChange> {
    return this.rollCall.recordAttendance(user.me, id, personId, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/decisions')
  recordDecision(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: RecordDecisionDto,
  ): Promise<MeetingState> {
    return this.agenda.recordDecision(user.me, id, body);
  }

  @Authenticated()
  @Put('meetings/:meetingId/current-item')
  setCurrentItem(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: SetCurrentItemDto,
  ): Promise<MeetingState> {
    return this.agenda.setCurrentItem(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/other-business')
  addOtherBusiness(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: AddOtherBusinessDto,
  ): Promise<MeetingState> {
    return this.agenda.addOtherBusiness(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/recusals')
  declareRecusal(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: DeclareRecusalDto,
  ): Promise<MeetingState> {
    return this.agenda.declareRecusal(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers')
  requestFloor(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: AddSpeakerDto,
  ): Promise<MeetingState> {
    return this.floor.requestFloor(user.me, id, body);
  }

  @Authenticated()
  @Put('meetings/:meetingId/speakers/order')
  orderSpeakers(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: OrderSpeakersDto,
  ): Promise<MeetingState> {
    return this.floor.orderSpeakers(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers/:entryId/give')
  @HttpCode(200)
  giveFloor(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('entryId') entryId: string,
  ): Promise<MeetingState> {
    return this.floor.giveFloor(user.me, id, entryId);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers/:entryId/finish')
  @HttpCode(200)
  finishFloor(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('entryId') entryId: string,
  ): Promise<MeetingState> {
    return this.floor.finishFloor(user.me, id, entryId);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers/:entryId/withdraw')
  @HttpCode(200)
  withdrawFromFloor(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('entryId') entryId: string,
  ): Promise<MeetingState> {
    return this.floor.withdrawFromFloor(user.me, id, entryId);
  }

  @Authenticated()
  @Get('meetings/:meetingId/minutes')
  minutes(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<MeetingMinutes> {
    return this.minutesService.minutes(user.me, id);
  }

  @Authenticated()
  @Put('meetings/:meetingId/minutes')
  updateMinutes(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: UpdateMinutesDto,
  ): Promise<MeetingMinutes> {
    return this.minutesService.updateMinutes(user.me, id, body);
  }

  @Authenticated()
  @Get('meetings/:meetingId/minutes.md')
  @Header('Cache-Control', 'no-store')
  async minutesMarkdown(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const minutes = await this.minutesService.minutes(user.me, id);
    response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="acta-${id}.md"`);
    response.send(minutes.markdown);
  }
}
