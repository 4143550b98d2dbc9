import * as z from 'zod';
import type { PersonRef } from './groups';
import { CommissionFilterSchema, PageQuerySchema } from './pagination';

/** Path of the co-editing WebSocket (Hocuspocus) on the api's HTTP server; Socket.IO keeps `/socket.io`. */
export const COLLAB_PATH = '/collab';
/**
 * The token a browser sends to the co-editing socket: its real token is the httpOnly session cookie, which the
 * server reads from the upgrade request. Node clients send their bearer token instead.
 */
export const COLLAB_COOKIE_TOKEN = 'cookie';
/** The Y.XmlFragment the editor binds to (TipTap Collaboration's default `field`). */
export const DOCUMENT_FIELD = 'default';
/**
 * The stateless message the co-editing server sends to a read-only connection (permission `propose` or `read`;
 * the provider's `authorizedScope` is `readonly`) each time it drops an edit of that connection: the text is
 * changed only by people who may edit; others propose changes through the proposals api.
 */
export const READ_ONLY_NOTICE = 'read-only';

/** Where a document belongs. */
export const DOCUMENT_SCOPES = ['group', 'deliverable', 'meeting'] as const;
export type DocumentScope = (typeof DOCUMENT_SCOPES)[number];

/**
 * What a person may do in a document, each including the next: edit the text; propose changes and comment;
 * comment only is never granted alone, so `propose` covers both; read.
 */
export const DOCUMENT_PERMISSIONS = ['edit', 'propose', 'read'] as const;
export type DocumentPermission = (typeof DOCUMENT_PERMISSIONS)[number];

export const PROPOSAL_STATUSES = ['open', 'accepted', 'rejected', 'outdated', 'in_session'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const VERSION_KINDS = ['named', 'auto', 'restore', 'acceptance'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

const Title = z.string().trim().min(1).max(300);
/** A Y.RelativePosition encoded with `Y.encodeRelativePosition`, in base64. */
const Anchor = z
  .string()
  .min(4)
  .max(400)
  .regex(/^[A-Za-z0-9+/]+=*$/);

export const CreateDocumentSchema = z
  .object({
    title: Title,
    groupId: z.uuid().optional(),
    deliverableId: z.uuid().optional(),
    meetingId: z.uuid().optional(),
  })
  .strict()
  .refine((d) => [d.groupId, d.deliverableId, d.meetingId].filter(Boolean).length === 1, {
    message: 'Exactly one of groupId, deliverableId or meetingId',
    path: ['groupId'],
  });
export type CreateDocument = z.infer<typeof CreateDocumentSchema>;

export const DocumentQuerySchema = PageQuerySchema.extend({
  groupId: z.uuid().optional(),
  deliverableId: z.uuid().optional(),
  meetingId: z.uuid().optional(),
}).strict();
export type DocumentQuery = z.infer<typeof DocumentQuerySchema>;

/** Published versions the caller may read, of one commission when `commissionId` is given. */
export const PublishedVersionQuerySchema = PageQuerySchema.extend(CommissionFilterSchema.shape).strict();
export type PublishedVersionQuery = z.infer<typeof PublishedVersionQuerySchema>;

export const RenameDocumentSchema = z.object({ title: Title }).strict();

export const CreateProposalSchema = z
  .object({ start: Anchor, end: Anchor, replacement: z.string().max(10_000), note: z.string().trim().max(2000).optional() })
  .strict();
export type CreateProposal = z.infer<typeof CreateProposalSchema>;

export const DecideProposalSchema = z.object({ decision: z.enum(['accept', 'reject']) }).strict();
export type DecideProposal = z.infer<typeof DecideProposalSchema>;
export const DecideAllProposalsSchema = z.object({ authorId: z.uuid(), decision: z.enum(['accept', 'reject']) }).strict();
export const SendToSessionSchema = z.object({ meetingId: z.uuid() }).strict();

/** The `subjectRef` of a poll that puts a document's amendment to the vote: its close accepts or rejects the proposal. */
export const amendmentRef = (proposalId: string): string => `amendment:${proposalId}`;
export const AMENDMENT_REF = /^amendment:([0-9a-f-]{36})$/;

export const CreateObservationSchema = z.object({ start: Anchor, end: Anchor, body: z.string().trim().min(1).max(4000) }).strict();
export type CreateObservation = z.infer<typeof CreateObservationSchema>;
export const ReplyObservationSchema = z.object({ body: z.string().trim().min(1).max(4000) }).strict();

export const CreateVersionSchema = z.object({ name: z.string().trim().min(1).max(200) }).strict();
export const VersionExportFormatSchema = z.enum(['md', 'pdf', 'docx']);
export type VersionExportFormat = z.infer<typeof VersionExportFormatSchema>;
export const VersionExportQuerySchema = z.object({ format: VersionExportFormatSchema.default('md') }).strict();

/** A proposal sent to a session as an amendment, with the document it changes. */
export interface Amendment {
  proposal: Proposal;
  documentTitle: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  scope: DocumentScope;
  groupId: string | null;
  deliverableId: string | null;
  meetingId: string | null;
  createdBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  openProposals: number;
  openObservations: number;
}

export interface DocumentDetail extends DocumentSummary {
  /** What the caller may do, decided on the server. */
  permission: DocumentPermission;
  /** The caller decides proposals (same as `edit`). */
  mayDecide: boolean;
  commissionId: string;
  /** Name of the group, deliverable or session it belongs to. */
  ownerName: string;
}

export interface Proposal {
  id: string;
  documentId: string;
  start: string;
  end: string;
  /** The text the proposal replaces, as it was when proposed. */
  original: string;
  replacement: string;
  note: string | null;
  author: PersonRef;
  status: ProposalStatus;
  meetingId: string | null;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface ObservationReply {
  id: string;
  author: PersonRef;
  body: string;
  createdAt: string;
}

export interface Observation {
  id: string;
  documentId: string;
  start: string;
  end: string;
  quote: string;
  body: string;
  author: PersonRef;
  resolved: boolean;
  resolvedBy: PersonRef | null;
  replies: ObservationReply[];
  createdAt: string;
}

export interface DocumentVersion {
  id: string;
  documentId: string;
  number: number;
  name: string | null;
  kind: VersionKind;
  createdBy: PersonRef | null;
  createdAt: string;
  published: boolean;
  publishedAt: string | null;
  words: number;
}

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface VersionDiff {
  from: DocumentVersion;
  to: DocumentVersion;
  parts: DiffPart[];
}

export interface PersonContribution {
  person: PersonRef;
  insertedChars: number;
  /** Share of all inserted characters, 0–1. */
  share: number;
  acceptedProposals: number;
}

export interface OrganizationContribution {
  organizationId: string | null;
  organizationName: string | null;
  acceptedProposals: number;
  insertedChars: number;
}

export interface Contributions {
  people: PersonContribution[];
  organizations: OrganizationContribution[];
}

export interface PublishedVersion extends DocumentVersion {
  documentTitle: string;
}

/** Stateless messages the co-editing server broadcasts to a document's clients: refetch the named list. */
export const DOCUMENT_SIGNALS = ['proposals', 'observations', 'versions'] as const;
export type DocumentSignal = (typeof DOCUMENT_SIGNALS)[number];

/** The documents api's paths, shared by the api's specs and the web. */
export const DocumentRoutes = {
  documents: '/api/documents',
  published: '/api/documents/published',
  document: (id: string) => `/api/documents/${id}`,
  proposals: (id: string) => `/api/documents/${id}/proposals`,
  decideAll: (id: string) => `/api/documents/${id}/proposals/decide-all`,
  decision: (id: string, proposalId: string) => `/api/documents/${id}/proposals/${proposalId}/decision`,
  sendToSession: (id: string, proposalId: string) => `/api/documents/${id}/proposals/${proposalId}/send-to-session`,
  observations: (id: string) => `/api/documents/${id}/observations`,
  replies: (id: string, observationId: string) => `/api/documents/${id}/observations/${observationId}/replies`,
  resolve: (id: string, observationId: string) => `/api/documents/${id}/observations/${observationId}/resolve`,
  versions: (id: string) => `/api/documents/${id}/versions`,
  diff: (id: string, fromId: string, toId: string) => `/api/documents/${id}/versions/${fromId}/diff/${toId}`,
  restore: (id: string, versionId: string) => `/api/documents/${id}/versions/${versionId}/restore`,
  publish: (id: string, versionId: string) => `/api/documents/${id}/versions/${versionId}/publish`,
  versionExport: (id: string, versionId: string, format: VersionExportFormat) =>
    `/api/documents/${id}/versions/${versionId}/export?format=${format}`,
  contributions: (id: string) => `/api/documents/${id}/contributions`,
  contributionsExport: (id: string, format: 'csv' | 'json') => `/api/documents/${id}/contributions/export?format=${format}`,
  amendments: (meetingId: string) => `/api/meetings/${meetingId}/amendments`,
} as const;
