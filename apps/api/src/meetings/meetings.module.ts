import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AgendaService } from './agenda.service';
import { FloorService } from './floor.service';
import { LiveRooms } from './live/live-rooms';
import { RoomStates } from './live/room-states';
import { MeetingsGateway } from './live/meetings.gateway';
import { MeetingCallService } from './meeting-call.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';
import { RollCallService } from './roll-call.service';

@Module({
  imports: [AuthModule, AttachmentsModule, NotificationsModule],
  controllers: [MeetingsController],
  providers: [
    MeetingsService,
    MeetingCallService,
    RollCallService,
    AgendaService,
    FloorService,
    MinutesService,
    LiveRooms,
    RoomStates,
    MeetingsGateway,
  ],
  exports: [MeetingsService, LiveRooms],
})
export class MeetingsModule {}
