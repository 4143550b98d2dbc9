/**
 * A person's home (`/inicio`): what is next for them across every domain, assembled by one api route from each
 * domain's own services. Each list is short (the latest or nearest few); the pages behind the links hold the rest.
 */
import type { Agreement } from './agreements';
import type { DashboardDatedItem, GroupEvent, GroupsDashboard } from './groups';
import type { AppNotification } from './notifications';

export interface HomeMeeting {
  id: string;
  title: string;
  scheduledAt: string;
  place: string | null;
  status: string;
  /** When the call went out (null while a draft). */
  convenedAt: string | null;
}

export interface HomePoll {
  id: string;
  meetingId: string;
  meetingTitle: string;
  title: string;
}

export interface HomeGroupActivity extends GroupEvent {
  groupId: string;
  groupName: string;
}

export interface HomeView {
  today: string;
  nextMeetings: HomeMeeting[];
  openPolls: HomePoll[];
  /** Deliverables and milestones of my groups, due within the horizon or overdue. */
  myDue: DashboardDatedItem[];
  /** Agreements assigned to me and not yet attended: overdue first, then by due date. */
  myAgreements: Agreement[];
  /** What I answer as a coordinator (inputs to review, join requests to decide). */
  toDecide: Pick<GroupsDashboard, 'inputsToReview' | 'joinRequests'>;
  groupActivity: HomeGroupActivity[];
  notifications: AppNotification[];
  unreadNotifications: number;
}
