import { HomeView } from '@cocrea/contracts';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MeetingsService } from '../meetings';
import { HomeService } from './home.service';

/** The signed-in person's home: their own view only, so any session may ask. */
@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(
    private readonly home: HomeService,
    private readonly meetings: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authenticated()
  @Get()
  get(@CurrentUser() user: AuthenticatedUser): Promise<HomeView> {
    return this.home.forUser(user.me);
  }

  /** The session as a calendar file (the same one the call mails), for whoever may read the session. */
  @Authenticated()
  @Get('calendar/:meetingId')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="sesion.ics"')
  async calendar(@CurrentUser() user: AuthenticatedUser, @UuidParam('meetingId') meetingId: string): Promise<string> {
    await this.meetings.state(user.me, meetingId);
    return this.home.calendar(meetingId, `${this.config.appUrl}/sessions/${meetingId}`);
  }
}
