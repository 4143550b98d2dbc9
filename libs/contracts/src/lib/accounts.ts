/**
 * Accounts: changing one's password, resetting a forgotten one by e-mail, first sign-in through an
 * invitation, and the administrators' view of the mail outbox. Shared so the forms and the api agree.
 */
import * as z from 'zod';
import { LocaleSchema } from './enums';
import { NOTIFICATION_KINDS } from './notifications';

/** The same floor as an admin-set password (people.ts). */
export const NewPasswordSchema = z.string().min(10).max(200);

export const ChangePasswordSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: NewPasswordSchema }).strict();
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const PasswordResetRequestSchema = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((email) => email.toLowerCase()),
  })
  .strict();
export type PasswordResetRequest = z.input<typeof PasswordResetRequestSchema>;

/** Reset and invitation tokens are 32 random bytes in base64url. */
export const AccountTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const SetPasswordWithTokenSchema = z.object({ token: AccountTokenSchema, password: NewPasswordSchema }).strict();
export type SetPasswordWithToken = z.infer<typeof SetPasswordWithTokenSchema>;

/** How long each kind of link stays valid. */
export const PASSWORD_RESET_TTL_HOURS = 1;
export const INVITATION_TTL_DAYS = 7;

/** Whom to invite; `groupId` makes them a member or partner of that group (a coordinator may only invite into theirs). */
export const CreateInvitationSchema = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((email) => email.toLowerCase()),
    name: z.string().trim().min(2).max(200),
    organizationId: z.uuid().optional(),
    locale: LocaleSchema.default('es-MX'),
    groupId: z.uuid().optional(),
    groupRole: z.enum(['member', 'partner']).default('partner'),
  })
  .strict();
export type CreateInvitation = z.input<typeof CreateInvitationSchema>;

export interface Invitation {
  personId: string;
  email: string;
  expiresAt: string;
}

/** Every mail kind a person may receive; the first ones follow their preference, the account ones always go out. */
export const MAIL_KINDS = [...NOTIFICATION_KINDS, 'password_reset', 'invitation', 'digest'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailState = (typeof MAIL_STATES)[number];

export interface OutboxMail {
  id: string;
  kind: MailKind;
  to: string;
  subject: string;
  state: MailState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export const OutboxQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    state: z.enum(MAIL_STATES).optional(),
  })
  .strict();
export type OutboxQuery = z.infer<typeof OutboxQuerySchema>;
