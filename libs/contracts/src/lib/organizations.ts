import * as z from 'zod';
import { MexicanStateSchema, OrganizationKindSchema } from './enums';
import { PageQuerySchema } from './pagination';

export interface Organization {
  id: string;
  name: string;
  shortName: string | null;
  kind: z.infer<typeof OrganizationKindSchema>;
  state: z.infer<typeof MexicanStateSchema> | null;
}

export const CreateOrganizationSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    shortName: z.string().trim().min(1).max(40).nullable().optional(),
    kind: OrganizationKindSchema,
    state: MexicanStateSchema.nullable().optional(),
  })
  .strict();
export type CreateOrganization = z.infer<typeof CreateOrganizationSchema>;

export const UpdateOrganizationSchema = CreateOrganizationSchema.partial().strict();
export type UpdateOrganization = z.infer<typeof UpdateOrganizationSchema>;

export const OrganizationQuerySchema = PageQuerySchema.extend({
  kind: OrganizationKindSchema.optional(),
  state: MexicanStateSchema.optional(),
}).strict();
export type OrganizationQuery = z.infer<typeof OrganizationQuerySchema>;
