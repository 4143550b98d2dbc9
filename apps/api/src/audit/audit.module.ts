import { Module } from '@nestjs/common';
import { SessionAudit } from './session-audit';

/** The audit domain: the trails that let anyone check the record was not changed behind its back. */
@Module({ providers: [SessionAudit], exports: [SessionAudit] })
export class AuditModule {}
