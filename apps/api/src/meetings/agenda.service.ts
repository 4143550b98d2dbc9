import { AddOtherBusiness, DeclareRecusal, Me, MeetingState, RecordDecision, SetCurrentItem } from '@cocrea/contracts';
import { acceptsRollCall, checkShowOfHands } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { AppException, invalidField } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { declaredAt } from './declared-at';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { DecisionEntity } from './entities/decision.entity';
import { RecusalEntity } from './entities/recusal.entity';
import { SpeakerEntryEntity } from './entities/speaker-entry.entity';
import { conflict, mayAddOtherBusiness, requireThat, wrongStatus } from './meeting-access';
import { loadMeetingRecord, quorumOf } from './meeting-state';
import { MeetingsService } from './meetings.service';
import { OutcomeRecorder } from './outcomes';

/** The agenda under way: decisions (and the minutes they approve), the current item, any other business, recusals. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly files: AttachmentsService,
    private readonly outcomes: OutcomeRecorder,
    private readonly clock: Clock,
  ) {}

  /** `input` was parsed by the controller's DTO (defaults applied). */
  recordDecision(me: Me, meetingId: string, input: RecordDecision): Promise<MeetingState> {
    const parsed = { ...input, kind: input.kind ?? 'other' };
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.meetings.requireLive(
        meeting,
        'las decisiones se registran con la sesión abierta',
        'decisions are recorded while the session is open',
      );
      await this.meetings.requireItems(em, meeting, [parsed.agendaItemId], 'agendaItemId');
      const record = await loadMeetingRecord(em, meeting, this.files);
      this.checkVote(parsed, quorumOf(record, parsed.agendaItemId).present);
      const counted = parsed.yes !== undefined && parsed.yes !== null;
      await this.outcomes.record(em, meeting, {
        agendaItemId: parsed.agendaItemId,
        kind: parsed.kind,
        subject: parsed.subject,
        outcome: parsed.outcome,
        method: counted ? 'show_of_hands' : 'without_count',
        yes: parsed.yes,
        no: parsed.no,
        abstain: parsed.abstain,
        recordedAt: declaredAt(parsed, meeting.openedAt, this.clock.now(), 'decision'),
      });
    });
  }

  setCurrentItem(me: Me, meetingId: string, input: SetCurrentItem): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.meetings.requireLive(
        meeting,
        'solo se avanza en el Orden del Día con la sesión abierta',
        'the agenda only moves while the session is open',
      );
      await this.meetings.requireItems(em, meeting, [input.agendaItemId], 'agendaItemId');
      if (meeting.currentItemId !== input.agendaItemId) {
        // Requests for the floor belong to their item: moving on withdraws those still waiting (they stay on record).
        await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'waiting' }, { status: 'withdrawn' });
      }
      meeting.currentItemId = input.agendaItemId;
    });
  }

  addOtherBusiness(me: Me, meetingId: string, input: AddOtherBusiness): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(mayAddOtherBusiness(actor, meeting));
      this.meetings.requireLive(
        meeting,
        'los Asuntos Generales se inscriben con la sesión abierta',
        'any other business is added while the session is open',
      );
      if (await em.existsBy(DecisionEntity, { meetingId: meeting.id, kind: 'agenda_approval' })) {
        throw wrongStatus(
          meeting.status,
          'el Orden del Día ya fue aprobado y no admite nuevos Asuntos Generales',
          'the agenda is already approved and takes no more items of any other business',
        );
      }
      const items = await em.find(AgendaItemEntity, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
      const lastOpen = [...items].reverse().find((i) => i.kind === 'open');
      // After the last "Asuntos Generales" entry, or before the closing item when the call listed none.
      const position = lastOpen ? lastOpen.position + 1 : Math.max(1, items.length);
      await em
        .createQueryBuilder()
        .update(AgendaItemEntity)
        .set({ position: () => 'position + 1' })
        .where('meeting_id = :id AND position >= :position', { id: meeting.id, position })
        .execute();
      await em.insert(AgendaItemEntity, {
        meetingId: meeting.id,
        position,
        title: input.title,
        kind: 'open',
        addedByPersonId: actor.me.id,
      });
    });
  }

  declareRecusal(me: Me, meetingId: string, input: DeclareRecusal): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.grant?.votes === true);
      if (!acceptsRollCall(meeting.status))
        throw wrongStatus(
          meeting.status,
          'las excusas se declaran con la sesión convocada o abierta',
          'conflicts of interest are declared while the session is convened or open',
        );
      await this.meetings.requireItems(em, meeting, [input.agendaItemId], 'agendaItemId');
      try {
        await em.insert(RecusalEntity, {
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId,
          personId: actor.me.id,
          reason: input.reason ?? null,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'recusals_item_person_key')) throw new AppException('conflict');
        throw error;
      }
      // Nobody keeps a place to speak on an item they stepped away from.
      await em.update(
        SpeakerEntryEntity,
        { agendaItemId: input.agendaItemId, personId: actor.me.id, status: 'waiting' },
        { status: 'withdrawn' },
      );
    });
  }

  /** Outcome and counts agree, and no more hands than voting rights present (minus those recused from the item). */
  private checkVote(vote: RecordDecision, votingRightsPresent: number): void {
    const check = checkShowOfHands(vote, votingRightsPresent);
    if (check.ok) return;
    switch (check.problem) {
      case 'counts_required':
        throw invalidField(
          'yes',
          'Una decisión por mayoría lleva los votos a favor y en contra.',
          'A majority decision needs the votes for and against.',
        );
      case 'majority_not_reached':
        throw invalidField(
          'yes',
          'Por mayoría, los votos a favor deben superar a los votos en contra.',
          'By majority, votes for must exceed votes against.',
        );
      case 'unanimous_with_votes_against':
        throw invalidField('no', 'Una decisión unánime no tiene votos en contra.', 'A unanimous decision has no votes against.');
      case 'rejected_with_majority':
        throw invalidField(
          'outcome',
          'Hay más votos a favor que en contra: no fue rechazada.',
          'There are more votes for than against: it was not rejected.',
        );
      case 'more_votes_than_rights':
        throw conflict(
          'decision_conflict',
          `Se registran más votos que los ${votingRightsPresent} derechos de voto presentes en este punto.`,
          `More votes are recorded than the ${votingRightsPresent} voting rights present on this item.`,
        );
    }
  }
}
