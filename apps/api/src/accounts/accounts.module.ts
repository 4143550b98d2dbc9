import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { AuthModule } from '../auth';
import { GroupsModule } from '../groups';
import { NotificationsModule } from '../notifications';
import { PeopleModule } from '../people';
import { AccountActionsController } from './account-actions.controller';
import { AccountActionsService } from './account-actions.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { ProofOfWork } from './proof-of-work.service';

/**
 * Passwords, invitations and citizens' sign-up behind a proof of work (AccountsService, ProofOfWork); the
 * administration's account actions (AccountActionsService).
 */
@Module({
  imports: [AuthModule, AuditModule, PeopleModule, GroupsModule, NotificationsModule],
  controllers: [AccountsController, AccountActionsController],
  providers: [AccountsService, AccountActionsService, ProofOfWork],
})
export class AccountsModule {}
