import { Me, MeetingState, RepresentationCorrection, UpdateRepresentation, WithdrawRepresentation } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { invalidField, notFound } from '../common/problem';
import { PersonEntity } from '../people/person.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { RepresentationEntity } from './entities/representation.entity';
import { conflict, requireThat, wrongStatus } from './meeting-access';
import { MeetingsService } from './meetings.service';

const reasonRequired = () =>
  conflict(
    'representation_conflict',
    'Este oficio ya se usó (el quórum de apertura o una votación lo tomaron en cuenta): indique el motivo; queda en el registro.',
    'This letter has been used (the opening quorum or a vote relied on it): give a reason; it stays on the record.',
  );

/**
 * Correcting and withdrawing representation letters (oficios). Nothing is deleted: a withdrawn letter stays
 * listed with when, by whom and why, and a correction keeps the fields it replaced. Once a letter has been
 * relied on (the opening quorum counted it, or a ballot was cast with it), either act needs a reason.
 */
@Injectable()
export class LettersService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly files: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  correct(me: Me, meetingId: string, representationId: string, input: UpdateRepresentation): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      const letter = await this.letterOf(em, meeting, representationId);
      if (input.representativePersonId) await this.meetings.requirePerson(em, input.representativePersonId, 'representativePersonId');
      if (input.representativePersonId && input.representativePersonId === letter.memberPersonId)
        throw invalidField('representativePersonId', 'Nadie puede representarse a sí mismo.', 'Nobody can stand in for themselves.');
      if (input.agendaItemIds) await this.meetings.requireItems(em, meeting, input.agendaItemIds, 'agendaItemIds');
      if (input.letterAttachmentId) await this.files.requireAll([input.letterAttachmentId], em);
      if (!input.reason && (await wasUsed(em, meeting, letter))) throw reasonRequired();
      const author = await em.findOneByOrFail(PersonEntity, { id: me.id });
      const correction: RepresentationCorrection = {
        at: this.clock.now().toISOString(),
        byName: author.name,
        reason: input.reason ?? null,
        before: {
          representativeName: letter.representativeName,
          validFrom: letter.validFrom?.toISOString() ?? null,
          validUntil: letter.validUntil?.toISOString() ?? null,
          agendaItemIds: letter.agendaItemIds,
        },
      };
      const date = (v: string | null | undefined, old: Date | null) => (v === undefined ? old : v && new Date(v));
      const next = {
        representativePersonId: input.representativePersonId === undefined ? letter.representativePersonId : input.representativePersonId,
        representativeName: input.representativeName ?? letter.representativeName,
        letterAttachmentId: input.letterAttachmentId === undefined ? letter.letterAttachmentId : input.letterAttachmentId,
        validFrom: date(input.validFrom, letter.validFrom),
        validUntil: date(input.validUntil, letter.validUntil),
        agendaItemIds: input.agendaItemIds === undefined ? letter.agendaItemIds : input.agendaItemIds,
      };
      if (next.validFrom && next.validUntil && next.validUntil < next.validFrom)
        throw invalidField('validUntil', 'No puede ser anterior al inicio de la vigencia.', 'Must not precede the start of validity.');
      await em.update(RepresentationEntity, { id: letter.id }, { ...next, corrections: [...letter.corrections, correction] });
      // The roll-call row that this letter filled follows the corrected representative (the representation is entered once).
      await em.update(
        AttendanceEntity,
        { meetingId: meeting.id, personId: letter.memberPersonId, status: 'represented', representativeName: letter.representativeName },
        { representativePersonId: next.representativePersonId, representativeName: next.representativeName },
      );
    });
  }

  withdraw(me: Me, meetingId: string, representationId: string, input: WithdrawRepresentation): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      const letter = await this.letterOf(em, meeting, representationId);
      if (!input.reason && (await wasUsed(em, meeting, letter))) throw reasonRequired();
      await em.update(
        RepresentationEntity,
        { id: letter.id },
        { withdrawnAt: this.clock.now(), withdrawnByPersonId: me.id, withdrawalReason: input.reason ?? null },
      );
      // Before the opening the row it filled goes with it; after, the roll call keeps what happened and warns.
      if (!meeting.openedAt)
        await em.delete(AttendanceEntity, {
          meetingId: meeting.id,
          personId: letter.memberPersonId,
          status: 'represented',
          representativeName: letter.representativeName,
        });
    });
  }

  private async letterOf(em: EntityManager, meeting: MeetingEntity, id: string): Promise<RepresentationEntity> {
    if (meeting.status === 'closed' || meeting.status === 'cancelled')
      throw wrongStatus(meeting.status, 'los oficios ya no se corrigen ni se retiran', 'letters are no longer corrected or withdrawn');
    const letter = await em.findOneBy(RepresentationEntity, { id, meetingId: meeting.id });
    if (!letter) throw notFound('un oficio de representación', 'representation letter');
    if (letter.withdrawnAt)
      throw conflict('representation_conflict', 'Ese oficio ya fue retirado.', 'That letter has already been withdrawn.');
    return letter;
  }
}

/**
 * Relied on: the session opened with the member recorded as represented by this person (the declared quorum
 * counted it), or this person cast the member's vote.
 */
async function wasUsed(em: EntityManager, meeting: MeetingEntity, letter: RepresentationEntity): Promise<boolean> {
  const [{ used }] = (await em.query(
    `SELECT (
        ($5::boolean AND EXISTS (SELECT 1 FROM attendances a
                 WHERE a.meeting_id = $1 AND a.person_id = $2 AND a.status = 'represented'
                   AND (a.representative_person_id = $3 OR a.representative_name = $4)))
        OR EXISTS (SELECT 1 FROM voting_right_uses u JOIN polls p ON p.id = u.poll_id
                    WHERE p.meeting_id = $1 AND u.member_person_id = $2 AND u.cast_by_person_id = $3)
      ) AS used`,
    [letter.meetingId, letter.memberPersonId, letter.representativePersonId, letter.representativeName, meeting.openedAt !== null],
  )) as Array<{ used: boolean }>;
  return used;
}
