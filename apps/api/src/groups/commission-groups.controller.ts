import {
  CreateGroupSchema,
  CreateMilestoneSchema,
  ExportQuerySchema,
  GroupQuerySchema,
  Milestone,
  MilestoneQuerySchema,
  Page,
  WorkingGroup,
  WorkingGroupDetail,
} from '@cocrea/contracts';
import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, RequirePermission } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { ExportColumn, sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { GroupsService } from './groups.service';
import { MilestonesService } from './milestones.service';

class GroupQueryDto extends createZodDto(GroupQuerySchema) {}
class CreateGroupDto extends createZodDto(CreateGroupSchema) {}
class ExportQueryDto extends createZodDto(ExportQuerySchema.strict()) {}
class MilestoneQueryDto extends createZodDto(MilestoneQuerySchema) {}
class CreateMilestoneDto extends createZodDto(CreateMilestoneSchema) {}

const GROUP_EXPORT_COLUMNS: ExportColumn<WorkingGroup>[] = [
  { field: 'group_id', value: (g) => g.id },
  { field: 'name', value: (g) => g.name },
  { field: 'purpose', value: (g) => g.purpose },
  { field: 'status', value: (g) => g.status },
  { field: 'coordinators', value: (g) => g.coordinators.map((c) => c.name).join('; ') },
  { field: 'members', value: (g) => g.memberCount },
  { field: 'partners', value: (g) => g.partnerCount },
  { field: 'partner_organizations', value: (g) => g.partnerOrganizationCount },
  { field: 'deliverables', value: (g) => g.deliverableCount },
  { field: 'created_at', value: (g) => g.createdAt },
];

/** A commission's working groups and roadmap. */
@ApiTags('groups')
@Controller('commissions/:commissionId')
export class CommissionGroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly milestones: MilestonesService,
  ) {}

  @Authenticated()
  @Get('groups')
  list(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Query() query: GroupQueryDto,
  ): Promise<Page<WorkingGroup>> {
    return this.groups.list(user.me, commissionId, query);
  }

  @Authenticated()
  @Get('groups/export')
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    sendExport(response, query.format, 'working-groups', GROUP_EXPORT_COLUMNS, await this.groups.exportGroups(user.me, commissionId));
  }

  @RequirePermission('groups.write', 'commissionId')
  @Post('groups')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Body() body: CreateGroupDto,
  ): Promise<WorkingGroupDetail> {
    return this.groups.create(user.me, commissionId, body);
  }

  @Authenticated()
  @Get('milestones')
  listMilestones(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Query() query: MilestoneQueryDto,
  ): Promise<Page<Milestone>> {
    return this.milestones.list(user.me, commissionId, query);
  }

  @RequirePermission('groups.write', 'commissionId')
  @Post('milestones')
  createMilestone(@UuidParam('commissionId') commissionId: string, @Body() body: CreateMilestoneDto): Promise<Milestone> {
    return this.milestones.createForCommission(commissionId, body);
  }
}
