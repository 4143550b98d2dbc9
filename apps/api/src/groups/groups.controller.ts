import {
  AddGroupMemberSchema,
  AddPartnerOrganizationSchema,
  CreateJoinRequestSchema,
  CreateMilestoneSchema,
  DecideJoinRequestSchema,
  ExportQuerySchema,
  GroupEvent,
  GroupMember,
  GroupMemberQuerySchema,
  GroupsAccess,
  GroupsDashboard,
  GroupsDashboardQuerySchema,
  JoinRequest,
  JoinRequestQuerySchema,
  Milestone,
  MilestoneQuerySchema,
  Page,
  PageQuerySchema,
  UpdateGroupMemberSchema,
  UpdateMilestoneSchema,
  WorkingGroupDetail,
} from '@cocrea/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { ExportColumn, sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { DashboardService } from './dashboard.service';
import { GroupAccess } from './group-access.service';
import { GroupsService } from './groups.service';
import { JoinRequestsService } from './join-requests.service';
import { MilestonesService } from './milestones.service';

class MemberQueryDto extends createZodDto(GroupMemberQuerySchema) {}
class DashboardQueryDto extends createZodDto(GroupsDashboardQuerySchema) {}
class ExportQueryDto extends createZodDto(ExportQuerySchema.strict()) {}
class AddMemberDto extends createZodDto(AddGroupMemberSchema) {}
class UpdateGroupMemberDto extends createZodDto(UpdateGroupMemberSchema) {}
class AddPartnerDto extends createZodDto(AddPartnerOrganizationSchema) {}
class JoinRequestQueryDto extends createZodDto(JoinRequestQuerySchema) {}
class CreateJoinRequestDto extends createZodDto(CreateJoinRequestSchema) {}
class DecideJoinRequestDto extends createZodDto(DecideJoinRequestSchema) {}
class MilestoneQueryDto extends createZodDto(MilestoneQuerySchema) {}
class CreateMilestoneDto extends createZodDto(CreateMilestoneSchema) {}
class UpdateMilestoneDto extends createZodDto(UpdateMilestoneSchema) {}
class PageQueryDto extends createZodDto(PageQuerySchema) {}

const MEMBER_EXPORT_COLUMNS: ExportColumn<GroupMember>[] = [
  { field: 'member_id', value: (m) => m.id },
  { field: 'person_id', value: (m) => m.person.id },
  { field: 'name', value: (m) => m.person.name },
  { field: 'role', value: (m) => m.role },
  { field: 'organization', value: (m) => m.person.organization?.name ?? null },
  { field: 'state', value: (m) => m.person.organization?.state ?? null },
  { field: 'channel', value: (m) => m.channel },
  { field: 'joined_on', value: (m) => m.joinedOn },
];

/**
 * One working group. Every route needs a session; who may do what inside the group (read, manage, submit,
 * ask to join) is decided by GroupAccess from the caller's commission and group roles.
 */
@ApiTags('groups')
@Controller('groups')
export class GroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly joinRequests: JoinRequestsService,
    private readonly milestones: MilestonesService,
    private readonly dashboards: DashboardService,
    private readonly groupAccess: GroupAccess,
  ) {}

  @Authenticated()
  @Get('access')
  async access(@CurrentUser() user: AuthenticatedUser): Promise<GroupsAccess> {
    return { readsGroups: await this.groupAccess.readsAnyGroup(user.me) };
  }

  @Authenticated()
  @Get('dashboard')
  dashboard(@CurrentUser() user: AuthenticatedUser, @Query() query: DashboardQueryDto): Promise<GroupsDashboard> {
    return this.dashboards.forUser(user.me, query.commissionId);
  }

  @Authenticated()
  @Get(':groupId')
  get(@CurrentUser() user: AuthenticatedUser, @UuidParam('groupId') groupId: string): Promise<WorkingGroupDetail> {
    return this.groups.get(user.me, groupId);
  }

  @Authenticated()
  @Post(':groupId/archive')
  @HttpCode(200)
  archive(@CurrentUser() user: AuthenticatedUser, @UuidParam('groupId') groupId: string): Promise<WorkingGroupDetail> {
    return this.groups.archive(user.me, groupId);
  }

  @Authenticated()
  @Delete(':groupId')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthenticatedUser, @UuidParam('groupId') groupId: string): Promise<void> {
    return this.groups.remove(user.me, groupId);
  }

  @Authenticated()
  @Get(':groupId/members')
  members(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Query() query: MemberQueryDto,
  ): Promise<Page<GroupMember>> {
    return this.groups.listMembers(user.me, groupId, query);
  }

  @Authenticated()
  @Get(':groupId/members/export')
  async exportMembers(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    sendExport(response, query.format, 'group-members', MEMBER_EXPORT_COLUMNS, await this.groups.exportMembers(user.me, groupId));
  }

  @Authenticated()
  @Post(':groupId/members')
  addMember(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Body() body: AddMemberDto,
  ): Promise<GroupMember> {
    return this.groups.addMember(user.me, groupId, body);
  }

  @Authenticated()
  @Patch(':groupId/members/:memberId')
  updateMember(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @UuidParam('memberId') memberId: string,
    @Body() body: UpdateGroupMemberDto,
  ): Promise<GroupMember> {
    return this.groups.updateMember(user.me, groupId, memberId, body);
  }

  @Authenticated()
  @Delete(':groupId/members/:memberId')
  @HttpCode(204)
  removeMember(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @UuidParam('memberId') memberId: string,
  ): Promise<void> {
    return this.groups.removeMember(user.me, groupId, memberId);
  }

  @Authenticated()
  @Post(':groupId/partner-organizations')
  addPartner(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Body() body: AddPartnerDto,
  ): Promise<WorkingGroupDetail> {
    return this.groups.addPartnerOrganization(user.me, groupId, body);
  }

  @Authenticated()
  @Get(':groupId/join-requests')
  listJoinRequests(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Query() query: JoinRequestQueryDto,
  ): Promise<Page<JoinRequest>> {
    return this.joinRequests.list(user.me, groupId, query);
  }

  @Authenticated()
  @Post(':groupId/join-requests')
  requestToJoin(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Body() body: CreateJoinRequestDto,
  ): Promise<JoinRequest> {
    return this.joinRequests.create(user.me, groupId, body);
  }

  @Authenticated()
  @Post(':groupId/join-requests/:requestId/accept')
  @HttpCode(200)
  accept(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @UuidParam('requestId') requestId: string,
    @Body() body: DecideJoinRequestDto,
  ): Promise<JoinRequest> {
    return this.joinRequests.accept(user.me, groupId, requestId, body);
  }

  @Authenticated()
  @Post(':groupId/join-requests/:requestId/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @UuidParam('requestId') requestId: string,
    @Body() body: DecideJoinRequestDto,
  ): Promise<JoinRequest> {
    return this.joinRequests.decline(user.me, groupId, requestId, body);
  }

  @Authenticated()
  @Get(':groupId/milestones')
  listMilestones(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Query() query: MilestoneQueryDto,
  ): Promise<Page<Milestone>> {
    return this.milestones.listForGroup(user.me, groupId, query);
  }

  @Authenticated()
  @Post(':groupId/milestones')
  createMilestone(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Body() body: CreateMilestoneDto,
  ): Promise<Milestone> {
    return this.milestones.createForGroup(user.me, groupId, body);
  }

  @Authenticated()
  @Get(':groupId/activity')
  activity(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<GroupEvent>> {
    return this.groups.activity(user.me, groupId, query);
  }
}

@ApiTags('groups')
@Controller('milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Authenticated()
  @Patch(':milestoneId')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('milestoneId') milestoneId: string,
    @Body() body: UpdateMilestoneDto,
  ): Promise<Milestone> {
    return this.milestones.update(user.me, milestoneId, body);
  }
}
