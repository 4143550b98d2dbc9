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

/** `text` is refused (409 agreement_text_adopted): the adopted text changes only by a correction. */
export const UpdateAgreementSchema = z
  .object({
    text: z.string().trim().min(1).max(2000).optional(),
    responsible: z.string().trim().max(300).nullable().optional(),
    /** The person who answers for it (active, and a member of the agreement's commission); they are told. */
    assigneePersonId: z.uuid().nullable().optional(),
    dueOn: calendarDate().nullable().optional(),
  })
  .strict();
export type UpdateAgreement = z.infer<typeof UpdateAgreementSchema>;

/** A correction of an adopted agreement's text: an explicit act with its reason, kept in the agreement's history. */
export const CorrectAgreementSchema = z
  .object({ text: z.string().trim().min(1).max(2000), reason: z.string().trim().min(3).max(1000) })
  .strict();
export type CorrectAgreement = z.infer<typeof CorrectAgreementSchema>;

/** One entry of an agreement's text history: a correction (who, when, why) or a duplicate merged into it. */
export interface AgreementRevision {
  kind: 'correction' | 'merge';
  textBefore: string;
  textAfter: string;
  reason: string;
  byName: string | null;
  at: string;
}

export const AddAgreementNoteSchema = z
  .object({
    body: z.string().trim().min(1).max(4000),
    status: AgreementStatusSchema.optional(),
    attachmentIds: z.array(z.uuid()).max(10).default([]),
  })
  .strict();
export type AddAgreementNote = z.input<typeof AddAgreementNoteSchema>;

/** The person an agreement is assigned to. */
export interface AgreementAssignee {
  personId: string;
  name: string;
}

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
  assignee: AgreementAssignee | null;
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
  /** The text as adopted (equal to `text` unless corrected) and every correction since. */
  adoptedText: string;
  revisions: AgreementRevision[];
}
