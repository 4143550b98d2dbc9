import { ATTACHMENT_FIELD, AttachmentSummary } from '@cocrea/contracts';
import { Controller, Get, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { AttachmentsService, UploadedFile as StoredUpload } from './attachments.service';

@ApiTags('attachments')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Authenticated()
  @Post()
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { [ATTACHMENT_FIELD]: { type: 'string', format: 'binary' } } } })
  upload(@CurrentUser() user: AuthenticatedUser, @UploadedFile() file: StoredUpload | undefined): Promise<AttachmentSummary> {
    return this.attachments.store(user.me.id, file);
  }

  @Authenticated()
  @Get(':id/meta')
  meta(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string): Promise<AttachmentSummary> {
    return this.attachments.meta(user.me, id);
  }

  @Authenticated()
  @Get(':id')
  async download(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string, @Res() response: Response): Promise<void> {
    const { attachment, content } = await this.attachments.download(user.me, id);
    response.attachment(attachment.filename);
    response.type(attachment.mediaType);
    response.setHeader('Content-Length', attachment.size);
    response.setHeader('Cache-Control', 'private, max-age=3600, immutable');
    content.on('error', (error) => response.destroy(error));
    content.pipe(response);
  }
}
