import * as z from 'zod';
import { calendarDate } from './dates';
import { CommissionRoleSchema, MexicanStateSchema } from './enums';
import { PageQuerySchema } from './pagination';
import { Person } from './people';

export interface Commission {
  id: string;
  name: string;
  system: string;
  chairTitle: string;
  secretaryTitle: string;
  /** Fraction of voting members that must be present for quorum, e.g. 0.5 means "more than half". */
  quorumFraction: number;
  memberCount: number;
}

export interface CommissionMember {
  id: string;
  commissionId: string;
  role: z.infer<typeof CommissionRoleSchema>;
  votes: boolean;
  since: string | null;
  until: string | null;
  active: boolean;
  person: Person;
}

export const CreateCommissionMemberSchema = z
  .object({
    personId: z.uuid(),
    role: CommissionRoleSchema,
    votes: z.boolean().optional(),
    since: calendarDate().nullable().optional(),
  })
  .strict();
export type CreateCommissionMember = z.infer<typeof CreateCommissionMemberSchema>;

export const UpdateCommissionMemberSchema = z
  .object({
    role: CommissionRoleSchema.optional(),
    votes: z.boolean().optional(),
    until: calendarDate().nullable().optional(),
  })
  .strict();
export type UpdateCommissionMember = z.infer<typeof UpdateCommissionMemberSchema>;

export const MEMBER_STATUSES = ['active', 'former', 'all'] as const;

export const CommissionMemberQuerySchema = PageQuerySchema.extend({
  role: CommissionRoleSchema.optional(),
  state: MexicanStateSchema.optional(),
  status: z.enum(MEMBER_STATUSES).default('active'),
}).strict();
export type CommissionMemberQuery = z.infer<typeof CommissionMemberQuerySchema>;
