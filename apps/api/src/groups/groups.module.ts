import { Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../audit';
import { NotificationsModule, provideDueItems, provideGroupCoordinators } from '../notifications';
import { CommissionGroupsController } from './commission-groups.controller';
import { DashboardService } from './dashboard.service';
import { GroupAccess } from './group-access.service';
import { coordinatorsOf, milestonesDueBetween } from './group-due-items';
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
export class GroupsModule implements OnModuleInit {
  /** The due-notice job announces milestones and tells coordinators through these (notifications/due-items.ts). */
  onModuleInit(): void {
    provideDueItems('milestone', milestonesDueBetween);
    provideGroupCoordinators(coordinatorsOf);
  }
}
