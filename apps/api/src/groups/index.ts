/**
 * The groups domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { DashboardService } from './dashboard.service';
export { GroupAccess } from './group-access.service';
export { recordGroupEvent } from './group-events';
export { toPersonRef } from './group.mapper';
export { GroupsModule } from './groups.module';
export { GroupsService } from './groups.service';
export { publicGroup, publicGroupsPage, publicMilestonesOf } from './public-groups';
export type { PublicGroupFacts } from './public-groups';
export { OPEN_STATUSES } from './dashboard.service';
export { groupDeliverables, provideGroupDeliverables } from './group-deliverables';
export type { DueDeliverable, GroupDeliverables, InputToReview } from './group-deliverables';
