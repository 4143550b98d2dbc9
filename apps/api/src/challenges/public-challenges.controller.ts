import {
  ChallengeDatasetInfo,
  ChallengeDatasetQuerySchema,
  ChallengeDatasetSchema,
  PublicChallengeSummary,
  Page,
  PageQuerySchema,
  PublicIdea,
  PublicIdeaComment,
} from '@cocrea/contracts';
import { Controller, Get, Header, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import type * as z from 'zod';
import { Public } from '../auth';
import { sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { PublicDocumentCache, publicDocumentKey, sendCachedDocument } from '../public';
import { PublicThrottlerGuard } from '../public';
import { challengeDataDictionary, challengeExportColumns } from './challenge-datasets';
import { ChallengeOpenDataService } from './challenge-open-data.service';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeaFilesService } from './idea-files.service';
import { PublicChallengesService } from './public-challenges.service';

class DatasetQueryDto extends createZodDto(ChallengeDatasetQuerySchema) {}
class CommentPageQueryDto extends createZodDto(PageQuerySchema.omit({ q: true })) {}

const LIST_CACHE = 'public, max-age=30, stale-while-revalidate=30';
/** A challenge and an idea change with every support and answer: always revalidated (a cheap 304 by ETag). */
const LIVE_CACHE = 'public, no-cache';

/** Open challenges on the portal and as open data: no login, the public rate limit per address. */
@ApiTags('public')
@Public()
@UseGuards(PublicThrottlerGuard)
@Controller('public')
export class PublicChallengesController {
  constructor(
    private readonly portal: PublicChallengesService,
    private readonly openData: ChallengeOpenDataService,
    private readonly cache: PublicDocumentCache,
    private readonly commentsOfIdeas: IdeaCommentsService,
    private readonly filesOfIdeas: IdeaFilesService,
  ) {}

  @Get('challenges')
  @Header('Cache-Control', LIST_CACHE)
  list(): Promise<PublicChallengeSummary[]> {
    return this.portal.list();
  }

  @Get('challenges/datasets')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: "The data dictionary of every challenge's open datasets." })
  datasets(): ChallengeDatasetInfo[] {
    return challengeDataDictionary();
  }

  /**
   * Built once and kept serialised (see PublicDocumentCache: dropped at every write to challenges but supports, whose
   * counts and ranking catch up within its TTL); hits are served by PublicDocumentFastPath before Nest's pipeline.
   */
  @Get('challenges/:challengeId')
  async challenge(@UuidParam('challengeId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    sendCachedDocument(request, response, await this.cache.get(publicDocumentKey('challenge', id), () => this.portal.challenge(id)));
  }

  @Get('challenges/:challengeId/datasets/:name')
  @Header('Cache-Control', LIST_CACHE)
  @ApiProduces('text/csv', 'application/json')
  @ApiParam({ name: 'name', enum: ChallengeDatasetSchema.options })
  @ApiOperation({ summary: "One of a challenge's datasets as CSV (UTF-8 with BOM) or JSON; columns as in the data dictionary." })
  async dataset(
    @UuidParam('challengeId') id: string,
    @Param('name', new ZodValidationPipe(ChallengeDatasetSchema)) name: z.infer<typeof ChallengeDatasetSchema>,
    @Query() query: DatasetQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    sendExport(response, query.format, `reto-${name}`, challengeExportColumns(name), await this.openData.rows(id, name));
  }

  @Get('challenge-ideas/:ideaId')
  @Header('Cache-Control', LIVE_CACHE)
  idea(@UuidParam('ideaId') id: string): Promise<PublicIdea> {
    return this.portal.idea(id);
  }

  @Get('challenge-ideas/:ideaId/comments')
  @Header('Cache-Control', LIVE_CACHE)
  ideaComments(@UuidParam('ideaId') id: string, @Query() query: CommentPageQueryDto): Promise<Page<PublicIdeaComment>> {
    return this.commentsOfIdeas.list(id, query);
  }

  @Get('challenge-ideas/:ideaId/files/:attachmentId')
  @ApiOperation({ summary: 'A file attached to an idea, as uploaded.' })
  async ideaFile(
    @UuidParam('ideaId') id: string,
    @UuidParam('attachmentId') attachmentId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { attachment, content } = await this.filesOfIdeas.download(id, attachmentId);
    content.on('error', (error) => response.destroy(error));
    response.attachment(attachment.filename);
    response.type(attachment.mediaType);
    response.setHeader('Content-Length', attachment.size);
    response.setHeader('Cache-Control', LIVE_CACHE);
    content.pipe(response);
  }
}
