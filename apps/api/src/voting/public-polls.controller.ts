import { AuditEventView, ChainVerification, ReceiptCheck } from '@cocrea/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth';
import { invalidField } from '../common/problem';
import { UuidParam } from '../common/uuid-param';
import { VerifyService } from './verify.service';

/** Anyone, signed in or not, can check a poll: the chain holds no names of secret voters. */
@ApiTags('voting')
@Controller('public/polls')
export class PublicPollsController {
  constructor(private readonly verifier: VerifyService) {}

  @Public()
  @Get(':pollId/verify')
  verify(@UuidParam('pollId') pollId: string): Promise<ChainVerification> {
    return this.verifier.verify(pollId);
  }

  @Public()
  @Get(':pollId/chain')
  chain(@UuidParam('pollId') pollId: string): Promise<AuditEventView[]> {
    return this.verifier.chain(pollId);
  }

  @Public()
  @Get(':pollId/receipts/:code')
  receipt(@UuidParam('pollId') pollId: string, @Param('code') code: string): Promise<ReceiptCheck> {
    if (!/^[0-9a-f-]{20,29}$/i.test(code)) throw invalidField('code', 'No es un código de comprobante.', 'Not a receipt code.');
    return this.verifier.checkReceipt(pollId, code);
  }
}
