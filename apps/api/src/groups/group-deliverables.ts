import { PersonRef } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';

/**
 * What the groups domain shows of its groups' deliverables. A deliverable belongs to a group, so the deliverables
 * domain sits above groups and groups cannot import it: the deliverables domain provides these reads as its module
 * starts, and the groups' dashboard, counts and delete guard reach them here.
 */
export interface GroupDeliverables {
  /** The open deliverables of these groups due before the horizon, soonest first. */
  dueBefore(em: EntityManager, groupIds: string[], horizon: string): Promise<DueDeliverable[]>;
  /** The inputs waiting for review on the open deliverables of these groups, oldest first. */
  inputsToReview(em: EntityManager, groupIds: string[]): Promise<InputToReview[]>;
  /** How many deliverables each of these groups has (groups without any are left out). */
  countsByGroup(em: EntityManager, groupIds: string[]): Promise<Map<string, number>>;
  /** Whether the group has any deliverable, inside the caller's transaction. */
  anyOf(em: EntityManager, groupId: string): Promise<boolean>;
}

export interface DueDeliverable {
  id: string;
  title: string;
  dueOn: string;
  groupId: string;
}

export interface InputToReview {
  id: string;
  title: string;
  deliverableId: string;
  deliverableTitle: string;
  groupId: string;
  author: PersonRef;
}

let provided: GroupDeliverables | null = null;

/** Called once by the deliverables domain as its module starts. */
export function provideGroupDeliverables(reads: GroupDeliverables): void {
  provided = reads;
}

export function groupDeliverables(): GroupDeliverables {
  if (!provided) throw new Error('The deliverables module has not started: no deliverables to show for groups.');
  return provided;
}
