/**
 * The voting domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { openPollsOf } from './open-polls';
export { PollOutcomes } from './poll-outcomes';
export { VotingModule } from './voting.module';
