import {
  BallotReceipt,
  CastBallotSchema,
  ClosePollSchema,
  OpenPollSchema,
  CreatePollSchema,
  PollState,
  RecordRollCallVoteSchema,
  RecordShowOfHandsSchema,
  UpdatePollSchema,
  VotingRight,
} from '@cocrea/contracts';
import { Body, Controller, Get, Header, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { BallotsService } from './ballots.service';
import { pollPdf, sendPollCsv } from './poll-export';
import { PollsService } from './polls.service';

class CreatePollDto extends createZodDto(CreatePollSchema) {}
class UpdatePollDto extends createZodDto(UpdatePollSchema) {}
class ClosePollDto extends createZodDto(ClosePollSchema) {}
class OpenPollDto extends createZodDto(OpenPollSchema) {}
class CastBallotDto extends createZodDto(CastBallotSchema) {}
class RecordRollCallVoteDto extends createZodDto(RecordRollCallVoteSchema) {}
class RecordShowOfHandsDto extends createZodDto(RecordShowOfHandsSchema) {}

/**
 * Polls of a session. Who may do what is decided by the services from the caller's place in the session:
 * chair and secretary draft, open, close, record roll-call votes and record a show of hands (which closes it); voting members present and the proxies the
 * roll call records cast ballots; everyone in the room reads.
 */
@ApiTags('voting')
@Controller()
export class PollsController {
  constructor(
    private readonly polls: PollsService,
    private readonly ballots: BallotsService,
  ) {}

  @Authenticated()
  @Get('meetings/:meetingId/polls')
  list(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') meetingId: string): Promise<PollState[]> {
    return this.polls.list(user.me, meetingId);
  }

  @Authenticated()
  @Post('meetings/:meetingId/polls')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('meetingId') meetingId: string,
    @Body() body: CreatePollDto,
  ): Promise<PollState> {
    return this.polls.create(user.me, meetingId, body);
  }

  @Authenticated()
  @Get('polls/:pollId')
  get(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string): Promise<PollState> {
    return this.polls.get(user.me, pollId);
  }

  @Authenticated()
  @Patch('polls/:pollId')
  update(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string, @Body() body: UpdatePollDto): Promise<PollState> {
    return this.polls.update(user.me, pollId, body);
  }

  @Authenticated()
  @Post('polls/:pollId/open')
  @HttpCode(200)
  open(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string, @Body() body: OpenPollDto): Promise<PollState> {
    return this.polls.open(user.me, pollId, body);
  }

  @Authenticated()
  @Post('polls/:pollId/close')
  @HttpCode(200)
  close(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string, @Body() body: ClosePollDto): Promise<PollState> {
    return this.polls.close(user.me, pollId, body);
  }

  @Authenticated()
  @Get('polls/:pollId/rights')
  rights(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string): Promise<VotingRight[]> {
    return this.polls.myRights(user.me, pollId);
  }

  @Authenticated()
  @Get('polls/:pollId/roster')
  roster(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string): Promise<VotingRight[]> {
    return this.polls.roster(user.me, pollId);
  }

  @Authenticated()
  @Post('polls/:pollId/ballots')
  cast(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string, @Body() body: CastBallotDto): Promise<BallotReceipt> {
    return this.ballots.cast(user.me, pollId, body);
  }

  @Authenticated()
  @Post('polls/:pollId/roll-call')
  @HttpCode(200)
  recordRollCall(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('pollId') pollId: string,
    @Body() body: RecordRollCallVoteDto,
  ): Promise<PollState> {
    return this.ballots.recordRollCall(user.me, pollId, body);
  }

  @Authenticated()
  @Post('polls/:pollId/show-of-hands')
  @HttpCode(200)
  recordShowOfHands(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('pollId') pollId: string,
    @Body() body: RecordShowOfHandsDto,
  ): Promise<PollState> {
    return this.polls.recordShowOfHands(user.me, pollId, body);
  }

  @Authenticated()
  @Get('polls/:pollId/export.csv')
  @Header('Cache-Control', 'no-store')
  async exportCsv(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string, @Res() response: Response): Promise<void> {
    sendPollCsv(response, await this.polls.get(user.me, pollId));
  }

  @Authenticated()
  @Get('polls/:pollId/export.pdf')
  @Header('Cache-Control', 'no-store')
  async exportPdf(@CurrentUser() user: AuthenticatedUser, @UuidParam('pollId') pollId: string, @Res() response: Response): Promise<void> {
    const pdf = await pollPdf(await this.polls.get(user.me, pollId));
    response.setHeader('Content-Disposition', `attachment; filename="votacion-${pollId}.pdf"`);
    response.type('application/pdf').send(pdf);
  }
}
