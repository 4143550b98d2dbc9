import {
  CreateOrganizationSchema,
  ExportQuerySchema,
  Organization,
  OrganizationQuerySchema,
  Page,
  UpdateOrganizationSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, RequirePermission } from '../common/route-access';
import type { AuthenticatedUser } from '../common/route-access';
import { ExportColumn, sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { OrganizationsService } from './organizations.service';

class OrganizationQueryDto extends createZodDto(OrganizationQuerySchema) {}
class OrganizationExportQueryDto extends createZodDto(
  OrganizationQuerySchema.omit({ page: true, pageSize: true }).extend(ExportQuerySchema.shape),
) {}
class CreateOrganizationDto extends createZodDto(CreateOrganizationSchema) {}
class UpdateOrganizationDto extends createZodDto(UpdateOrganizationSchema) {}

const EXPORT_COLUMNS: ExportColumn<Organization>[] = [
  { field: 'id', value: (o) => o.id },
  { field: 'name', value: (o) => o.name },
  { field: 'short_name', value: (o) => o.shortName },
  { field: 'kind', value: (o) => o.kind },
  { field: 'state', value: (o) => o.state },
];

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Authenticated()
  @Get()
  list(@Query() query: OrganizationQueryDto): Promise<Page<Organization>> {
    return this.organizations.list(query);
  }

  @Authenticated()
  @Get('export')
  async export(@Query() query: OrganizationExportQueryDto, @Res() response: Response): Promise<void> {
    const { format, ...filters } = query;
    sendExport(response, format, 'organizations', EXPORT_COLUMNS, await this.organizations.exportRows(filters));
  }

  @Authenticated()
  @Get(':id')
  get(@UuidParam('id') id: string): Promise<Organization> {
    return this.organizations.get(id);
  }

  @RequirePermission('organizations.write')
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateOrganizationDto): Promise<Organization> {
    return this.organizations.create(user.me.id, body);
  }

  @RequirePermission('organizations.write')
  @Patch(':id')
  update(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string, @Body() body: UpdateOrganizationDto): Promise<Organization> {
    return this.organizations.update(user.me.id, id, body);
  }
}
