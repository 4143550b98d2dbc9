import {
  HideCommentSchema,
  IdeaAttachmentInputSchema,
  IdeaCoauthor,
  IdeaCoauthorsInputSchema,
  IdeaCommentInputSchema,
  IdeaViewerRights,
  PublicIdeaAttachment,
  PublicIdeaComment,
} from '@cocrea/contracts';
import { Body, Controller, Delete, Get, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { ChallengeWriteRateLimitGuard } from './challenge-write-rate-limit.guard';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeaFilesService } from './idea-files.service';
import { IdeaTeamService } from './idea-team.service';

class IdeaCommentDto extends createZodDto(IdeaCommentInputSchema) {}
class HideCommentDto extends createZodDto(HideCommentSchema) {}
class IdeaAttachmentDto extends createZodDto(IdeaAttachmentInputSchema) {}
class IdeaCoauthorsDto extends createZodDto(IdeaCoauthorsInputSchema) {}

/**
 * Working on an idea together: comments (and their moderation), the files its authors attach and the co-authors its
 * author names. Every route needs a session; the services check the phase and who may act. Citizens' writes share
 * the challenge write rate limit.
 */
@ApiTags('challenges')
@Authenticated()
@Controller()
export class IdeaCollaborationController {
  constructor(
    private readonly comments: IdeaCommentsService,
    private readonly files: IdeaFilesService,
    private readonly team: IdeaTeamService,
  ) {}

  @Get('challenge-ideas/:ideaId/my-rights')
  rights(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string): Promise<IdeaViewerRights> {
    return this.team.rights(user.me, id);
  }

  @Post('challenge-ideas/:ideaId/comments')
  @UseGuards(ChallengeWriteRateLimitGuard)
  comment(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('ideaId') id: string,
    @Body() body: IdeaCommentDto,
  ): Promise<PublicIdeaComment> {
    return this.comments.add(user.me, id, body);
  }

  @Post('challenge-comments/:commentId/hide')
  @HttpCode(200)
  hideComment(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commentId') id: string,
    @Body() body: HideCommentDto,
  ): Promise<PublicIdeaComment> {
    return this.comments.hide(user.me, id, body);
  }

  @Post('challenge-ideas/:ideaId/attachments')
  @UseGuards(ChallengeWriteRateLimitGuard)
  attach(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('ideaId') id: string,
    @Body() body: IdeaAttachmentDto,
  ): Promise<PublicIdeaAttachment> {
    return this.files.attach(user.me, id, body.attachmentId);
  }

  @Delete('challenge-ideas/:ideaId/attachments/:attachmentId')
  @HttpCode(204)
  @UseGuards(ChallengeWriteRateLimitGuard)
  detach(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('ideaId') id: string,
    @UuidParam('attachmentId') attachmentId: string,
  ): Promise<void> {
    return this.files.detach(user.me, id, attachmentId);
  }

  @Get('challenge-ideas/:ideaId/coauthors')
  coauthors(@CurrentUser() user: AuthenticatedUser, @UuidParam('ideaId') id: string): Promise<IdeaCoauthor[]> {
    return this.team.list(user.me, id);
  }

  @Put('challenge-ideas/:ideaId/coauthors')
  @UseGuards(ChallengeWriteRateLimitGuard)
  setCoauthors(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('ideaId') id: string,
    @Body() body: IdeaCoauthorsDto,
  ): Promise<IdeaCoauthor[]> {
    return this.team.replace(user.me, id, body);
  }
}
