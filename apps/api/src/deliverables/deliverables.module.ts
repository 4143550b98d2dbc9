import { Module, OnModuleInit } from '@nestjs/common';
import { NotificationsModule, provideDueItems } from '../notifications';
import { AttachmentsModule } from '../attachments';
import { GroupsModule, provideGroupDeliverables } from '../groups';
import { deliverablesOfGroups } from './deliverables-of-groups';
import { deliverablesDueBetween } from './due-deliverables';
import { DeliverablesController } from './deliverables.controller';
import { DeliverablesService } from './deliverables.service';

@Module({
  imports: [GroupsModule, AttachmentsModule, NotificationsModule],
  controllers: [DeliverablesController],
  providers: [DeliverablesService],
})
export class DeliverablesModule implements OnModuleInit {
  /** The groups' dashboard, counts and delete guard (groups/group-deliverables.ts) and the due notices read deliverables here. */
  onModuleInit(): void {
    provideGroupDeliverables(deliverablesOfGroups);
    provideDueItems('deliverable', deliverablesDueBetween);
  }
}
