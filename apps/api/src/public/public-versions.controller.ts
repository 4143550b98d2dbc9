import { CreatePublicVersionSchema, PublicFileVersionView, PublicVersionView, SetPublicFileSchema } from '@cocrea/contracts';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { PublicVersionsService } from './public-versions.service';

class CreatePublicVersionDto extends createZodDto(CreatePublicVersionSchema) {}
class SetPublicFileDto extends createZodDto(SetPublicFileSchema) {}

/** Making versiones públicas (signed in; permissions checked by the service). */
@ApiTags('public')
@Controller()
export class PublicVersionsController {
  constructor(private readonly versions: PublicVersionsService) {}

  @Authenticated()
  @Post('documents/:documentId/versions/:versionId/public-version')
  @HttpCode(200)
  @ApiOperation({ summary: 'Redact ranges of a version’s text into its versión pública (before publishing it).' })
  redact(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('versionId') versionId: string,
    @Body() body: CreatePublicVersionDto,
  ): Promise<PublicVersionView> {
    return this.versions.redactVersion(user.me, documentId, versionId, body);
  }

  @Authenticated()
  @Get('documents/:documentId/versions/:versionId/public-version')
  publicVersion(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('documentId') documentId: string,
    @UuidParam('versionId') versionId: string,
  ): Promise<PublicVersionView | null> {
    return this.versions.publicVersionOf(user.me, documentId, versionId);
  }

  @Authenticated()
  @Post('attachments/:attachmentId/public-version')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give an evidence file or call document a redacted stand-in, which the public gets instead.' })
  setPublicFile(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('attachmentId') attachmentId: string,
    @Body() body: SetPublicFileDto,
  ): Promise<PublicFileVersionView> {
    return this.versions.setPublicFile(user.me, attachmentId, body.publicVersionId);
  }
}
