import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { PeopleModule } from '../people';
import { CommissionsController } from './commissions.controller';
import { CommissionsService } from './commissions.service';

@Module({ imports: [PeopleModule, AuditModule], controllers: [CommissionsController], providers: [CommissionsService] })
export class CommissionsModule {}
