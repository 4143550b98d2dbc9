import { DecisionKind, DecisionOutcome, OutcomeMethod } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/unique-violation';
import { sha256 } from '../common/sha256';
import { agreementLedger, AgreementRef } from './agreement-ledger';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { DecisionEntity } from './entities/decision.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { MinutesVersionEntity } from './entities/minutes-version.entity';
import { conflict } from './meeting-access';
import { draftMinutesOf } from './meeting-minutes';
import { loadMeetingRecord } from './meeting-state';

export interface NewOutcome {
  agendaItemId: string;
  kind: DecisionKind;
  subject: string;
  /** What a poll decides elsewhere (its `subjectRef`). */
  subjectRef?: string | null;
  outcome: DecisionOutcome;
  method: OutcomeMethod;
  pollId?: string | null;
  yes?: number | null;
  no?: number | null;
  abstain?: number | null;
  legalBasis?: string | null;
  recordedAt: Date;
  /** The agreement's text when it differs from the subject (a choice poll names the winning option). */
  agreementText?: string;
}

export interface RecordedOutcome {
  outcome: DecisionEntity;
  agreement: AgreementRef | null;
  approvedMinutesOf: { meetingId: string; title: string } | null;
}

/**
 * Which question of its item an outcome answers, and so its kind: what a poll decides elsewhere (an amendment), the
 * agenda's approval, the waiver of reading, the minutes the item names (any vote on that item decides them), or
 * else the subject put to the room. Two recordings of one question on one item are the same decision.
 */
export function questionOf(
  item: Pick<AgendaItemEntity, 'approvesMinutesOfId'>,
  kind: DecisionKind,
  subject: string,
  subjectRef?: string | null,
): { kind: DecisionKind; question: string } {
  if (subjectRef) return { kind, question: subjectRef };
  const settled = kind === 'other' && item.approvesMinutesOfId ? 'minutes_approval' : kind;
  return { kind: settled, question: settled === 'other' ? `asunto:${subject.trim()}` : settled };
}

export const outcomeAlreadyRecorded = () =>
  conflict(
    'decision_conflict',
    'Ese punto ya tiene su resultado registrado (una votación cerrada o una decisión): no se registra dos veces.',
    'That item’s outcome is already on record (a closed poll or a decision): it is not recorded twice.',
  );

/**
 * The one writer of what the room decided. Every way an item is decided (a poll's close, a show of hands or a
 * decision the secretary records) comes here, inside the caller's transaction: one outcome per item and question
 * (unique keys, so a second recording is a 409), the one agreement a passed outcome makes, and, on an item that
 * puts minutes to approval, the approval of exactly the session it names, frozen and versioned with its hash.
 */
@Injectable()
export class OutcomeRecorder {
  constructor(
    private readonly files: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  async record(em: EntityManager, meeting: MeetingEntity, input: NewOutcome): Promise<RecordedOutcome> {
    const item = await em.findOneByOrFail(AgendaItemEntity, { id: input.agendaItemId, meetingId: meeting.id });
    const { kind, question } = questionOf(item, input.kind, input.subject, input.subjectRef);
    if (await em.existsBy(DecisionEntity, { agendaItemId: item.id, question })) throw outcomeAlreadyRecorded();
    const approvesMinutes = question === 'minutes_approval';
    if (approvesMinutes && !item.approvesMinutesOfId)
      throw conflict(
        'minutes_conflict',
        'El punto no indica de qué sesión es el acta que se aprueba: indíquelo en la convocatoria.',
        'The item does not name which session’s minutes it approves: name it in the call.',
      );
    const passed = input.outcome !== 'rejected';
    const approvedMinutesOf = approvesMinutes && passed ? await this.approveMinutes(em, meeting, item.approvesMinutesOfId as string) : null;
    let outcome: DecisionEntity;
    try {
      outcome = await em.save(
        em.create(DecisionEntity, {
          meetingId: meeting.id,
          agendaItemId: item.id,
          kind,
          subject: input.subject,
          question,
          outcome: input.outcome,
          method: input.method,
          pollId: input.pollId ?? null,
          yes: input.yes ?? null,
          no: input.no ?? null,
          abstain: input.abstain ?? null,
          legalBasis: input.legalBasis ?? null,
          approvedMinutesOfId: approvedMinutesOf?.meetingId ?? null,
          recordedAt: input.recordedAt,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'decisions_item_question_key') || isUniqueViolation(error, 'decisions_poll_key'))
        throw outcomeAlreadyRecorded();
      throw error;
    }
    // What the room approved becomes one agreement to follow up (the unique decision_id backs "one").
    const agreement = passed
      ? await agreementLedger().createFromOutcome(em, {
          meetingId: meeting.id,
          text: input.agreementText ?? input.subject,
          adoption: input.outcome === 'unanimous' ? 'unanimity' : 'majority',
          yes: outcome.yes,
          no: outcome.no,
          abstain: outcome.abstain,
          decisionId: outcome.id,
        })
      : null;
    return { outcome, agreement, approvedMinutesOf };
  }

  /**
   * Approves the minutes of `targetId` in `approving`: once only (409 after), frozen as the text that stood — the
   * secretary's edit, or else the draft — and kept as a version with its SHA-256.
   */
  async approveMinutes(em: EntityManager, approving: MeetingEntity, targetId: string): Promise<{ meetingId: string; title: string }> {
    const target = await em.findOne(MeetingEntity, { where: { id: targetId }, lock: { mode: 'pessimistic_write' } });
    if (!target || target.status !== 'closed')
      throw conflict(
        'minutes_conflict',
        'Solo se aprueba el acta de una sesión clausurada.',
        'Only a closed session’s minutes are approved.',
      );
    if (target.minutesApprovedInId)
      throw conflict(
        'minutes_conflict',
        `El acta de la ${target.title} ya fue aprobada.`,
        `The minutes of ${target.title} are already approved.`,
      );
    const markdown =
      target.minutesMarkdown ?? (await draftMinutesOf(em, await loadMeetingRecord(em, target, this.files), this.clock.now())).markdown;
    await em.update(MeetingEntity, { id: target.id }, { minutesApprovedInId: approving.id, minutesMarkdown: markdown });
    await em.insert(MinutesVersionEntity, { meetingId: target.id, markdown, sha256: sha256(markdown), approvedInId: approving.id });
    return { meetingId: target.id, title: target.title };
  }
}
