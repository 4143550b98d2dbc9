import * as z from 'zod';
import { LocaleSchema, MexicanStateSchema, PlatformRoleSchema } from './enums';
import { Organization } from './organizations';
import { PageQuerySchema } from './pagination';

export interface Person {
  id: string;
  name: string;
  email: string;
  title: string | null;
  locale: z.infer<typeof LocaleSchema>;
  platformRole: z.infer<typeof PlatformRoleSchema>;
  organization: Organization | null;
}

/** A person as the directory's lists show them: with whether they still take part (false once deactivated). */
export interface PersonEntry extends Person {
  active: boolean;
}

export const CreatePersonSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    email: z
      .email()
      .max(254)
      .transform((email) => email.toLowerCase()),
    title: z.string().trim().max(200).nullable().optional(),
    organizationId: z.uuid().nullable().optional(),
    locale: LocaleSchema.optional(),
    password: z.string().min(10).max(200).optional(),
  })
  .strict();
export type CreatePerson = z.input<typeof CreatePersonSchema>;

export const UpdatePersonSchema = CreatePersonSchema.partial().strict();
export type UpdatePerson = z.input<typeof UpdatePersonSchema>;

/** Which people a list shows: pickers name only people who take part; the administration lists everyone. */
export const PERSON_STATUSES = ['active', 'deactivated', 'all'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const PersonQuerySchema = PageQuerySchema.extend({
  organizationId: z.uuid().optional(),
  state: MexicanStateSchema.optional(),
  status: z.enum(PERSON_STATUSES).default('active'),
}).strict();
export type PersonQuery = z.infer<typeof PersonQuerySchema>;

export interface PersonMembership {
  memberId: string;
  commissionId: string;
  commissionName: string;
  role: 'chair' | 'secretary' | 'commissioner' | 'observer';
  votes: boolean;
  since: string | null;
  until: string | null;
  active: boolean;
}

/**
 * Whether a person may sign in, their platform role and how many sign-ins are open: what the account actions of the
 * administration act on (read by those who may write people, not by the directory).
 */
export interface PersonAccount {
  personId: string;
  platformRole: z.infer<typeof PlatformRoleSchema>;
  /** When an admin (or the secretary) disabled the account; a disabled account cannot sign in. */
  disabledAt: string | null;
  /** When the person was deactivated (no longer takes part); a deactivated person cannot sign in either. */
  deactivatedAt: string | null;
  /** Sign-ins not yet ended or expired. */
  openSessions: number;
}

export interface PersonDetail extends Person {
  memberships: PersonMembership[];
}

/** Makes a person a platform admin, or takes it away (admins only, never on their own account). */
export const SetPlatformRoleSchema = z.object({ platformRole: PlatformRoleSchema }).strict();
export type SetPlatformRole = z.infer<typeof SetPlatformRoleSchema>;
