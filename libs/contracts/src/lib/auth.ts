import * as z from 'zod';
import { CommissionRoleSchema } from './enums';
import { Person } from './people';

export const LoginSchema = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((email) => email.toLowerCase()),
    password: z.string().min(1).max(200),
  })
  .strict();
export type LoginRequest = z.input<typeof LoginSchema>;

export interface CommissionRoleGrant {
  commissionId: string;
  role: z.infer<typeof CommissionRoleSchema>;
  votes: boolean;
}

export interface Me extends Person {
  commissions: CommissionRoleGrant[];
}

export interface LoginResponse {
  token: string;
  expiresAt: string;
  me: Me;
}

export const SESSION_COOKIE = 'cocrea_session';

/**
 * Cross-site request forgery guard for the cookie session (signed double-submit): the api sets this
 * script-readable cookie, and every POST/PUT/PATCH/DELETE sent with the session cookie must echo it in the header.
 */
export const CSRF_COOKIE = 'cocrea_xsrf';
export const CSRF_HEADER = 'X-XSRF-Token';

export const UpdateMeSchema = z.object({ locale: z.enum(['es-MX', 'en']) }).strict();
export type UpdateMe = z.infer<typeof UpdateMeSchema>;
