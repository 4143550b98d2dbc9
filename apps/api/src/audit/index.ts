/** The audit domain's front door: what other domains may use. */
export { AuditModule } from './audit.module';
export { SessionAudit } from './session-audit';
export { ActivityLog } from './activity-log';
export { changedFields, CommissionAudit } from './commission-audit';
export type { ActivityRecord } from './commission-audit';
export { headOf, nextLink } from './chain-links';
