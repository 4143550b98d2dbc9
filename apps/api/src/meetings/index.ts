/**
 * The meetings domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { LiveRooms } from './live/live-rooms';
export { actorIn, wrongStatus } from './meeting-access';
export { meetingCalendarFile } from './meeting-call-mail';
export { loadMeetingRecord, toMeetingState } from './meeting-state';
export { MeetingsModule } from './meetings.module';
export { MeetingsService, meetingNotFound, requireEntry } from './meetings.service';
export { agreementLedger, provideAgreementLedger } from './agreement-ledger';
export type { AgreementFromOutcome, AgreementLedger, AgreementRef } from './agreement-ledger';
