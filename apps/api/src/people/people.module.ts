import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { AccountChanges } from './account-changes';
import { PeopleController } from './people.controller';
import { InitialAdminService } from './initial-admin.service';
import { PasswordHasher } from './password-hasher';
import { PeopleService } from './people.service';
import { PersonMemberships } from './person-memberships';

@Module({
  imports: [AuditModule],
  controllers: [PeopleController],
  providers: [PeopleService, InitialAdminService, PasswordHasher, AccountChanges, PersonMemberships],
  exports: [PeopleService, PasswordHasher, AccountChanges, PersonMemberships],
})
export class PeopleModule {}
