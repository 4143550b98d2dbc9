import { AddSpeaker, Me, MeetingState, OrderSpeakers } from '@cocrea/contracts';
import { canRequestFloor, isValidOrder, speakingLimitSeconds } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { CommissionEntity } from '../commissions/commission.entity';
import { invalidField } from '../common/problem';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { RecusalEntity } from './entities/recusal.entity';
import { SpeakerEntryEntity } from './entities/speaker-entry.entity';
import { conflict, mayTakePart, requireThat } from './meeting-access';
import { floorRefusal } from './room-refusal';
import { loadMeetingRecord, MeetingRecord } from './meeting-state';
import { MeetingsService } from './meetings.service';

/** The speakers' list of the current item: asking for, giving, finishing and withdrawing from the floor. */
@Injectable()
export class FloorService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly files: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Puts someone on the current item's list. No body: the caller asks for the floor. The chair or secretary may
   * name a member or representative in the room (someone who asked by chat or voice) or a guest by name.
   */
  requestFloor(me: Me, meetingId: string, input: AddSpeaker = {}): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      const onBehalf = input.personId !== undefined || input.guestName !== undefined;
      requireThat(onBehalf ? actor.manage : actor.grant !== undefined || actor.representative);
      this.meetings.requireLive(
        meeting,
        'solo se pide la palabra con la sesión abierta',
        'the floor is only asked for while the session is open',
      );
      const record = await loadMeetingRecord(em, meeting, this.files);
      const personId = input.guestName ? null : (input.personId ?? me.id);
      if (personId === me.id) {
        if (!mayTakePart(actor, record, this.clock.now())) throw floorRefusal(actor, record, this.clock.now());
      } else if (personId) requireInRoom(record, personId);
      const item = meeting.currentItemId ? await em.findOneBy(AgendaItemEntity, { id: meeting.currentItemId }) : null;
      if (!item) throw conflict('floor_conflict', 'No hay un punto del Orden del Día en curso.', 'No agenda item is under way.');
      if (personId && (await em.existsBy(RecusalEntity, { agendaItemId: item.id, personId }))) {
        throw conflict(
          'floor_conflict',
          'Se excusó de este punto por conflicto de interés.',
          'They stepped away from this item for a conflict of interest.',
        );
      }
      const entries = await em.findBy(SpeakerEntryEntity, { meetingId: meeting.id });
      if (personId && !canRequestFloor(entries, personId, item.id)) {
        throw conflict('floor_conflict', 'Ya está en la lista de oradores de este punto.', 'Already on the speakers’ list of this item.');
      }
      const commission = await em.findOneByOrFail(CommissionEntity, { id: meeting.commissionId });
      const rules = commission.rules;
      const limitSeconds = speakingLimitSeconds(item.kind, item.minutesAllotted, {
        interventionMinutes: numberOr(rules['max_intervention_minutes_in_dialogue']),
        presentationMinutes: numberOr(rules['guest_presentation_minutes']),
      });
      const position = Math.max(0, ...entries.filter((e) => e.agendaItemId === item.id).map((e) => e.position)) + 1;
      await em.insert(SpeakerEntryEntity, {
        meetingId: meeting.id,
        agendaItemId: item.id,
        personId,
        guestName: input.guestName ?? null,
        guestOrganization: input.guestName ? (input.guestOrganization ?? null) : null,
        position,
        limitSeconds,
        requestedAt: this.clock.now(),
      });
    });
  }

  giveFloor(me: Me, meetingId: string, entryId: string): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.meetings.requireLive(meeting, 'no se puede dar la palabra', 'the floor cannot be given');
      const entry = await this.meetings.entry(em, meeting, entryId);
      if (entry.status !== 'waiting')
        throw conflict('floor_conflict', 'Esa solicitud ya no está en espera.', 'That request is no longer waiting.');
      if (entry.agendaItemId !== meeting.currentItemId)
        throw conflict('floor_conflict', 'Esa solicitud es de otro punto del Orden del Día.', 'That request is for another agenda item.');
      const now = this.clock.now();
      await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'speaking' }, { status: 'done', endedAt: now });
      await em.update(SpeakerEntryEntity, { id: entry.id }, { status: 'speaking', startedAt: now });
    });
  }

  finishFloor(me: Me, meetingId: string, entryId: string): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      const entry = await this.meetings.entry(em, meeting, entryId);
      requireThat(actor.manage || entry.personId === me.id);
      if (entry.status !== 'speaking')
        throw conflict('floor_conflict', 'Esa persona no tiene la palabra.', 'That person does not have the floor.');
      await em.update(SpeakerEntryEntity, { id: entry.id }, { status: 'done', endedAt: this.clock.now() });
    });
  }

  withdrawFromFloor(me: Me, meetingId: string, entryId: string): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      const entry = await this.meetings.entry(em, meeting, entryId);
      requireThat(actor.manage || entry.personId === me.id);
      if (entry.status !== 'waiting')
        throw conflict('floor_conflict', 'Esa solicitud ya no está en espera.', 'That request is no longer waiting.');
      await em.update(SpeakerEntryEntity, { id: entry.id }, { status: 'withdrawn' });
    });
  }

  orderSpeakers(me: Me, meetingId: string, input: OrderSpeakers): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.meetings.requireLive(meeting, 'la lista de oradores no se puede ordenar', 'the speakers’ list cannot be ordered');
      const waiting = await em.findBy(SpeakerEntryEntity, {
        meetingId: meeting.id,
        agendaItemId: meeting.currentItemId ?? undefined,
        status: 'waiting',
      });
      if (
        !isValidOrder(
          waiting.map((w) => w.id),
          input.entryIds,
        )
      ) {
        throw invalidField(
          'entryIds',
          'Debe nombrar cada solicitud en espera del punto en curso, una sola vez.',
          'Must name each waiting request of the current item, once.',
        );
      }
      for (const [index, id] of input.entryIds.entries()) await em.update(SpeakerEntryEntity, { id }, { position: index + 1 });
    });
  }
}

function numberOr(value: string | number | undefined): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** A member of the session or a representative recorded in its roll call or letters. */
function requireInRoom(record: MeetingRecord, personId: string): void {
  const inRoom =
    record.members.some((m) => m.personId === personId) ||
    record.attendance.some((a) => a.representativePersonId === personId) ||
    record.representations.some((r) => r.representativePersonId === personId);
  if (!inRoom)
    throw invalidField(
      'personId',
      'No es integrante ni representante en esta sesión: inscríbalo como invitado, con su nombre.',
      'Neither a member nor a representative in this session: add them as a guest, by name.',
    );
}
