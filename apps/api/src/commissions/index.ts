/**
 * The commissions domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { CommissionsModule } from './commissions.module';
export {
  publicCommission,
  publicCommissionsPage,
  publicMemberRows,
  publicMembersByOffice,
  publicMembersPage,
  seatedMemberCounts,
} from './public-commissions';
export type { PublicCommissionFacts } from './public-commissions';
