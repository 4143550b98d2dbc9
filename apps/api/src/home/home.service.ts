import { HomeGroupActivity, HomeView, Me } from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgreementsService } from '../agreements';
import { DashboardService } from '../groups';
import { Clock } from '../common/clock';
import { GroupsService } from '../groups';
import { nextMeetingsOf, sessionCalendarFile } from '../meetings';
import { NotificationsService } from '../notifications';
import { openPollsOf } from '../voting';

/** How many entries each list of the home shows; the pages behind its links hold the rest. */
const SHOWN = 5;
/** An open session started this long ago still counts as "next" (it is running). */
const RUNNING_HOURS = 12;

/**
 * The home of a signed-in person (`/inicio`): assembled from each domain's own services and query functions, scoped to
 * what the person may read (their commissions' sessions and polls, the groups they take part in).
 */
@Injectable()
export class HomeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboard: DashboardService,
    private readonly groups: GroupsService,
    private readonly notifications: NotificationsService,
    private readonly agreements: AgreementsService,
    private readonly clock: Clock,
  ) {}

  async forUser(me: Me): Promise<HomeView> {
    const commissionIds = me.commissions.map((grant) => grant.commissionId);
    const myGroups = await this.dashboard.activeGroupsOf(me.id);
    const [nextMeetings, openPolls, mine, coordinated, groupActivity, notifications, unreadNotifications, myAgreements] = await Promise.all(
      [
        nextMeetingsOf(this.db.manager, commissionIds, SHOWN, RUNNING_HOURS),
        openPollsOf(
          this.db.manager,
          me.commissions.filter((grant) => grant.votes).map((grant) => grant.commissionId),
          SHOWN,
        ),
        this.dashboard.forGroups(myGroups),
        this.dashboard.forUser(me),
        this.activity(me, myGroups),
        this.notifications.list(me.id, { page: 1, pageSize: SHOWN }),
        this.notifications.unreadCount(me.id),
        this.agreements.assignedTo(me.id, SHOWN),
      ],
    );
    return {
      today: commissionDay(this.clock.now()),
      nextMeetings,
      openPolls,
      myDue: [...mine.overdue, ...mine.dueSoon].slice(0, SHOWN * 2),
      myAgreements,
      toDecide: { inputsToReview: coordinated.inputsToReview.slice(0, SHOWN), joinRequests: coordinated.joinRequests.slice(0, SHOWN) },
      groupActivity,
      notifications: notifications.items,
      unreadNotifications,
    };
  }

  /** The session's calendar file; whether `me` may read the session is the caller's to check. */
  async calendar(meetingId: string, sessionUrl: string): Promise<string> {
    return (await sessionCalendarFile(this.db.manager, meetingId, sessionUrl)).content;
  }

  /** The latest events of each of my groups (read through the groups service, so private texts stay private). */
  private async activity(me: Me, groups: Array<{ id: string; name: string }>): Promise<HomeGroupActivity[]> {
    const pages = await Promise.all(
      groups.slice(0, SHOWN).map(async (g) => {
        const page = await this.groups.activity(me, g.id, { page: 1, pageSize: SHOWN });
        return page.items.map((event) => ({ ...event, groupId: g.id, groupName: g.name }));
      }),
    );
    return pages
      .flat()
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, SHOWN);
  }
}
