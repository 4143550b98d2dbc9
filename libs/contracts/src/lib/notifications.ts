import * as z from 'zod';
import { PageQuerySchema } from './pagination';

export const NOTIFICATION_KINDS = ['meeting_convened', 'meeting_call_changed', 'meeting_cancelled'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Web path the notification leads to. */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export const NotificationQuerySchema = PageQuerySchema.extend({ unread: z.enum(['true', 'false']).optional() }).strict();
export type NotificationQuery = z.infer<typeof NotificationQuerySchema>;
