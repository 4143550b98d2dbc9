import { HomeGroupActivity, HomeMeeting, HomePoll, HomeView, Me } from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AgreementsService } from '../agreements';
import { DashboardService } from '../groups';
import { Clock } from '../common/clock';
import { GroupMemberEntity } from '../groups/group-member.entity';
import { GroupsService } from '../groups';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { NotificationsService } from '../notifications';
import { PollEntity } from '../voting/entities/poll.entity';

/** How many entries each list of the home shows; the pages behind its links hold the rest. */
const SHOWN = 5;
/** An open session started this long ago still counts as "next" (it is running). */
const RUNNING_HOURS = 12;

/**
 * The home of a signed-in person (`/inicio`): assembled from each domain's own services and entities, scoped to
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
    const memberships = await this.db.getRepository(GroupMemberEntity).find({
      where: { personId: me.id, group: { status: 'active' } },
      relations: { group: true },
      order: { group: { name: 'ASC' } },
    });
    const myGroups = memberships.map((m) => m.group);
    const [nextMeetings, openPolls, mine, coordinated, groupActivity, notifications, unreadNotifications, myAgreements] = await Promise.all(
      [
        this.nextMeetings(commissionIds),
        this.openPolls(me.commissions.filter((grant) => grant.votes).map((grant) => grant.commissionId)),
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

  meeting(id: string): Promise<MeetingEntity> {
    return this.db.getRepository(MeetingEntity).findOneByOrFail({ id });
  }

  private async nextMeetings(commissionIds: string[]): Promise<HomeMeeting[]> {
    if (commissionIds.length === 0) return [];
    const meetings = await this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.commission_id IN (:...commissionIds)', { commissionIds })
      .andWhere(`(m.status = 'convened' OR (m.status = 'open' AND m.scheduled_at > now() - make_interval(hours => :running)))`, {
        running: RUNNING_HOURS,
      })
      .orderBy('m.scheduled_at', 'ASC')
      .limit(SHOWN)
      .getMany();
    return meetings.map((m) => ({
      id: m.id,
      title: m.title,
      scheduledAt: m.scheduledAt.toISOString(),
      place: m.place,
      status: m.status,
      convenedAt: m.convenedAt?.toISOString() ?? null,
    }));
  }

  private async openPolls(commissionIds: string[]): Promise<HomePoll[]> {
    if (commissionIds.length === 0) return [];
    const polls = await this.db.getRepository(PollEntity).find({
      where: { status: 'open', meeting: { commissionId: In(commissionIds), status: 'open' } },
      relations: { meeting: true },
      order: { openedAt: 'DESC' },
      take: SHOWN,
    });
    return polls.map((p) => ({ id: p.id, meetingId: p.meetingId, meetingTitle: p.meeting.title, title: p.subject }));
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
