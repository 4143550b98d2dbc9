import * as z from 'zod';
import { calendarDate } from './dates';
import { CommissionRoleSchema, MexicanStateSchema } from './enums';
import { PageQuerySchema } from './pagination';
import { Person } from './people';

export interface Commission {
  id: string;
  name: string;
  /** Short name shown in the switcher and the portal, e.g. "CGATP". */
  acronym: string;
  /** Starts each of its agreement numbers, e.g. "CGATP" in `CGATP/01/15-02-2021`. */
  agreementPrefix: string;
  /** The rule its votes cite when a poll names none, e.g. "artículo 66 de los Lineamientos…". */
  legalBasis: string | null;
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

/** Capitals, digits and hyphens: what an acronym or an agreement number's prefix may hold (no "/", which separates the number's parts). */
const commissionCode = () =>
  z
    .string()
    .trim()
    .regex(/^[A-ZÁÉÍÓÚÑ0-9-]{2,20}$/u, 'De 2 a 20 mayúsculas, dígitos o guiones. / 2 to 20 capitals, digits or hyphens.');

/** What an administrator sets when creating a commission; the quorum rule is the fraction that must be exceeded. */
export const CreateCommissionSchema = z
  .object({
    name: z.string().trim().min(3).max(300),
    acronym: commissionCode(),
    agreementPrefix: commissionCode(),
    system: z.string().trim().min(3).max(300),
    chairTitle: z.string().trim().min(2).max(100),
    secretaryTitle: z.string().trim().min(2).max(100),
    quorumFraction: z.number().min(0).lt(1),
    legalBasis: z.string().trim().max(500).nullable(),
  })
  .strict();
export type CreateCommission = z.infer<typeof CreateCommissionSchema>;

export const UpdateCommissionSchema = CreateCommissionSchema.partial().strict();
export type UpdateCommission = z.infer<typeof UpdateCommissionSchema>;

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
