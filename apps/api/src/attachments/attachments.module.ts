import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { OrphanFileSweeper } from './orphan-files';

@Module({
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentUploadInterceptor,
    OrphanFileSweeper,
    { provide: FileStorage, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskStorage(join(config.dataDir, 'files')) },
  ],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
