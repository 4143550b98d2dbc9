import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { GroupsModule } from '../groups';
import { MeetingsModule } from '../meetings';
import { VotingModule } from '../voting';
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
