import * as z from 'zod';
import { calendarDate } from './dates';
import type { AttachmentSummary } from './attachments';
import { PageQuerySchema } from './pagination';

export const AGREEMENT_STATUSES = ['pending', 'in_progress', 'attended'] as const;
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

export const AGREEMENT_ADOPTIONS = ['unanimity', 'majority'] as const;
export type AgreementAdoption = (typeof AGREEMENT_ADOPTIONS)[number];

export const AgreementQuerySchema = PageQuerySchema.extend({
  status: AgreementStatusSchema.optional(),
  meetingId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
}).strict();
export type AgreementQuery = z.infer<typeof AgreementQuerySchema>;

export const UpdateAgreementSchema = z
  .object({
    text: z.string().trim().min(1).max(2000).optional(),
    responsible: z.string().trim().max(300).nullable().optional(),
    dueOn: calendarDate().nullable().optional(),
  })
  .strict();
export type UpdateAgreement = z.infer<typeof UpdateAgreementSchema>;

export const AddAgreementNoteSchema = z
  .object({
    body: z.string().trim().min(1).max(4000),
    status: AgreementStatusSchema.optional(),
    attachmentIds: z.array(z.uuid()).max(10).default([]),
  })
  .strict();
export type AddAgreementNote = z.input<typeof AddAgreementNoteSchema>;

export interface Agreement {
  id: string;
  number: string;
  commissionId: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  text: string;
  adoption: AgreementAdoption | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  /** "por unanimidad" / "por mayoría (12 a favor, 3 en contra, 1 abstención)". */
  adoptedBy: string;
  pollId: string | null;
  responsible: string | null;
  dueOn: string | null;
  status: AgreementStatus;
  overdue: boolean;
  updatedAt: string;
}

export interface AgreementNote {
  id: string;
  authorName: string;
  body: string;
  statusFrom: AgreementStatus;
  statusTo: AgreementStatus | null;
  attachments: AttachmentSummary[];
  createdAt: string;
}

export interface AgreementDetail extends Agreement {
  notes: AgreementNote[];
}
