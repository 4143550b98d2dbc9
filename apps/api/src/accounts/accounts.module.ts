import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { AccountActionsController } from './account-actions.controller';
import { AccountActionsService } from './account-actions.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

/** Passwords and invitations (AccountsService); the administration's account actions (AccountActionsService). */
@Module({
  imports: [AuthModule, AuditModule, PeopleModule, GroupsModule, NotificationsModule],
  controllers: [AccountsController, AccountActionsController],
  providers: [AccountsService, AccountActionsService],
})
export class AccountsModule {}
