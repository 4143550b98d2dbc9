import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { VotingModule } from '../voting/voting.module';
import { AmendmentsController } from './amendments.controller';
import { AmendmentsService } from './amendments.service';
import { CollabPersistence } from './collab/collab-persistence';
import { CollabServer } from './collab/collab.server';
import { ContributionsService } from './contributions.service';
import { DocumentAccess } from './document-access.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { ObservationsService } from './observations.service';
import { ProposalsService } from './proposals.service';
import { VersionsService } from './versions.service';

@Module({
  imports: [AuthModule, GroupsModule, VotingModule, MeetingsModule],
  controllers: [DocumentsController, AmendmentsController],
  providers: [
    CollabPersistence,
    CollabServer,
    DocumentAccess,
    DocumentsService,
    ProposalsService,
    ObservationsService,
    VersionsService,
    ContributionsService,
    AmendmentsService,
  ],
  exports: [ProposalsService, DocumentAccess],
})
export class DocumentsModule {}
