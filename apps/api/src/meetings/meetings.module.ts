import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { LiveRooms } from './live/live-rooms';
import { MeetingsGateway } from './live/meetings.gateway';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [AuthModule, NotificationsModule],
  controllers: [MeetingsController],
  providers: [MeetingsService, LiveRooms, MeetingsGateway],
  exports: [MeetingsService],
})
export class MeetingsModule {}
