import { GroupEventKind } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { GroupEventEntity } from './group-event.entity';

/** Appends to the group's activity, inside the transaction of the change it records. */
export async function recordGroupEvent(
  em: EntityManager,
  event: { groupId: string; kind: GroupEventKind; actorId: string | null; subject?: string | null; detail?: string | null },
): Promise<void> {
  await em.insert(GroupEventEntity, {
    groupId: event.groupId,
    kind: event.kind,
    actorId: event.actorId,
    subject: event.subject?.slice(0, 300) ?? null,
    detail: event.detail ?? null,
  });
}
