import {
  PublicAgendaItem,
  PublicAgreement,
  PublicDocumentVersion,
  PublicFile,
  PublicSessionSummary,
  PublicApiRoutes,
} from '@cocrea/contracts';
import { adoptedBy, agreementOverdue, commissionDay } from '@cocrea/domain';
import { voteScopeOf } from '../agreements';
import { AgreementEntity } from '../agreements/entities/agreement.entity';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { DocumentVersionEntity } from '../documents/entities/document-version.entity';
import { AgendaItemEntity } from '../meetings/entities/agenda-item.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';

export function toPublicSessionSummary(meeting: MeetingEntity, agreementCount: number): PublicSessionSummary {
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    status: meeting.status,
    scheduledAt: meeting.scheduledAt.toISOString(),
    place: meeting.place,
    convenedAt: meeting.convenedAt?.toISOString() ?? null,
    openedAt: meeting.openedAt?.toISOString() ?? null,
    closedAt: meeting.closedAt?.toISOString() ?? null,
    agreementCount,
    minutesApproved: meeting.minutesApprovedInId !== null,
  };
}

export function toPublicAgendaItem(item: AgendaItemEntity): PublicAgendaItem {
  return { id: item.id, position: item.position, title: item.title, kind: item.kind, presenter: item.presenter };
}

/** `agreement.meeting` must be loaded, and its outcome's poll (`withOutcomePoll`) for a voted one's wording. */
export function toPublicAgreement(a: AgreementEntity, today: string): PublicAgreement {
  return {
    id: a.id,
    number: a.number,
    meetingId: a.meetingId,
    meetingTitle: a.meeting.title,
    meetingDate: commissionDay(a.meeting.scheduledAt),
    text: a.text,
    adoption: a.adoption,
    adoptedBy: adoptedBy(a.adoption, a, voteScopeOf(a)),
    yes: a.yes,
    no: a.no,
    abstain: a.abstain,
    responsible: a.responsible,
    dueOn: a.dueOn,
    status: a.status,
    overdue: agreementOverdue(a.status, a.dueOn, today),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** The file as the public sees it: its versión pública when one exists (name, type and size of that one). */
export function toPublicFile(file: AttachmentEntity, publicVersion: AttachmentEntity | null): PublicFile {
  const shown = publicVersion ?? file;
  return { id: file.id, filename: shown.filename, mediaType: shown.mediaType, size: shown.size, url: PublicApiRoutes.file(file.id) };
}

/** `version.document` (with group) must be loaded. */
export function toPublicDocumentVersion(version: DocumentVersionEntity): PublicDocumentVersion {
  return {
    id: version.id,
    documentId: version.documentId,
    documentTitle: version.document.title,
    number: version.number,
    name: version.name,
    groupId: version.document.groupId,
    groupName: version.document.group?.name ?? null,
    meetingId: version.document.meetingId,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    redacted: version.publicText !== null,
  };
}
