import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { AuthModule } from '../auth/auth.module';
import { CommissionsController } from './commissions.controller';
import { CommissionsService } from './commissions.service';

@Module({ imports: [AuthModule, AuditModule], controllers: [CommissionsController], providers: [CommissionsService] })
export class CommissionsModule {}
