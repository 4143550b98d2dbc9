import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommissionGroupsController } from './commission-groups.controller';
import { DashboardService } from './dashboard.service';
import { GroupAccess } from './group-access.service';
import { GroupsController, MilestonesController } from './groups.controller';
import { GroupsService } from './groups.service';
import { JoinRequestsService } from './join-requests.service';
import { MilestonesService } from './milestones.service';

@Module({
  imports: [NotificationsModule, AuditModule],
  controllers: [CommissionGroupsController, GroupsController, MilestonesController],
  providers: [GroupAccess, GroupsService, JoinRequestsService, MilestonesService, DashboardService],
  exports: [GroupAccess, GroupsService, DashboardService],
})
export class GroupsModule {}
