import { CommissionRoleGrant, Me, MeetingStatus } from '@cocrea/contracts';
import { can, mayAddOtherBusiness as memberMayAdd, mayTakePart as seatTakesPart } from '@cocrea/domain';
import { EntityManager, IsNull } from 'typeorm';
import { AppException } from '../common/problem';
import { AttendanceEntity } from './entities/attendance.entity';
import { RepresentationEntity } from './entities/representation.entity';
import type { MeetingRecord } from './meeting-state';

/** What the caller may do in one session; decided on the server from their roles, never from the client. */
export interface MeetingActor {
  me: Me;
  /** Active role in the session's commission, if any. */
  grant: CommissionRoleGrant | undefined;
  /** Chair or secretary: drafts, convenes, takes the roll call, records decisions, moves the item, gives the floor. */
  manage: boolean;
  /** Chair: opens and closes. */
  preside: boolean;
  /** Recorded as someone's representative in this session. */
  representative: boolean;
}

export async function actorIn(em: EntityManager, me: Me, meeting: { id: string; commissionId: string }): Promise<MeetingActor> {
  const grant = me.commissions.find((c) => c.commissionId === meeting.commissionId);
  const representative =
    !grant &&
    ((await em.existsBy(AttendanceEntity, { meetingId: meeting.id, representativePersonId: me.id })) ||
      (await em.existsBy(RepresentationEntity, { meetingId: meeting.id, representativePersonId: me.id, withdrawnAt: IsNull() })));
  return {
    me,
    grant,
    manage: can(me, 'meetings.manage', meeting.commissionId),
    preside: can(me, 'meetings.preside', meeting.commissionId),
    representative,
  };
}

/** Members of the commission, their accredited representatives and platform admins are in the room. */
export const mayEnter = (actor: MeetingActor) => actor.me.platformRole === 'admin' || actor.grant !== undefined || actor.representative;

/** Each seat takes part once: a member present in person, or the representative of a represented member (see the domain rule). */
export function mayTakePart(actor: MeetingActor, record: MeetingRecord, at: Date): boolean {
  return seatTakesPart({
    personId: actor.me.id,
    isMember: actor.grant !== undefined,
    attendance: record.attendance,
    representations: record.representations.map((r) => ({ ...r, hasLetter: r.letterAttachmentId !== null })),
    agendaItemId: record.meeting.currentItemId,
    at,
  });
}

/** Members of the commission add "Asuntos Generales"; the page asks the same domain rule. */
export const mayAddOtherBusiness = (actor: MeetingActor, meeting: { commissionId: string }) => memberMayAdd(actor.me, meeting.commissionId);

export function requireThat(allowed: boolean): void {
  if (!allowed) throw new AppException('forbidden');
}

const STATUS_NAMES: Record<MeetingStatus, { es: string; en: string }> = {
  draft: { es: 'en borrador', en: 'a draft' },
  convened: { es: 'convocada', en: 'convened' },
  open: { es: 'abierta', en: 'open' },
  closed: { es: 'cerrada', en: 'closed' },
  cancelled: { es: 'cancelada', en: 'cancelled' },
};

/** 409 with the session's state and what cannot happen in it, in both languages. */
export function wrongStatus(status: MeetingStatus, es: string, en: string): AppException {
  return new AppException('meeting_wrong_status', {
    'status.es': STATUS_NAMES[status].es,
    'status.en': STATUS_NAMES[status].en,
    'action.es': es,
    'action.en': en,
  });
}

export const conflict = (
  code: 'attendance_conflict' | 'floor_conflict' | 'minutes_conflict' | 'decision_conflict' | 'call_conflict' | 'representation_conflict',
  es: string,
  en: string,
) => new AppException(code, { 'reason.es': es, 'reason.en': en });
