import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments';
import { DocumentsModule } from '../documents';
import { MeetingsModule } from '../meetings';
import { PublicDocumentCache } from './public-cache';
import { PublicLiveGateway } from './public-live.gateway';
import { PublicOpenDataService } from './public-open-data.service';
import { PublicRecordsService } from './public-records.service';
import { PublicDocumentFastPath } from './public-document-fast-path';
import { PublicRateLimit, PublicThrottlerGuard } from './public-throttler.guard';
import { PublicController } from './public.controller';
import { PublicCommissionsController } from './public-commissions.controller';
import { PublicCommissionsService } from './public-commissions.service';
import { PublicVersionsController } from './public-versions.controller';
import { PublicVersionsService } from './public-versions.service';
import { PublicService } from './public.service';

/** The public portal and open data under /api/public, and the public live room of sessions. */
@Module({
  imports: [MeetingsModule, AttachmentsModule, DocumentsModule],
  controllers: [PublicController, PublicCommissionsController, PublicVersionsController],
  providers: [
    PublicService,
    PublicCommissionsService,
    PublicRecordsService,
    PublicOpenDataService,
    PublicDocumentCache,
    PublicLiveGateway,
    PublicThrottlerGuard,
    PublicRateLimit,
    PublicVersionsService,
    PublicDocumentFastPath,
  ],
  exports: [PublicDocumentFastPath, PublicDocumentCache, PublicThrottlerGuard, PublicRateLimit],
})
export class PublicModule {}
