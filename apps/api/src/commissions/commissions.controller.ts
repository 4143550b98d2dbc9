import {
  Commission,
  CommissionMember,
  CommissionMemberQuerySchema,
  CreateCommissionMemberSchema,
  CreateCommissionSchema,
  ExportQuerySchema,
  Page,
  PageQuerySchema,
  UpdateCommissionMemberSchema,
  UpdateCommissionSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, RequirePermission } from '../common/route-access';
import type { AuthenticatedUser } from '../common/route-access';
import { ExportColumn, sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { CommissionsService } from './commissions.service';

class PageQueryDto extends createZodDto(PageQuerySchema) {}
class MemberQueryDto extends createZodDto(CommissionMemberQuerySchema) {}
class MemberExportQueryDto extends createZodDto(
  CommissionMemberQuerySchema.omit({ page: true, pageSize: true }).extend(ExportQuerySchema.shape),
) {}
class CreateCommissionDto extends createZodDto(CreateCommissionSchema) {}
class UpdateCommissionDto extends createZodDto(UpdateCommissionSchema) {}
class CreateMemberDto extends createZodDto(CreateCommissionMemberSchema) {}
class UpdateCommissionMemberDto extends createZodDto(UpdateCommissionMemberSchema) {}

const MEMBER_EXPORT_COLUMNS: ExportColumn<CommissionMember>[] = [
  { field: 'member_id', value: (m) => m.id },
  { field: 'person_id', value: (m) => m.person.id },
  { field: 'name', value: (m) => m.person.name },
  { field: 'role', value: (m) => m.role },
  { field: 'votes', value: (m) => m.votes },
  { field: 'organization', value: (m) => m.person.organization?.name ?? null },
  { field: 'state', value: (m) => m.person.organization?.state ?? null },
  { field: 'since', value: (m) => m.since },
  { field: 'until', value: (m) => m.until },
  { field: 'active', value: (m) => m.active },
];

@ApiTags('commissions')
@Controller('commissions')
export class CommissionsController {
  constructor(private readonly commissions: CommissionsService) {}

  @Authenticated()
  @Get()
  list(@Query() query: PageQueryDto): Promise<Page<Commission>> {
    return this.commissions.list(query);
  }

  @RequirePermission('commissions.write')
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCommissionDto): Promise<Commission> {
    return this.commissions.create(user.me.id, body);
  }

  @Authenticated()
  @Get(':commissionId')
  get(@UuidParam('commissionId') commissionId: string): Promise<Commission> {
    return this.commissions.get(commissionId);
  }

  @RequirePermission('commissions.write')
  @Patch(':commissionId')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Body() body: UpdateCommissionDto,
  ): Promise<Commission> {
    return this.commissions.update(user.me.id, commissionId, body);
  }

  @Authenticated()
  @Get(':commissionId/members')
  listMembers(@UuidParam('commissionId') commissionId: string, @Query() query: MemberQueryDto): Promise<Page<CommissionMember>> {
    return this.commissions.listMembers(commissionId, query);
  }

  @Authenticated()
  @Get(':commissionId/members/export')
  async exportMembers(
    @UuidParam('commissionId') commissionId: string,
    @Query() query: MemberExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const { format, ...filters } = query;
    sendExport(response, format, 'commission-members', MEMBER_EXPORT_COLUMNS, await this.commissions.exportMembers(commissionId, filters));
  }

  @Authenticated()
  @Get(':commissionId/members/:memberId')
  getMember(@UuidParam('commissionId') commissionId: string, @UuidParam('memberId') memberId: string): Promise<CommissionMember> {
    return this.commissions.getMember(commissionId, memberId);
  }

  @RequirePermission('members.write', 'commissionId')
  @Post(':commissionId/members')
  addMember(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @Body() body: CreateMemberDto,
  ): Promise<CommissionMember> {
    return this.commissions.addMember(user.me.id, commissionId, body);
  }

  @RequirePermission('members.write', 'commissionId')
  @Patch(':commissionId/members/:memberId')
  updateMember(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('commissionId') commissionId: string,
    @UuidParam('memberId') memberId: string,
    @Body() body: UpdateCommissionMemberDto,
  ): Promise<CommissionMember> {
    return this.commissions.updateMember(user.me.id, commissionId, memberId, body);
  }
}
