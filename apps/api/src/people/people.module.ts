import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { AuthModule } from '../auth/auth.module';
import { PeopleController } from './people.controller';
import { InitialAdminService } from './initial-admin.service';
import { PeopleService } from './people.service';

@Module({
  imports: [AuthModule, AuditModule],
  controllers: [PeopleController],
  providers: [PeopleService, InitialAdminService],
  exports: [PeopleService],
})
export class PeopleModule {}
