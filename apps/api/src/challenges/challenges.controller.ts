import {
  AddChallengeMemberSchema,
  ChallengeIdeaRef,
  ChallengeMember,
  ChallengeModerationEntry,
  ChallengePhaseScheduleSchema,
  CloseChallengePhaseSchema,
  ConflictInputSchema,
  CreateChallengeSchema,
  IdeaDecisionSchema,
  IdeaInputSchema,
  IdeaScoreInputSchema,
  MilestoneDoneSchema,
  MilestoneInputSchema,
  MyChallengeRoles,
  PilotInputSchema,
  PilotUpdateSchema,
  WinnersInputSchema,
} from '@cocrea/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { AssessmentsService, JuryScoreView } from './assessments.service';
import { CaughtUpLater, ChallengeChangesInterceptor } from './challenge-changes.interceptor';
import { ChallengeModerationLog } from './challenge-moderation-log';
import { ChallengePhasesService } from './challenge-phases.service';
import { ChallengeWriteRateLimitGuard } from './challenge-write-rate-limit.guard';
import { ChallengesService } from './challenges.service';
import { IdeasService } from './ideas.service';

class CreateChallengeDto extends createZodDto(CreateChallengeSchema) {}
class AddChallengeMemberDto extends createZodDto(AddChallengeMemberSchema) {}
class IdeaInputDto extends createZodDto(IdeaInputSchema) {}
class IdeaDecisionDto extends createZodDto(IdeaDecisionSchema) {}
class IdeaScoreDto extends createZodDto(IdeaScoreInputSchema) {}
class ConflictDto extends createZodDto(ConflictInputSchema) {}
class WinnersDto extends createZodDto(WinnersInputSchema) {}
class PilotDto extends createZodDto(PilotInputSchema) {}
class PilotUpdateDto extends createZodDto(PilotUpdateSchema) {}
class MilestoneDto extends createZodDto(MilestoneInputSchema) {}
class MilestoneDoneDto extends createZodDto(MilestoneDoneSchema) {}
class PhaseScheduleDto extends createZodDto(ChallengePhaseScheduleSchema) {}
class ClosePhaseDto extends createZodDto(CloseChallengePhaseSchema) {}

interface SupportState {
  supported: boolean;
  held: number;
  limit: number;
}

/**
 * Taking part in and running open challenges. Every route needs a session; who may do what (manager, juror, the
 * idea's author) and in which phase is checked by the services through ChallengeAccess. Citizens' writes are
 * rate-limited per account and address.
 */
@ApiTags('challenges')
@Authenticated()
@UseInterceptors(ChallengeChangesInterceptor)
@Controller()
export class ChallengesController {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly ideas: IdeasService,
    private readonly assessments: AssessmentsService,
    private readonly phases: ChallengePhasesService,
    private readonly log: ChallengeModerationLog,
  ) {}

  @Post('challenges')
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateChallengeDto): Promise<{ id: string }> {
    return this.challenges.create(user.me, body);
  }

  @Post('challenges/:challengeId/members')
  @HttpCode(204)
  addMember(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('challengeId') id: string,
    @Body() body: AddChallengeMemberDto,
  ): Promise<void> {
    return this.challenges.addMember(user.me, id, body);
  }

  @Get('challenges/:challengeId/members')
  members(@CurrentUser() user: AuthenticatedUser, @UuidParam('challengeId') id: string): Promise<ChallengeMember[]> {
    return this.challenges.members(user.me, id);
  }

  @Get('challenges/:challengeId/my-roles')
  myRoles(@CurrentUser() user: AuthenticatedUser, @UuidParam('challengeId') id: string): Promise<MyChallengeRoles> {
    return this.challenges.myRoles(user.me, id);
  }

  @Post('challenges/:challengeId/phases/close')
  @HttpCode(204)
  closePhase(@CurrentUser() user: AuthenticatedUser, @UuidParam('challengeId') id: string, @Body() body: ClosePhaseDto): Promise<void> {
    return this.phases.close(user.me, id, body.phase);
  }

  @Patch('challenges/:challengeId/phases')
  @HttpCode(204)
  reschedulePhase(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('challengeId') id: string,
    @Body() body: PhaseScheduleDto,
  ): Promise<void> {
    return this.phases.reschedule(user.me, id, body);
  }

  @Get('challenges/:challengeId/moderation-log')
  moderationLog(@CurrentUser() user: AuthenticatedUser, @UuidParam('challengeId') id: string): Promise<ChallengeModerationEntry[]> {
    return this.log.list(user.me, id);
  }

  @Get('challenges/:challengeId/jury-scores')
  juryScores(@CurrentUser() user: AuthenticatedUser, @UuidParam('challengeId') id: string): Promise<JuryScoreView[]> {
    return this.assessments.juryScores(user.me, id);
  }

  @Post('challenges/:challengeId/winners')
  @HttpCode(204)
  decideWinners(@CurrentUser() user: AuthenticatedUser, @UuidParam('challengeId') id: string, @Body() body: WinnersDto): Promise<void> {
    return this.assessments.decideWinners(user.me, id, body);
  }

  @Post('challenge-problems/:problemId/ideas')
  @UseGuards(ChallengeWriteRateLimitGuard)
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('problemId') id: string,
    @Body() body: IdeaInputDto,
  ): Promise<ChallengeIdeaRef> {
    return this.ideas.submit(user.me, id, body);
  }

  @Patch('challenge-ideas/:ideaId')
  @UseGuards(ChallengeWriteRateLimitGuard)
  edit(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string, @Body() body: IdeaInputDto): Promise<ChallengeIdeaRef> {
    return this.ideas.edit(user.me, id, body);
  }

  @Put('challenge-ideas/:ideaId/support')
  @UseGuards(ChallengeWriteRateLimitGuard)
  @CaughtUpLater()
  support(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string): Promise<SupportState> {
    return this.ideas.support(user.me, id);
  }

  @Delete('challenge-ideas/:ideaId/support')
  @UseGuards(ChallengeWriteRateLimitGuard)
  @CaughtUpLater()
  withdraw(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string): Promise<SupportState> {
    return this.ideas.withdraw(user.me, id);
  }

  @Post('challenge-ideas/:ideaId/decision')
  decide(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('ideaId') id: string,
    @Body() body: IdeaDecisionDto,
  ): Promise<ChallengeIdeaRef> {
    return this.ideas.decide(user.me, id, body);
  }

  @Put('challenge-ideas/:ideaId/feasibility')
  @HttpCode(204)
  scoreFeasibility(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string, @Body() body: IdeaScoreDto): Promise<void> {
    return this.assessments.scoreFeasibility(user.me, id, body);
  }

  @Post('challenge-ideas/:ideaId/conflict')
  @HttpCode(204)
  declareConflict(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string, @Body() body: ConflictDto): Promise<void> {
    return this.assessments.declareConflict(user.me, id, body.reason);
  }

  @Put('challenge-ideas/:ideaId/jury-score')
  @HttpCode(204)
  scoreJury(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string, @Body() body: IdeaScoreDto): Promise<void> {
    return this.assessments.scoreJury(user.me, id, body);
  }

  @Post('challenge-ideas/:ideaId/pilot')
  startPilot(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string, @Body() body: PilotDto): Promise<{ id: string }> {
    return this.assessments.startPilot(user.me, id, body);
  }

  @Patch('challenge-pilots/:pilotId')
  @HttpCode(204)
  setPilotStatus(@CurrentUser() user: AuthenticatedUser, @UuidParam('pilotId') id: string, @Body() body: PilotUpdateDto): Promise<void> {
    return this.assessments.setPilotStatus(user.me, id, body.status);
  }

  @Post('challenge-pilots/:pilotId/milestones')
  addMilestone(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('pilotId') id: string,
    @Body() body: MilestoneDto,
  ): Promise<{ id: string }> {
    return this.assessments.addMilestone(user.me, id, body);
  }

  @Patch('challenge-milestones/:milestoneId')
  @HttpCode(204)
  completeMilestone(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('milestoneId') id: string,
    @Body() body: MilestoneDoneDto,
  ): Promise<void> {
    return this.assessments.completeMilestone(user.me, id, body);
  }
}
