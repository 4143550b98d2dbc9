/**
 * The meetings domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { LiveRooms } from './live/live-rooms';
export { actorIn, conflict, requireThat, wrongStatus } from './meeting-access';
export type { MeetingActor } from './meeting-access';
export { declaredAt } from './declared-at';
export { OutcomeRecorder, outcomeAlreadyRecorded, questionOf } from './outcomes';
export { nextMeetingsOf, sessionCalendarFile } from './home-meetings';
export { findMeetingRef } from './meeting-ref';
export type { MeetingRef } from './meeting-ref';
export { loadMeetingRecord, toMeetingState } from './meeting-state';
export { MeetingsModule } from './meetings.module';
export { MeetingsService, meetingNotFound, requireEntry } from './meetings.service';
export { agreementLedger, provideAgreementLedger } from './agreement-ledger';
export type { AgreementFromOutcome, AgreementLedger, AgreementRef } from './agreement-ledger';
export { provideClosedPollFacts } from './closed-poll-facts';
export type { ClosedPollFacts, NamedVote } from './closed-poll-facts';
