import {
  AddOtherBusinessSchema,
  CreateMeetingSchema,
  CreateRepresentationSchema,
  DeclareRecusalSchema,
  MeetingCallSuggestion,
  MeetingMinutes,
  MeetingQuerySchema,
  MeetingState,
  MeetingSummary,
  MeetingTransitionSchema,
  OrderSpeakersSchema,
  Page,
  RecordAttendanceSchema,
  RecordDecisionSchema,
  SetCurrentItemSchema,
  UpdateMinutesSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, Header, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { MeetingsService } from './meetings.service';

class MeetingQueryDto extends createZodDto(MeetingQuerySchema) {}
class CreateMeetingDto extends createZodDto(CreateMeetingSchema) {}
class RecordAttendanceDto extends createZodDto(RecordAttendanceSchema) {}
class CreateRepresentationDto extends createZodDto(CreateRepresentationSchema) {}
class RecordDecisionDto extends createZodDto(RecordDecisionSchema) {}
class SetCurrentItemDto extends createZodDto(SetCurrentItemSchema) {}
class AddOtherBusinessDto extends createZodDto(AddOtherBusinessSchema) {}
class DeclareRecusalDto extends createZodDto(DeclareRecusalSchema) {}
class OrderSpeakersDto extends createZodDto(OrderSpeakersSchema) {}
class MeetingTransitionDto extends createZodDto(MeetingTransitionSchema) {}
class UpdateMinutesDto extends createZodDto(UpdateMinutesSchema) {}

/**
 * Formal sessions. Routes under a session need a session cookie or token; who may do what in it
 * (chair, secretary, member, representative) is decided by MeetingsService from the caller's roles.
 * Every command answers the session's full state, the same one the live room receives.
 */
@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Authenticated()
  @Get('commissions/:commissionId/meetings')
  list(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Query() query: MeetingQueryDto,
  ): Promise<Page<MeetingSummary>> {
    return this.meetings.list(user.me, commissionId, query);
  }

  @RequirePermission('meetings.manage', 'commissionId')
  @Get('commissions/:commissionId/meetings/call-suggestion')
  callSuggestion(@UuidParam('commissionId') commissionId: string): Promise<MeetingCallSuggestion> {
    return this.meetings.callSuggestion(commissionId);
  }

  @RequirePermission('meetings.manage', 'commissionId')
  @Post('commissions/:commissionId/meetings')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Body() body: CreateMeetingDto,
  ): Promise<MeetingState> {
    return this.meetings.create(user.me, commissionId, body);
  }

  @Authenticated()
  @Get('meetings/:meetingId')
  get(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<MeetingState> {
    return this.meetings.state(user.me, id);
  }

  @Authenticated()
  @Post('meetings/:meetingId/convene')
  @HttpCode(200)
  convene(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: MeetingTransitionDto,
  ): Promise<MeetingState> {
    return this.meetings.convene(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/open')
  @HttpCode(200)
  open(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: MeetingTransitionDto,
  ): Promise<MeetingState> {
    return this.meetings.open(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/close')
  @HttpCode(200)
  close(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: MeetingTransitionDto,
  ): Promise<MeetingState> {
    return this.meetings.close(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/representations')
  addRepresentation(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: CreateRepresentationDto,
  ): Promise<MeetingState> {
    return this.meetings.addRepresentation(user.me, id, body);
  }

  @Authenticated()
  @Put('meetings/:meetingId/attendance/:personId')
  recordAttendance(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('personId') personId: string,
    @Body() body: RecordAttendanceDto,
  ): Promise<MeetingState> {
    return this.meetings.recordAttendance(user.me, id, personId, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/decisions')
  recordDecision(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: RecordDecisionDto,
  ): Promise<MeetingState> {
    return this.meetings.recordDecision(user.me, id, body);
  }

  @Authenticated()
  @Put('meetings/:meetingId/current-item')
  setCurrentItem(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: SetCurrentItemDto,
  ): Promise<MeetingState> {
    return this.meetings.setCurrentItem(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/other-business')
  addOtherBusiness(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: AddOtherBusinessDto,
  ): Promise<MeetingState> {
    return this.meetings.addOtherBusiness(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/recusals')
  declareRecusal(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: DeclareRecusalDto,
  ): Promise<MeetingState> {
    return this.meetings.declareRecusal(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers')
  requestFloor(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<MeetingState> {
    return this.meetings.requestFloor(user.me, id);
  }

  @Authenticated()
  @Put('meetings/:meetingId/speakers/order')
  orderSpeakers(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: OrderSpeakersDto,
  ): Promise<MeetingState> {
    return this.meetings.orderSpeakers(user.me, id, body);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers/:entryId/give')
  @HttpCode(200)
  giveFloor(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('entryId') entryId: string,
  ): Promise<MeetingState> {
    return this.meetings.giveFloor(user.me, id, entryId);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers/:entryId/finish')
  @HttpCode(200)
  finishFloor(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('entryId') entryId: string,
  ): Promise<MeetingState> {
    return this.meetings.finishFloor(user.me, id, entryId);
  }

  @Authenticated()
  @Post('meetings/:meetingId/speakers/:entryId/withdraw')
  @HttpCode(200)
  withdrawFromFloor(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @UuidParam('entryId') entryId: string,
  ): Promise<MeetingState> {
    return this.meetings.withdrawFromFloor(user.me, id, entryId);
  }

  @Authenticated()
  @Get('meetings/:meetingId/minutes')
  minutes(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') id: string): Promise<MeetingMinutes> {
    return this.meetings.minutes(user.me, id);
  }

  @Authenticated()
  @Put('meetings/:meetingId/minutes')
  updateMinutes(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Body() body: UpdateMinutesDto,
  ): Promise<MeetingMinutes> {
    return this.meetings.updateMinutes(user.me, id, body);
  }

  @Authenticated()
  @Get('meetings/:meetingId/minutes.md')
  @Header('Cache-Control', 'no-store')
  async minutesMarkdown(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const minutes = await this.meetings.minutes(user.me, id);
    response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="acta-${id}.md"`);
    response.send(minutes.markdown);
  }
}
