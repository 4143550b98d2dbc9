import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments';
import { AuthModule } from '../auth';
import { AuditModule } from '../audit';
import { PublicModule } from '../public';
import { AssessmentsService } from './assessments.service';
import { ChallengeAccess } from './challenge-access';
import { ChallengeModerationLog } from './challenge-moderation-log';
import { ChallengeOpenDataService } from './challenge-open-data.service';
import { ChallengePhasesService } from './challenge-phases.service';
import { ChallengeRanking } from './challenge-ranking.service';
import { ChallengesController } from './challenges.controller';
import { ChallengesService } from './challenges.service';
import { ChallengeWriteRateLimitGuard } from './challenge-write-rate-limit.guard';
import { IdeaCollaborationController } from './idea-collaboration.controller';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeaFilesService } from './idea-files.service';
import { IdeaTeamService } from './idea-team.service';
import { IdeasService } from './ideas.service';
import { SupportBatches } from './support-batches';
import { SupportEarlyRoute } from './support-early-route';
import { PublicChallengesController } from './public-challenges.controller';
import { PublicChallengesService } from './public-challenges.service';

/**
 * Open challenges (retos abiertos): launching and moving phases on, ideas (with comments, files and co-authors) and
 * supports, answers and scores, winners and pilots, the portal.
 */
@Module({
  imports: [PublicModule, AuditModule, AttachmentsModule, AuthModule],
  controllers: [ChallengesController, IdeaCollaborationController, PublicChallengesController],
  providers: [
    ChallengeAccess,
    ChallengeModerationLog,
    ChallengePhasesService,
    ChallengeRanking,
    ChallengesService,
    IdeasService,
    SupportBatches,
    SupportEarlyRoute,
    ChallengeWriteRateLimitGuard,
    AssessmentsService,
    PublicChallengesService,
    ChallengeOpenDataService,
    IdeaTeamService,
    IdeaCommentsService,
    IdeaFilesService,
  ],
  exports: [SupportEarlyRoute],
})
export class ChallengesModule {}
