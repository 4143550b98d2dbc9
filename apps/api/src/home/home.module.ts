import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements';
import { GroupsModule } from '../groups';
import { MeetingsModule } from '../meetings';
import { NotificationsModule } from '../notifications';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** `/api/home`: see HomeService. */
@Module({
  imports: [GroupsModule, NotificationsModule, MeetingsModule, AgreementsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
