import { LoginResponse, LoginSchema, Me, SESSION_COOKIE, UpdateMeSchema } from '@cocrea/contracts';
import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Authenticated, CurrentUser, Public } from '../common/route-access';
import { AuthService } from './auth.service';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { CsrfTokens } from './csrf';
import type { AuthenticatedUser } from '../common/route-access';

class LoginDto extends createZodDto(LoginSchema) {}
class UpdateMeDto extends createZodDto(UpdateMeSchema) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: CsrfTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LoginRateLimitGuard)
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.login(body.email, body.password);
    response.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    this.csrf.issue(request, response, result.token);
    return result;
  }

  @Authenticated()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(user.sessionId);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    this.csrf.clear(response);
  }

  @Authenticated()
  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): Me {
    return user.me;
  }

  @Authenticated()
  @Patch('me')
  updateMe(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateMeDto): Promise<Me> {
    return this.auth.updateMe(user.me.id, body);
  }
}
