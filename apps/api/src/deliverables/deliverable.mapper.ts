import { DeliverableInput, DeliverableStatusChange, DeliverableSummary, InputStatus, AttachmentSummary } from '@cocrea/contracts';
import { deliverableProgress, isOverdue } from '@cocrea/domain';
import { toPersonRef } from '../groups';
import { DeliverableInputEntity } from './deliverable-input.entity';
import { DeliverableStatusChangeEntity } from './deliverable-status-change.entity';
import { DeliverableEntity } from './deliverable.entity';

function progressOf(entity: DeliverableEntity): Pick<DeliverableSummary, 'progress' | 'progressBasis'> {
  const { percent, basis } = deliverableProgress(entity.status, entity.progressPercent);
  return { progress: percent, progressBasis: basis };
}

/** `entity.owner` (with organization) must be loaded when set; `inputs` are the statuses of its inputs. */
export function toDeliverableSummary(entity: DeliverableEntity, inputs: InputStatus[], today: string): DeliverableSummary {
  return {
    id: entity.id,
    groupId: entity.groupId,
    title: entity.title,
    kind: entity.kind,
    status: entity.status,
    dueOn: entity.dueOn,
    overdue: isOverdue(entity.dueOn, entity.status === 'delivered' || entity.status === 'cancelled', today),
    owner: entity.owner ? toPersonRef(entity.owner) : null,
    ...progressOf(entity),
    inputCount: inputs.length,
    pendingInputCount: inputs.filter((s) => s === 'pending').length,
  };
}

/** Author, organization and reviewer (each with organization) must be loaded. */
export function toDeliverableInput(entity: DeliverableInputEntity, attachments: AttachmentSummary[]): DeliverableInput {
  const org = entity.organization;
  return {
    id: entity.id,
    deliverableId: entity.deliverableId,
    title: entity.title,
    body: entity.body,
    author: toPersonRef(entity.author),
    organization: org ? { id: org.id, name: org.name, shortName: org.shortName } : null,
    status: entity.status,
    reason: entity.reason,
    reviewedBy: entity.reviewedBy ? toPersonRef(entity.reviewedBy) : null,
    reviewedAt: entity.reviewedAt?.toISOString() ?? null,
    attachments,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toStatusChange(entity: DeliverableStatusChangeEntity): DeliverableStatusChange {
  return {
    id: entity.id,
    from: entity.fromStatus,
    to: entity.toStatus,
    note: entity.note,
    changedBy: entity.changedBy ? toPersonRef(entity.changedBy) : null,
    changedAt: entity.createdAt.toISOString(),
  };
}
