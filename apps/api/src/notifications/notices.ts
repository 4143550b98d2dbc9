/**
 * What each domain event tells whom: the recipients, the in-app words and the mail of every notification kind that
 * a command raises (a poll opened, a letter recorded, a join request or an input answered, an agreement assigned). The domains call one
 * method inside their writing transaction and run the returned task after the commit, as `notify` asks.
 */
import { ReviewInput } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import {
  agreementAssignedMail,
  inputAnsweredMail,
  joinRequestAnsweredMail,
  pollOpenedMail,
  representationRecordedMail,
} from './mail-templates';
import { NotificationsService } from './notifications.service';

type AfterCommitTask = () => Promise<void>;

interface Session {
  id: string;
  title: string;
}

const nobody: AfterCommitTask = async () => undefined;

@Injectable()
export class Notices {
  constructor(private readonly notifications: NotificationsService) {}

  /** Every person holding a voting right on the poll's item when it opens: present members and representatives. */
  pollOpened(em: EntityManager, meeting: Session, poll: { subject: string }, rights: Array<{ holderPersonId: string | null }>) {
    const holders = [...new Set(rights.map((r) => r.holderPersonId).filter((id): id is string => id !== null))];
    return this.notifications.notify(em, holders, {
      kind: 'poll_opened',
      title: `Votación abierta: ${poll.subject}`,
      body: `Se abrió una votación en la ${meeting.title} en la que usted tiene derecho a voto.`,
      link: `/sessions/${meeting.id}`,
      mailText: pollOpenedMail(poll.subject, meeting.title),
    });
  }

  /** The representative a letter names, when they have an account (a name alone gets nothing). */
  async representationRecorded(
    em: EntityManager,
    meeting: Session,
    letter: { memberPersonId: string; representativePersonId?: string | null },
  ): Promise<AfterCommitTask> {
    if (!letter.representativePersonId) return nobody;
    const member = await em.findOneByOrFail(PersonEntity, { id: letter.memberPersonId });
    return this.notifications.notify(em, [letter.representativePersonId], {
      kind: 'representation_recorded',
      title: `Oficio de representación: ${meeting.title}`,
      body: `Se registró un oficio por el que usted representa a ${member.name} en la ${meeting.title}.`,
      link: `/sessions/${meeting.id}`,
      mailText: representationRecordedMail(member.name, meeting.title),
    });
  }

  /** The person who asked to join, told the answer and its reason. */
  joinRequestAnswered(
    em: EntityManager,
    group: { id: string; name: string },
    request: { personId: string },
    answer: { accepted: boolean; reason: string | null },
  ): Promise<AfterCommitTask> {
    return this.notifications.notify(em, [request.personId], {
      kind: 'join_request_answered',
      title: `${answer.accepted ? 'Solicitud aceptada' : 'Solicitud declinada'}: ${group.name}`,
      body: answer.reason ?? (answer.accepted ? 'Ya forma parte del grupo.' : 'La coordinación no dio un motivo.'),
      link: `/groups/${group.id}`,
      mailText: joinRequestAnsweredMail(group.name, answer.accepted, answer.reason),
    });
  }

  /** The author of an input, told the coordination's answer and its reason. */
  inputAnswered(
    em: EntityManager,
    deliverable: { id: string; title: string },
    input: { title: string; authorId: string },
    answer: ReviewInput,
  ): Promise<AfterCommitTask> {
    const decided = { accepted: 'aceptado', needs_changes: 'con cambios solicitados', declined: 'declinado' }[answer.decision];
    return this.notifications.notify(em, [input.authorId], {
      kind: 'input_answered',
      title: `Insumo ${decided}: ${input.title}`,
      body: answer.reason,
      link: `/groups/deliverables/${deliverable.id}`,
      mailText: inputAnsweredMail(input.title, deliverable.title, answer.decision, answer.reason),
    });
  }

  /** The person an agreement is assigned to, with its text and deadline. */
  agreementAssigned(
    em: EntityManager,
    agreement: { id: string; number: string; text: string; dueOn: string | null },
    personId: string,
  ): Promise<AfterCommitTask> {
    return this.notifications.notify(em, [personId], {
      kind: 'agreement_assigned',
      title: `Acuerdo asignado: ${agreement.number}`,
      body: agreement.text,
      link: `/voting/agreements/${agreement.id}`,
      mailText: agreementAssignedMail(agreement.number, agreement.text, agreement.dueOn),
    });
  }
}
