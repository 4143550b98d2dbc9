import {
  AppNotification,
  NotificationPreferences,
  NotificationQuerySchema,
  Page,
  UpdateNotificationPreferencesSchema,
} from '@cocrea/contracts';
import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { UuidParam } from '../common/uuid-param';
import { NotificationsService } from './notifications.service';

class NotificationQueryDto extends createZodDto(NotificationQuerySchema) {}
class UpdatePreferencesDto extends createZodDto(UpdateNotificationPreferencesSchema) {}

/** The signed-in person's own notifications; nobody reads another's. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Authenticated()
  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: NotificationQueryDto): Promise<Page<AppNotification>> {
    return this.notifications.list(user.me.id, query);
  }

  /** How each kind reaches the caller: in the app only, by e-mail, or in the daily digest. */
  @Authenticated()
  @Get('preferences')
  preferences(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferences> {
    return this.notifications.preferences(user.me.id);
  }

  @Authenticated()
  @Put('preferences')
  updatePreferences(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdatePreferencesDto): Promise<NotificationPreferences> {
    return this.notifications.updatePreferences(user.me.id, body);
  }

  @Authenticated()
  @Post(':notificationId/read')
  @HttpCode(200)
  markRead(@CurrentUser() user: AuthenticatedUser, @UuidParam('notificationId') id: string): Promise<AppNotification> {
    return this.notifications.markRead(user.me.id, id);
  }
}
