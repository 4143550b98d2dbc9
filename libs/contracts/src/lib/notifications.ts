import * as z from 'zod';
import { PageQuerySchema } from './pagination';

/** What a notification announces; each person picks per kind how it reaches them (NOTIFICATION_DELIVERIES). */
export const NOTIFICATION_KINDS = [
  'meeting_convened',
  'meeting_call_changed',
  'meeting_cancelled',
  'poll_opened',
  'representation_recorded',
  'join_request_answered',
  'input_answered',
  'due_soon',
  'overdue',
  'agreement_assigned',
] as const;
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

/** In the app only, an e-mail each time, or one e-mail a day gathering them. */
export const NOTIFICATION_DELIVERIES = ['app', 'email', 'digest'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
/** What a person gets for a kind they never chose: mail, as before preferences existed. */
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'email';

export type NotificationPreferences = Record<NotificationKind, NotificationDelivery>;

export const UpdateNotificationPreferencesSchema = z.partialRecord(z.enum(NOTIFICATION_KINDS), z.enum(NOTIFICATION_DELIVERIES));
export type UpdateNotificationPreferences = z.infer<typeof UpdateNotificationPreferencesSchema>;
