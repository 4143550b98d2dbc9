import {
  AddAgreementNoteSchema,
  Agreement,
  AgreementDetail,
  AgreementQuerySchema,
  CorrectAgreementSchema,
  Page,
  UpdateAgreementSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { AgreementsService } from './agreements.service';

class AgreementQueryDto extends createZodDto(AgreementQuerySchema) {}
class UpdateAgreementDto extends createZodDto(UpdateAgreementSchema) {}
class AddAgreementNoteDto extends createZodDto(AddAgreementNoteSchema) {}
class CorrectAgreementDto extends createZodDto(CorrectAgreementSchema) {}

/**
 * Agreements (acuerdos) and their follow-up. What the commission agreed is public information to anyone signed in;
 * chair and secretary of the agreement's commission change it (checked by the service).
 */
@ApiTags('agreements')
@Controller()
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Authenticated()
  @Get('commissions/:commissionId/agreements')
  list(@UuidParam('commissionId') commissionId: string, @Query() query: AgreementQueryDto): Promise<Page<Agreement>> {
    return this.agreements.list(commissionId, query);
  }

  @Authenticated()
  @Get('meetings/:meetingId/agreements')
  ofMeeting(@UuidParam('meetingId') meetingId: string): Promise<Agreement[]> {
    return this.agreements.ofMeeting(meetingId);
  }

  @Authenticated()
  @Get('meetings/:meetingId/previous-agreements')
  ofPreviousMeeting(@UuidParam('meetingId') meetingId: string): Promise<Agreement[]> {
    return this.agreements.ofPreviousMeeting(meetingId);
  }

  @Authenticated()
  @Get('agreements/:agreementId')
  get(@UuidParam('agreementId') id: string): Promise<AgreementDetail> {
    return this.agreements.get(id);
  }

  @Authenticated()
  @Patch('agreements/:agreementId')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('agreementId') id: string,
    @Body() body: UpdateAgreementDto,
  ): Promise<AgreementDetail> {
    return this.agreements.update(user.me, id, body);
  }

  @Authenticated()
  @Post('agreements/:agreementId/corrections')
  correct(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('agreementId') id: string,
    @Body() body: CorrectAgreementDto,
  ): Promise<AgreementDetail> {
    return this.agreements.correct(user.me, id, body);
  }

  @Authenticated()
  @Post('agreements/:agreementId/notes')
  addNote(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('agreementId') id: string,
    @Body() body: AddAgreementNoteDto,
  ): Promise<AgreementDetail> {
    return this.agreements.addNote(user.me, id, body);
  }
}
