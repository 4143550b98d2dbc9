import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { PublicSessionCache } from './public-cache';
import { PublicLiveGateway } from './public-live.gateway';
import { PublicOpenDataService } from './public-open-data.service';
import { PublicRecordsService } from './public-records.service';
import { PublicThrottlerGuard } from './public-throttler.guard';
import { PublicController } from './public.controller';
import { PublicService } from './public.service';

/** The public portal and open data under /api/public, and the public live room of sessions. */
@Module({
  imports: [MeetingsModule, AttachmentsModule],
  controllers: [PublicController],
  providers: [PublicService, PublicRecordsService, PublicOpenDataService, PublicSessionCache, PublicLiveGateway, PublicThrottlerGuard],
})
export class PublicModule {}
