/**
 * The agreements domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { historyOf } from './agreement-history';
export { voteScopeOf, withOutcomePoll } from './agreement.mapper';
export { AgreementsModule } from './agreements.module';
export { AgreementsService } from './agreements.service';
