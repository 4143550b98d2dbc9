import { GroupEvent, GroupMember, JoinRequest, Milestone, PersonRef } from '@cocrea/contracts';
import { isOverdue } from '@cocrea/domain';
import { toPerson } from '../people';
import { PersonEntity } from '../people/person.entity';
import { GroupEventEntity } from './group-event.entity';
import { GroupMemberEntity } from './group-member.entity';
import { JoinRequestEntity } from './join-request.entity';
import { MilestoneEntity } from './milestone.entity';

/** `person.organization` must be loaded when the person has one. */
export function toPersonRef(person: PersonEntity): PersonRef {
  const org = person.organization;
  return { id: person.id, name: person.name, organization: org ? { id: org.id, name: org.name, shortName: org.shortName } : null };
}

export function toGroupMember(entity: GroupMemberEntity): GroupMember {
  return {
    id: entity.id,
    groupId: entity.groupId,
    role: entity.role,
    channel: entity.channel,
    joinedOn: entity.joinedOn,
    person: toPerson(entity.person),
  };
}

export function toJoinRequest(entity: JoinRequestEntity): JoinRequest {
  return {
    id: entity.id,
    groupId: entity.groupId,
    person: toPersonRef(entity.person),
    message: entity.message,
    channel: entity.channel,
    status: entity.status,
    requestedOn: entity.requestedOn,
    decidedBy: entity.decidedBy ? toPersonRef(entity.decidedBy) : null,
    decidedAt: entity.decidedAt?.toISOString() ?? null,
    reason: entity.reason,
  };
}

export function toGroupEvent(entity: GroupEventEntity): GroupEvent {
  return {
    id: entity.id,
    kind: entity.kind,
    actor: entity.actor ? toPersonRef(entity.actor) : null,
    subject: entity.subject,
    detail: entity.detail,
    answer: entity.answer,
    createdAt: entity.createdAt.toISOString(),
  };
}

/** `entity.group` must be loaded when the milestone belongs to a group. */
export function toMilestone(entity: MilestoneEntity, today: string): Milestone {
  return {
    id: entity.id,
    commissionId: entity.commissionId,
    groupId: entity.groupId,
    groupName: entity.group?.name ?? null,
    commitment: entity.commitment,
    title: entity.title,
    dueOn: entity.dueOn,
    completedOn: entity.completedOn,
    overdue: isOverdue(entity.dueOn, entity.completedOn !== null, today),
  };
}
