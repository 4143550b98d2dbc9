import { AuditModule } from '../audit';
import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments';
import { AuthModule } from '../auth';
import { NotificationsModule } from '../notifications';
import { AgendaService } from './agenda.service';
import { CheckInBatches } from './check-in-batches';
import { FloorService } from './floor.service';
import { InvitedParticipantsController } from './invited-participants.controller';
import { InvitedParticipantsService } from './invited-participants.service';
import { LettersService } from './letters.service';
import { LiveRooms } from './live/live-rooms';
import { RoomStates } from './live/room-states';
import { MeetingsGateway } from './live/meetings.gateway';
import { MeetingCallService } from './meeting-call.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';
import { OutcomeRecorder } from './outcomes';
import { RollCallService } from './roll-call.service';

@Module({
  imports: [AuthModule, AttachmentsModule, NotificationsModule, AuditModule],
  controllers: [MeetingsController, InvitedParticipantsController],
  providers: [
    MeetingsService,
    MeetingCallService,
    RollCallService,
    CheckInBatches,
    AgendaService,
    FloorService,
    LettersService,
    MinutesService,
    OutcomeRecorder,
    InvitedParticipantsService,
    LiveRooms,
    RoomStates,
    MeetingsGateway,
  ],
  exports: [MeetingsService, LiveRooms, OutcomeRecorder],
})
export class MeetingsModule {}
