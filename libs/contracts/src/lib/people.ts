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

export const PersonQuerySchema = PageQuerySchema.extend({
  organizationId: z.uuid().optional(),
  state: MexicanStateSchema.optional(),
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

export interface PersonDetail extends Person {
  memberships: PersonMembership[];
}
