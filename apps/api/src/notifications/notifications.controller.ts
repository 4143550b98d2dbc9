import { AppNotification, NotificationQuerySchema, Page } from '@cocrea/contracts';
import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Authenticated, CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param';
import { NotificationsService } from './notifications.service';

class NotificationQueryDto extends createZodDto(NotificationQuerySchema) {}

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

  @Authenticated()
  @Post(':notificationId/read')
  @HttpCode(200)
  markRead(@CurrentUser() user: AuthenticatedUser, @UuidParam('notificationId') id: string): Promise<AppNotification> {
    return this.notifications.markRead(user.me.id, id);
  }
}
