import {
  ChangeDeliverableStatusSchema,
  CreateDeliverableSchema,
  Deliverable,
  DeliverableQuerySchema,
  DeliverableSummary,
  ExportQuerySchema,
  Page,
  ReviewInputSchema,
  ReviseInputSchema,
  SubmitInputSchema,
  UpdateDeliverableSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { ExportColumn, sendExport } from '../common/export';
import { UuidParam } from '../common/uuid-param';
import { DeliverablesService } from './deliverables.service';

class DeliverableQueryDto extends createZodDto(DeliverableQuerySchema) {}
class ExportQueryDto extends createZodDto(ExportQuerySchema.strict()) {}
class CreateDeliverableDto extends createZodDto(CreateDeliverableSchema) {}
class UpdateDeliverableDto extends createZodDto(UpdateDeliverableSchema) {}
class ChangeStatusDto extends createZodDto(ChangeDeliverableStatusSchema) {}
class SubmitInputDto extends createZodDto(SubmitInputSchema) {}
class ReviewInputDto extends createZodDto(ReviewInputSchema) {}
class ReviseInputDto extends createZodDto(ReviseInputSchema) {}

const DELIVERABLE_EXPORT_COLUMNS: ExportColumn<DeliverableSummary>[] = [
  { field: 'deliverable_id', value: (d) => d.id },
  { field: 'group_id', value: (d) => d.groupId },
  { field: 'title', value: (d) => d.title },
  { field: 'kind', value: (d) => d.kind },
  { field: 'status', value: (d) => d.status },
  { field: 'due_on', value: (d) => d.dueOn },
  { field: 'owner', value: (d) => d.owner?.name ?? null },
  { field: 'progress', value: (d) => d.progress },
  { field: 'progress_basis', value: (d) => d.progressBasis },
  { field: 'inputs', value: (d) => d.inputCount },
  { field: 'pending_inputs', value: (d) => d.pendingInputCount },
];

/** Deliverables and their inputs; access inside the group is checked by GroupAccess in the service. */
@ApiTags('deliverables')
@Controller()
export class DeliverablesController {
  constructor(private readonly deliverables: DeliverablesService) {}

  @Authenticated()
  @Get('groups/:groupId/deliverables')
  list(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Query() query: DeliverableQueryDto,
  ): Promise<Page<DeliverableSummary>> {
    return this.deliverables.list(user.me, groupId, query);
  }

  @Authenticated()
  @Get('groups/:groupId/deliverables/export')
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    sendExport(response, query.format, 'deliverables', DELIVERABLE_EXPORT_COLUMNS, await this.deliverables.exportRows(user.me, groupId));
  }

  @Authenticated()
  @Post('groups/:groupId/deliverables')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('groupId') groupId: string,
    @Body() body: CreateDeliverableDto,
  ): Promise<Deliverable> {
    return this.deliverables.create(user.me, groupId, body);
  }

  @Authenticated()
  @Get('deliverables/:deliverableId')
  get(@CurrentUser() user: AuthenticatedUser, @UuidParam('deliverableId') id: string): Promise<Deliverable> {
    return this.deliverables.get(user.me, id);
  }

  @Authenticated()
  @Patch('deliverables/:deliverableId')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('deliverableId') id: string,
    @Body() body: UpdateDeliverableDto,
  ): Promise<Deliverable> {
    return this.deliverables.update(user.me, id, body);
  }

  @Authenticated()
  @Post('deliverables/:deliverableId/status')
  @HttpCode(200)
  changeStatus(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('deliverableId') id: string,
    @Body() body: ChangeStatusDto,
  ): Promise<Deliverable> {
    return this.deliverables.changeStatus(user.me, id, body);
  }

  @Authenticated()
  @Post('deliverables/:deliverableId/inputs')
  submitInput(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('deliverableId') id: string,
    @Body() body: SubmitInputDto,
  ): Promise<Deliverable> {
    return this.deliverables.submitInput(user.me, id, body);
  }

  @Authenticated()
  @Patch('deliverables/:deliverableId/inputs/:inputId')
  revise(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('deliverableId') id: string,
    @UuidParam('inputId') inputId: string,
    @Body() body: ReviseInputDto,
  ): Promise<Deliverable> {
    return this.deliverables.reviseInput(user.me, id, inputId, body);
  }

  @Authenticated()
  @Post('deliverables/:deliverableId/inputs/:inputId/review')
  @HttpCode(200)
  review(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('deliverableId') id: string,
    @UuidParam('inputId') inputId: string,
    @Body() body: ReviewInputDto,
  ): Promise<Deliverable> {
    return this.deliverables.reviewInput(user.me, id, inputId, body);
  }
}
