import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfTokens } from './csrf';
import { PasswordHasher } from './password-hasher';

@Module({
  controllers: [AuthController],
  providers: [AuthService, PasswordHasher, CsrfTokens, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
