import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

/** Passwords and invitations: see AccountsService. */
@Module({
  imports: [AuthModule, PeopleModule, GroupsModule, NotificationsModule],
  controllers: [AccountsController],
  providers: [AccountsService],
})
export class AccountsModule {}
