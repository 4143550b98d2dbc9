import { Module } from '@nestjs/common';
import { AppException } from '../common/problem';
import { GroupsModule } from '../groups/groups.module';
import { ATTACHMENT_CATALOG, AttachmentCatalog } from './attachment-catalog';
import { DeliverablesController } from './deliverables.controller';
import { DeliverablesService } from './deliverables.service';

// TEMPORARY until the attachments module lands on main: no file exists yet.
const noAttachments: AttachmentCatalog = {
  requireAll: async (ids) => {
    if (ids.length) throw new AppException('not_found', { 'resource.es': 'un archivo', 'resource.en': 'file' });
  },
  summaries: async () => [],
};

@Module({
  imports: [GroupsModule],
  controllers: [DeliverablesController],
  providers: [DeliverablesService, { provide: ATTACHMENT_CATALOG, useValue: noAttachments }],
})
export class DeliverablesModule {}
