import { Page, PageQuerySchema, PublicCommission, PublicCommissionSummary } from '@cocrea/contracts';
import { Controller, Get, Header, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Public } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { PublicCommissionsService } from './public-commissions.service';
import { PublicThrottlerGuard } from './public-throttler.guard';
import { LIST_CACHE } from './public.controller';

class PageQueryDto extends createZodDto(PageQuerySchema) {}

/** The portal's commissions: every commission of the installation, and each one with its members. No login, rate-limited. */
@ApiTags('public')
@Public()
@UseGuards(PublicThrottlerGuard)
@Controller('public')
export class PublicCommissionsController {
  constructor(private readonly commissions: PublicCommissionsService) {}

  @Get('commission')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'The founding commission and its members (names, institution, state, role).' })
  founding(): Promise<PublicCommission> {
    return this.commissions.commission();
  }

  @Get('commissions')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'Every commission, oldest first, with its members, sessions and agreements counted.' })
  list(@Query() query: PageQueryDto): Promise<Page<PublicCommissionSummary>> {
    return this.commissions.list(query);
  }

  @Get('commissions/:commissionId')
  @Header('Cache-Control', LIST_CACHE)
  @ApiOperation({ summary: 'One commission and its members (names, institution, state, role).' })
  get(@UuidParam('commissionId') id: string): Promise<PublicCommission> {
    return this.commissions.commission(id);
  }
}
