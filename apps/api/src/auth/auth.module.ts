import { Module } from '@nestjs/common';
import { PeopleModule } from '../people';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfTokens } from './csrf';

@Module({
  imports: [PeopleModule],
  controllers: [AuthController],
  providers: [AuthService, CsrfTokens, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService],
})
export class AuthModule {}
