/**
 * The notifications domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { DigestService } from './digest.service';
export { invitationMail, passwordResetMail, signUpMail } from './mail-templates';
export type { LocalizedMail } from './mail-templates';
export { LogMailer } from './mailer';
export type { MailAttachment, OutgoingMail } from './mailer';
export { Notices } from './notices';
export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export { OutboxService } from './outbox.service';
export { provideDueItems, provideGroupCoordinators } from './due-items';
export type { DueItem } from './due-items';
