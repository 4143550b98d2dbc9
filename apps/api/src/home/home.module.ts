import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { GroupsModule } from '../groups/groups.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** `/api/home`: see HomeService. */
@Module({
  imports: [GroupsModule, NotificationsModule, MeetingsModule, AgreementsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
