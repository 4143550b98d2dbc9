import {
  CreatePersonSchema,
  ExportQuerySchema,
  Page,
  Person,
  PersonDetail,
  PersonEntry,
  PersonQuerySchema,
  UpdatePersonSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, RequirePermission } from '../common/route-access';
import type { AuthenticatedUser } from '../common/route-access';
import { ExportColumn, sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { PeopleService } from './people.service';

class PersonQueryDto extends createZodDto(PersonQuerySchema) {}
class PersonExportQueryDto extends createZodDto(PersonQuerySchema.omit({ page: true, pageSize: true }).extend(ExportQuerySchema.shape)) {}
class CreatePersonDto extends createZodDto(CreatePersonSchema) {}
class UpdatePersonDto extends createZodDto(UpdatePersonSchema) {}

const EXPORT_COLUMNS: ExportColumn<PersonEntry>[] = [
  { field: 'id', value: (p) => p.id },
  { field: 'name', value: (p) => p.name },
  { field: 'email', value: (p) => p.email },
  { field: 'title', value: (p) => p.title },
  { field: 'organization', value: (p) => p.organization?.name ?? null },
  { field: 'state', value: (p) => p.organization?.state ?? null },
  { field: 'active', value: (p) => p.active },
];

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Authenticated()
  @Get()
  list(@Query() query: PersonQueryDto): Promise<Page<PersonEntry>> {
    return this.people.list(query);
  }

  @Authenticated()
  @Get('export')
  async export(@Query() query: PersonExportQueryDto, @Res() response: Response): Promise<void> {
    const { format, ...filters } = query;
    sendExport(response, format, 'people', EXPORT_COLUMNS, await this.people.exportRows(filters));
  }

  @Authenticated()
  @Get(':id')
  get(@UuidParam('id') id: string): Promise<PersonDetail> {
    return this.people.get(id);
  }

  @RequirePermission('people.write')
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreatePersonDto): Promise<Person> {
    return this.people.create(user.me.id, body);
  }

  @RequirePermission('people.write')
  @Patch(':id')
  update(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string, @Body() body: UpdatePersonDto): Promise<Person> {
    return this.people.update(user.me, id, body);
  }
}
