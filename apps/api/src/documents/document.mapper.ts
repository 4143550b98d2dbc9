import { DocumentSummary, DocumentVersion, Observation, Proposal } from '@cocrea/contracts';
import { toPersonRef } from '../groups';
import { DocumentObservationEntity } from './entities/document-observation.entity';
import { DocumentProposalEntity } from './entities/document-proposal.entity';
import { DocumentVersionEntity } from './entities/document-version.entity';
import { DocumentEntity } from './entities/document.entity';
import { wordCount } from './editor-schema';

export function toDocumentSummary(d: DocumentEntity, counts: { proposals: number; observations: number }): DocumentSummary {
  return {
    id: d.id,
    title: d.title,
    scope: d.meetingId ? 'meeting' : d.deliverableId ? 'deliverable' : 'group',
    groupId: d.groupId,
    deliverableId: d.deliverableId,
    meetingId: d.meetingId,
    createdBy: toPersonRef(d.createdBy),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    openProposals: counts.proposals,
    openObservations: counts.observations,
  };
}

export function toProposal(p: DocumentProposalEntity): Proposal {
  return {
    id: p.id,
    documentId: p.documentId,
    start: p.start,
    end: p.end,
    original: p.original,
    replacement: p.replacement,
    note: p.note,
    author: toPersonRef(p.author),
    status: p.status,
    meetingId: p.meetingId,
    decidedBy: p.decidedBy ? toPersonRef(p.decidedBy) : null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toObservation(o: DocumentObservationEntity, replies: DocumentObservationEntity[]): Observation {
  return {
    id: o.id,
    documentId: o.documentId,
    start: o.start ?? '',
    end: o.end ?? '',
    quote: o.quote,
    body: o.body,
    author: toPersonRef(o.author),
    resolved: o.resolvedAt !== null,
    resolvedBy: o.resolvedBy ? toPersonRef(o.resolvedBy) : null,
    replies: replies.map((r) => ({ id: r.id, author: toPersonRef(r.author), body: r.body, createdAt: r.createdAt.toISOString() })),
    createdAt: o.createdAt.toISOString(),
  };
}

export function toVersion(v: DocumentVersionEntity): DocumentVersion {
  return {
    id: v.id,
    documentId: v.documentId,
    number: v.number,
    name: v.name,
    kind: v.kind,
    createdBy: v.createdBy ? toPersonRef(v.createdBy) : null,
    createdAt: v.createdAt.toISOString(),
    published: v.published,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    words: wordCount(v.text),
  };
}
