import {
  CommissionFilterSchema,
  Page,
  PublicAgreement,
  PublicAgreementDetail,
  PublicAgreementQuerySchema,
  PublicDataset,
  PublicDatasetNameSchema,
  PublicDatasetQuerySchema,
  PublicDocumentQuerySchema,
  PublicDocumentVersion,
  PublicDocumentVersionDetail,
  PublicGroup,
  PublicGroupDetail,
  PublicGroupQuerySchema,
  PublicMember,
  PublicMemberQuerySchema,
  PublicSearchHit,
  PublicSearchQuerySchema,
  PublicSessionQuerySchema,
  PublicSessionSummary,
  PublicVotingRecord,
  PublicVotingRecordQuerySchema,
  PublicVotingRecordSummary,
} from '@cocrea/contracts';
import { Controller, Get, Header, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import * as z from 'zod';
import { AttachmentsService } from '../attachments';
import { Public } from '../auth';
import { sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { PUBLIC_DOCUMENT_CACHE_CONTROL, PublicDocumentCache, publicDocumentKey, sendCachedDocument } from './public-cache';
import { dataDictionary, exportColumns } from './public-datasets';
import { PublicOpenDataService } from './public-open-data.service';
import { PublicRecordsService } from './public-records.service';
import { PublicThrottlerGuard } from './public-throttler.guard';
import { PublicService } from './public.service';

class SessionQueryDto extends createZodDto(PublicSessionQuerySchema) {}
class AgreementQueryDto extends createZodDto(PublicAgreementQuerySchema) {}
class MemberQueryDto extends createZodDto(PublicMemberQuerySchema) {}
class GroupQueryDto extends createZodDto(PublicGroupQuerySchema) {}
class DocumentQueryDto extends createZodDto(PublicDocumentQuerySchema) {}
class VotingRecordQueryDto extends createZodDto(PublicVotingRecordQuerySchema) {}
class SearchQueryDto extends createZodDto(PublicSearchQuerySchema) {}
class DatasetQueryDto extends createZodDto(PublicDatasetQuerySchema) {}
class VotingRecordDetailQueryDto extends createZodDto(
  CommissionFilterSchema.extend({ year: PublicVotingRecordQuerySchema.shape.year }).strict(),
) {}

/** Lists and documents revalidate cheaply (ETag) and may be reused by shared caches for a short while. */
export const LIST_CACHE = 'public, max-age=30, stale-while-revalidate=30';

const AgreementRefSchema = z.string().min(1).max(120);

/**
 * The public portal and open data: reading only, no login, rate-limited per address. Every answer is
 * validated input → publication rules in the services → shapes of `libs/contracts/public`.
 */
@ApiTags('public')
@Public()
@UseGuards(PublicThrottlerGuard)
@Controller('public')
export class PublicController {
  constructor(
    private readonly portal: PublicService,
    private readonly records: PublicRecordsService,
    private readonly openData: PublicOpenDataService,
    private readonly cache: PublicDocumentCache,
    private readonly attachments: AttachmentsService,
  ) {}

  @Get('members')
  @Header('Cache-Control', LIST_CACHE)
  members(@Query() query: MemberQueryDto): Promise<Page<PublicMember>> {
    return this.portal.members(query);
  }

  @Get('sessions')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'Issued, open and held sessions, newest first; filters commissionId, year and status.' })
  sessions(@Query() query: SessionQueryDto): Promise<Page<PublicSessionSummary>> {
    return this.portal.sessions(query);
  }

  /** Builds and caches the serialised document (dropped whenever the session changes); hits are served by PublicDocumentFastPath. */
  @Get('sessions/:meetingId')
  @ApiOperation({ summary: 'A session: call, agenda, attendance, decisions, closed polls, agreements, approved minutes.' })
  @ApiOkResponse({ description: 'PublicSessionDetail (see libs/contracts)' })
  async session(@UuidParam('meetingId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    sendCachedDocument(request, response, await this.cache.get(publicDocumentKey('session', id), () => this.portal.session(id)));
  }

  @Get('agreements')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'Agreements of held sessions; filters commissionId, year, meetingId, status, q.' })
  agreements(@Query() query: AgreementQueryDto): Promise<Page<PublicAgreement>> {
    return this.portal.agreements(query);
  }

  @Get('agreements/:ref')
  @Header('Cache-Control', LIST_CACHE)
  @ApiParam({ name: 'ref', description: 'The agreement id, or its number (URL-encoded), e.g. CGATP%2F01%2F15-02-2021' })
  agreement(@Param('ref', new ZodValidationPipe(AgreementRefSchema)) ref: string): Promise<PublicAgreementDetail> {
    return this.portal.agreement(ref);
  }

  @Get('groups')
  @Header('Cache-Control', LIST_CACHE)
  groups(@Query() query: GroupQueryDto): Promise<Page<PublicGroup>> {
    return this.portal.groups(query);
  }

  @Get('groups/:groupId')
  @Header('Cache-Control', LIST_CACHE)
  group(@UuidParam('groupId') id: string): Promise<PublicGroupDetail> {
    return this.portal.group(id);
  }

  @Get('documents')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'Published document versions; filters commissionId, year, groupId, meetingId, q.' })
  documents(@Query() query: DocumentQueryDto): Promise<Page<PublicDocumentVersion>> {
    return this.portal.documents(query);
  }

  @Get('documents/:versionId')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'A published version: its versión pública when there is one, never the redacted original.' })
  document(@UuidParam('versionId') id: string): Promise<PublicDocumentVersionDetail> {
    return this.portal.document(id);
  }

  @Get('voting-records')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: "Each member's attendance and named votes over the held sessions; filters commissionId, year, state, q." })
  votingRecords(@Query() query: VotingRecordQueryDto): Promise<Page<PublicVotingRecordSummary>> {
    return this.records.votingRecords(query);
  }

  @Get('voting-records/:personId')
  @Header('Cache-Control', LIST_CACHE)
  votingRecord(@UuidParam('personId') id: string, @Query() query: VotingRecordDetailQueryDto): Promise<PublicVotingRecord> {
    return this.records.votingRecord(id, query);
  }

  @Get('search')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'Full-text search (Spanish, accent-insensitive) over sessions, agreements, groups, deliverables, documents.' })
  search(@Query() query: SearchQueryDto): Promise<Page<PublicSearchHit>> {
    return this.records.search(query);
  }

  @Get('datasets')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'The data dictionary: each open dataset, its downloads and each field.' })
  datasets(): PublicDataset[] {
    return dataDictionary();
  }

  @Get('datasets/:name')
  @Header('Cache-Control', LIST_CACHE)
  @ApiProduces('text/csv', 'application/json')
  @ApiParam({ name: 'name', enum: PublicDatasetNameSchema.options })
  @ApiOperation({
    summary: 'A whole dataset as CSV (UTF-8 with BOM) or JSON, of one commission or all; columns as in the data dictionary.',
  })
  async dataset(
    @Param('name', new ZodValidationPipe(PublicDatasetNameSchema)) name: z.infer<typeof PublicDatasetNameSchema>,
    @Query() query: DatasetQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    sendExport(response, query.format, name, exportColumns(name), await this.openData.rows(name, query.commissionId));
  }

  @Get('files/:fileId')
  @ApiOperation({ summary: 'A file the portal links (call documents, evidence): its versión pública when there is one.' })
  async file(@UuidParam('fileId') id: string, @Res() response: Response): Promise<void> {
    const { attachment: file, content } = await this.attachments.downloadPublished((await this.portal.publicFile(id)).id);
    content.on('error', (error) => response.destroy(error));
    response.attachment(file.filename);
    response.type(file.mediaType);
    response.setHeader('Content-Length', file.size);
    // Always revalidated: once a stand-in is set, no shared cache may keep serving what was there before.
    response.setHeader('Cache-Control', PUBLIC_DOCUMENT_CACHE_CONTROL);
    content.pipe(response);
  }
}
