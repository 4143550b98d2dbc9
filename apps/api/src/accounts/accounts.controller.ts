import {
  ChangePasswordSchema,
  CreateInvitationSchema,
  Invitation,
  PasswordResetRequestSchema,
  ProofOfWorkChallenge,
  SetPasswordWithTokenSchema,
  SignUpSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser, Public } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { LoginRateLimitGuard } from '../auth';
import { AccountsService } from './accounts.service';
import { ProofOfWork } from './proof-of-work.service';

class ChangePasswordDto extends createZodDto(ChangePasswordSchema) {}
class PasswordResetRequestDto extends createZodDto(PasswordResetRequestSchema) {}
class SetPasswordWithTokenDto extends createZodDto(SetPasswordWithTokenSchema) {}
class CreateInvitationDto extends createZodDto(CreateInvitationSchema) {}
class SignUpDto extends createZodDto(SignUpSchema) {}

/**
 * Account routes. The public ones (reset, accepting an invitation) sit behind the login limiter (LoginRateLimitGuard,
 * per address and account), so guessing tokens or flooding an inbox is limited like guessing passwords.
 */
@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly proofOfWork: ProofOfWork,
  ) {}

  @Authenticated()
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    return this.accounts.changePassword(user, body);
  }

  /** Always 202, whether the address has an account or not. */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @UseGuards(LoginRateLimitGuard)
  requestReset(@Body() body: PasswordResetRequestDto): Promise<void> {
    return this.accounts.requestReset(body.email);
  }

  /** The proof of work a sign-up must carry solved: a fresh challenge each time, never cached. */
  @Public()
  @Get('sign-up/proof-of-work')
  @Header('Cache-Control', 'no-store')
  signUpProofOfWork(): Promise<ProofOfWorkChallenge> {
    return this.proofOfWork.issue();
  }

  /**
   * A citizen's own account (open challenges): with a solved proof of work (else a 400 problem), always 202; the
   * confirmation link goes to the address.
   */
  @Public()
  @Post('sign-up')
  @HttpCode(202)
  @UseGuards(LoginRateLimitGuard)
  signUp(@Body() body: SignUpDto): Promise<void> {
    return this.accounts.signUp(body);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @UseGuards(LoginRateLimitGuard)
  confirmReset(@Body() body: SetPasswordWithTokenDto): Promise<void> {
    return this.accounts.confirmReset(body);
  }

  @Authenticated()
  @Post('invitations')
  invite(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateInvitationDto): Promise<Invitation> {
    return this.accounts.invite(user.me, body);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(204)
  @UseGuards(LoginRateLimitGuard)
  acceptInvitation(@Body() body: SetPasswordWithTokenDto): Promise<void> {
    return this.accounts.acceptInvitation(body);
  }
}
