import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { LiveRooms } from './live/live-rooms';
import { MeetingsGateway } from './live/meetings.gateway';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [AuthModule, AttachmentsModule, NotificationsModule],
  controllers: [MeetingsController],
  providers: [MeetingsService, LiveRooms, MeetingsGateway],
  exports: [MeetingsService],
})
export class MeetingsModule {}
