import { EntityManager } from 'typeorm';

/**
 * What is due, as the due-notice job (due-notices.ts) reads it. The items belong to domains that use notifications
 * to tell people (a group's milestones, its deliverables), so notifications cannot import them: each provides its
 * items as its module starts, and the groups domain names who answers for a group.
 */
export interface DueItem {
  itemKind: 'deliverable' | 'milestone';
  id: string;
  title: string;
  dueOn: string;
  link: string;
  groupId: string | null;
  commissionId: string;
  /** People named on the item (a deliverable's owner and contributors); empty means the coordination is told. */
  named: string[];
}

/** The unfinished items of active groups (and commission milestones) due from `from` until before `until`. */
export type DueItemsBetween = (em: EntityManager, from: string, until: string) => Promise<DueItem[]>;

/** The people who coordinate a group. */
export type GroupCoordinators = (em: EntityManager, groupId: string) => Promise<string[]>;

const sources = new Map<DueItem['itemKind'], DueItemsBetween>();
let coordinators: GroupCoordinators | null = null;

/** Called once by each domain with due items as its module starts. */
export function provideDueItems(kind: DueItem['itemKind'], between: DueItemsBetween): void {
  sources.set(kind, between);
}

/** Called once by the groups domain as its module starts. */
export function provideGroupCoordinators(of: GroupCoordinators): void {
  coordinators = of;
}

export async function dueItemsBetween(em: EntityManager, from: string, until: string): Promise<DueItem[]> {
  // Deliverables first, then milestones: the order the notices go out in.
  const kinds = [...sources.keys()].sort();
  return (await Promise.all(kinds.map((kind) => (sources.get(kind) as DueItemsBetween)(em, from, until)))).flat();
}

export function groupCoordinators(em: EntityManager, groupId: string): Promise<string[]> {
  if (!coordinators) throw new Error('The groups module has not started: no coordinators to tell.');
  return coordinators(em, groupId);
}
