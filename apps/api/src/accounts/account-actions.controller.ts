import { PersonAccount, SetPlatformRoleSchema } from '@cocrea/contracts';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, RequirePermission } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { AccountActionsService } from './account-actions.service';

class SetPlatformRoleDto extends createZodDto(SetPlatformRoleSchema) {}

/** A person's account as the administration sees and acts on it (people.write; the service checks the rest). */
@ApiTags('accounts')
@Controller('people/:id')
export class AccountActionsController {
  constructor(private readonly accounts: AccountActionsService) {}

  @RequirePermission('people.write')
  @Get('account')
  account(@UuidParam('id') id: string): Promise<PersonAccount> {
    return this.accounts.account(id);
  }

  @RequirePermission('people.write')
  @Post('account/disable')
  @HttpCode(200)
  disable(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string): Promise<PersonAccount> {
    return this.accounts.disable(user.me, id);
  }

  @RequirePermission('people.write')
  @Post('account/enable')
  @HttpCode(200)
  enable(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string): Promise<PersonAccount> {
    return this.accounts.enable(user.me, id);
  }

  /** Ends every sign-in of the person, and so their live connections. */
  @RequirePermission('people.write')
  @Post('account/sign-out')
  @HttpCode(204)
  signOut(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string): Promise<void> {
    return this.accounts.signOut(user.me, id);
  }

  @RequirePermission('people.write')
  @Put('platform-role')
  setPlatformRole(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('id') id: string,
    @Body() body: SetPlatformRoleDto,
  ): Promise<PersonAccount> {
    return this.accounts.setPlatformRole(user.me, id, body);
  }

  @RequirePermission('people.write')
  @Post('deactivate')
  @HttpCode(200)
  deactivate(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string): Promise<PersonAccount> {
    return this.accounts.deactivate(user.me, id);
  }

  @RequirePermission('people.write')
  @Post('reactivate')
  @HttpCode(200)
  reactivate(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string): Promise<PersonAccount> {
    return this.accounts.reactivate(user.me, id);
  }
}
