/**
 * The deliverables domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { groupsProgress, publicDeliverableRows, publicDeliverablesOf } from './public-deliverables';
export type { PublicDeliverableRow } from './public-deliverables';
