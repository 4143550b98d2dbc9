import { AttendanceStatus } from '@cocrea/contracts';
import { itemPositions, LetterGap, letterGap, RepresentationWindow } from '@cocrea/domain';
import { EntityManager, In } from 'typeorm';
import { AppException } from '../common/problem';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { RepresentationEntity } from './entities/representation.entity';
import type { MeetingActor } from './meeting-access';
import type { MeetingRecord } from './meeting-state';

/**
 * A refusal in the room names the rule that refused: "La carta de representación cubre los puntos 2–3", not a bare
 * 403. These build the 403 problem (`room_refused`) once a rule has already said no; they never decide.
 */
export const roomRefused = (es: string, en: string) => new AppException('room_refused', { 'reason.es': es, 'reason.en': en });

const asWindow = (r: RepresentationEntity): RepresentationWindow => ({ ...r, hasLetter: r.letterAttachmentId !== null });

/** The letter's rule in words; `positions` of the items it covers (for `other_items`). */
function letterRefusal(gap: LetterGap, positions: number[]): AppException {
  switch (gap.reason) {
    case 'no_letter':
      return roomRefused(
        'No hay carta de representación en el expediente de esta sesión.',
        'No representation letter is on file for this session.',
      );
    case 'other_representative':
      return roomRefused(
        'La carta de representación nombra a otra persona como representante.',
        'The representation letter names someone else as the representative.',
      );
    case 'not_in_force':
      return roomRefused('La carta de representación no está vigente en este momento.', 'The representation letter is not in force now.');
    case 'other_items': {
      const items = itemPositions(positions);
      const plural = positions.length > 1;
      return roomRefused(
        `La carta de representación cubre ${plural ? 'los puntos' : 'el punto'} ${items}.`,
        `The representation letter covers ${plural ? 'items' : 'item'} ${items}.`,
      );
    }
  }
}

async function positionsOf(em: EntityManager, gap: LetterGap): Promise<number[]> {
  if (gap.reason !== 'other_items' || gap.agendaItemIds.length === 0) return [];
  return (await em.findBy(AgendaItemEntity, { id: In(gap.agendaItemIds) })).map((i) => i.position);
}

/** Why `mayTakePart` said no to the floor: not present, represented by someone, or the letter's rule. */
export function floorRefusal(actor: MeetingActor, record: MeetingRecord, at: Date): AppException {
  const personId = actor.me.id;
  const own = record.attendance.find((a) => a.personId === personId);
  if (actor.grant && own?.status === 'represented') {
    return roomRefused(
      'Su representante ocupa su lugar en esta sesión: pide la palabra por usted.',
      'Your representative holds your seat in this session and asks for the floor for you.',
    );
  }
  const represented = record.attendance.filter((a) => a.status === 'represented' && a.representativePersonId === personId);
  for (const entry of represented) {
    const letters = record.representations.filter((r) => r.memberPersonId === entry.personId).map(asWindow);
    const gap = letterGap(letters, {
      at,
      agendaItemId: record.meeting.currentItemId,
      representative: { personId, name: entry.representativeName },
    });
    if (gap) {
      const positions =
        gap.reason === 'other_items' ? record.agenda.filter((i) => gap.agendaItemIds.includes(i.id)).map((i) => i.position) : [];
      return letterRefusal(gap, positions);
    }
  }
  if (actor.grant) {
    return roomRefused(
      'El pase de lista no le registra como presente en esta sesión.',
      'The roll call does not record you as present in this session.',
    );
  }
  return roomRefused(
    'El pase de lista no le registra como representante de un integrante.',
    'The roll call does not record you as a member’s representative.',
  );
}

/**
 * Why a ballot for `memberPersonId` was refused: when the caller is the representative the roll call records for
 * that member, the letter's rule; otherwise the general "no voting right".
 */
export async function votingRightRefusal(
  em: EntityManager,
  meetingId: string,
  agendaItemId: string,
  memberPersonId: string,
  callerId: string,
  at: Date,
): Promise<AppException> {
  const entry = await em.findOneBy(AttendanceEntity, { meetingId, personId: memberPersonId });
  const status: AttendanceStatus | undefined = entry?.status;
  if (entry && status === 'represented' && entry.representativePersonId === callerId) {
    const letters = (await em.findBy(RepresentationEntity, { meetingId, memberPersonId })).map(asWindow);
    const gap = letterGap(letters, {
      at,
      agendaItemId,
      representative: { personId: callerId, name: entry.representativeName },
    });
    if (gap) return letterRefusal(gap, await positionsOf(em, gap));
  }
  return new AppException('no_voting_right');
}
