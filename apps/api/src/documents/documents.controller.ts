import {
  Contributions,
  CreateDocumentSchema,
  CreateObservationSchema,
  CreateProposalSchema,
  CreateVersionSchema,
  DecideAllProposalsSchema,
  DecideProposalSchema,
  DocumentDetail,
  DocumentQuerySchema,
  DocumentSummary,
  DocumentVersion,
  ExportQuerySchema,
  Observation,
  Page,
  PublishedVersionQuerySchema,
  PersonContribution,
  Proposal,
  PublishedVersion,
  RenameDocumentSchema,
  ReplyObservationSchema,
  SendToSessionSchema,
  VersionDiff,
  VersionExportQuerySchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { ExportColumn, sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { ContributionsService } from './contributions.service';
import { DocumentsService } from './documents.service';
import { ObservationsService } from './observations.service';
import { ProposalsService } from './proposals.service';
import { VersionsService } from './versions.service';

class DocumentQueryDto extends createZodDto(DocumentQuerySchema) {}
class PublishedVersionQueryDto extends createZodDto(PublishedVersionQuerySchema) {}
class CreateDocumentDto extends createZodDto(CreateDocumentSchema) {}
class RenameDocumentDto extends createZodDto(RenameDocumentSchema) {}
class CreateProposalDto extends createZodDto(CreateProposalSchema) {}
class DecideProposalDto extends createZodDto(DecideProposalSchema) {}
class DecideAllDto extends createZodDto(DecideAllProposalsSchema) {}
class SendToSessionDto extends createZodDto(SendToSessionSchema) {}
class CreateObservationDto extends createZodDto(CreateObservationSchema) {}
class ReplyDto extends createZodDto(ReplyObservationSchema) {}
class CreateVersionDto extends createZodDto(CreateVersionSchema) {}
class VersionExportDto extends createZodDto(VersionExportQuerySchema) {}
class ExportQueryDto extends createZodDto(ExportQuerySchema.strict()) {}

const CONTRIBUTION_COLUMNS: ExportColumn<PersonContribution>[] = [
  { field: 'person_id', value: (c) => c.person.id },
  { field: 'name', value: (c) => c.person.name },
  { field: 'organization', value: (c) => c.person.organization?.name ?? null },
  { field: 'inserted_chars', value: (c) => c.insertedChars },
  { field: 'share', value: (c) => Math.round(c.share * 10000) / 10000 },
  { field: 'accepted_proposals', value: (c) => c.acceptedProposals },
];

/** Co-created documents; who may do what is decided by DocumentAccess in the services, from the caller's group or session role. */
@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly proposals: ProposalsService,
    private readonly observations: ObservationsService,
    private readonly versions: VersionsService,
    private readonly contributions: ContributionsService,
  ) {}

  @Authenticated()
  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: DocumentQueryDto): Promise<Page<DocumentSummary>> {
    return this.documents.list(user.me, query);
  }

  @Authenticated()
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateDocumentDto): Promise<DocumentDetail> {
    return this.documents.create(user.me, body);
  }

  @Authenticated()
  @Get('published')
  published(@CurrentUser() user: AuthenticatedUser, @Query() query: PublishedVersionQueryDto): Promise<Page<PublishedVersion>> {
    return this.versions.published(user.me, query);
  }

  @Authenticated()
  @Get(':documentId')
  get(@CurrentUser() user: AuthenticatedUser, @UuidParam('documentId') documentId: string): Promise<DocumentDetail> {
    return this.documents.get(user.me, documentId);
  }

  @Authenticated()
  @Patch(':documentId')
  rename(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @Body() body: RenameDocumentDto,
  ): Promise<DocumentDetail> {
    return this.documents.rename(user.me, documentId, body.title);
  }

  @Authenticated()
  @Get(':documentId/proposals')
  listProposals(@CurrentUser() user: AuthenticatedUser, @UuidParam('documentId') documentId: string): Promise<Proposal[]> {
    return this.proposals.list(user.me, documentId);
  }

  @Authenticated()
  @Post(':documentId/proposals')
  propose(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @Body() body: CreateProposalDto,
  ): Promise<Proposal> {
    return this.proposals.create(user.me, documentId, body);
  }

  @Authenticated()
  @Post(':documentId/proposals/decide-all')
  @HttpCode(200)
  decideAll(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @Body() body: DecideAllDto,
  ): Promise<Proposal[]> {
    return this.proposals.decideAllFrom(user.me, documentId, body.authorId, body.decision);
  }

  @Authenticated()
  @Post(':documentId/proposals/:proposalId/decision')
  @HttpCode(200)
  decide(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('proposalId') proposalId: string,
    @Body() body: DecideProposalDto,
  ): Promise<Proposal> {
    return this.proposals.decide(user.me, documentId, proposalId, body);
  }

  @Authenticated()
  @Post(':documentId/proposals/:proposalId/send-to-session')
  @HttpCode(200)
  sendToSession(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('proposalId') proposalId: string,
    @Body() body: SendToSessionDto,
  ): Promise<Proposal> {
    return this.proposals.sendToSession(user.me, documentId, proposalId, body.meetingId);
  }

  @Authenticated()
  @Get(':documentId/observations')
  listObservations(@CurrentUser() user: AuthenticatedUser, @UuidParam('documentId') documentId: string): Promise<Observation[]> {
    return this.observations.list(user.me, documentId);
  }

  @Authenticated()
  @Post(':documentId/observations')
  observe(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @Body() body: CreateObservationDto,
  ): Promise<Observation> {
    return this.observations.create(user.me, documentId, body);
  }

  @Authenticated()
  @Post(':documentId/observations/:observationId/replies')
  reply(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('observationId') observationId: string,
    @Body() body: ReplyDto,
  ): Promise<Observation> {
    return this.observations.reply(user.me, documentId, observationId, body.body);
  }

  @Authenticated()
  @Post(':documentId/observations/:observationId/resolve')
  @HttpCode(200)
  resolve(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('observationId') observationId: string,
  ): Promise<Observation> {
    return this.observations.resolve(user.me, documentId, observationId);
  }

  @Authenticated()
  @Get(':documentId/versions')
  listVersions(@CurrentUser() user: AuthenticatedUser, @UuidParam('documentId') documentId: string): Promise<DocumentVersion[]> {
    return this.versions.list(user.me, documentId);
  }

  @Authenticated()
  @Post(':documentId/versions')
  nameVersion(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @Body() body: CreateVersionDto,
  ): Promise<DocumentVersion> {
    return this.versions.name(user.me, documentId, body.name);
  }

  @Authenticated()
  @Get(':documentId/versions/:fromId/diff/:toId')
  diff(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('fromId') fromId: string,
    @UuidParam('toId') toId: string,
  ): Promise<VersionDiff> {
    return this.versions.diff(user.me, documentId, fromId, toId);
  }

  @Authenticated()
  @Post(':documentId/versions/:versionId/restore')
  restore(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('versionId') versionId: string,
  ): Promise<DocumentVersion> {
    return this.versions.restore(user.me, documentId, versionId);
  }

  @Authenticated()
  @Post(':documentId/versions/:versionId/publish')
  @HttpCode(200)
  publish(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('versionId') versionId: string,
  ): Promise<DocumentVersion> {
    return this.versions.publish(user.me, documentId, versionId);
  }

  @Authenticated()
  @Get(':documentId/versions/:versionId/export')
  async exportVersion(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('versionId') versionId: string,
    @Query() query: VersionExportDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.versions.exportFile(user.me, documentId, versionId, query.format);
    response.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    response.type(file.contentType).send(file.body);
  }

  @Authenticated()
  @Get(':documentId/contributions')
  contributionsOf(@CurrentUser() user: AuthenticatedUser, @UuidParam('documentId') documentId: string): Promise<Contributions> {
    return this.contributions.of(user.me, documentId);
  }

  @Authenticated()
  @Get(':documentId/contributions/export')
  async exportContributions(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const { people } = await this.contributions.of(user.me, documentId);
    sendExport(response, query.format, 'contribuciones', CONTRIBUTION_COLUMNS, people);
  }
}
