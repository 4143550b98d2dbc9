import { OutboxMail, OutboxQuerySchema, Page } from '@cocrea/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { RequirePermission } from '../auth';
import { OutboxService } from './outbox.service';

class OutboxQueryDto extends createZodDto(OutboxQuerySchema) {}

/** The administrators' view of outgoing mail and its state (never its body: reset and invitation links stay private). */
@ApiTags('mail')
@Controller('mail')
export class MailOutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @RequirePermission('mail.read')
  @Get('outbox')
  list(@Query() query: OutboxQueryDto): Promise<Page<OutboxMail>> {
    return this.outbox.list(query);
  }
}
