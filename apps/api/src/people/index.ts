/**
 * The people domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { AccountChanges } from './account-changes';
export type { SignInKeeper } from './account-changes';
export { PasswordHasher } from './password-hasher';
export { PeopleModule } from './people.module';
export { PeopleService } from './people.service';
export { PersonMemberships } from './person-memberships';
export { personName } from './person-name';
export type { PersonMembership } from './person-memberships';
export { toPerson } from './person.mapper';
