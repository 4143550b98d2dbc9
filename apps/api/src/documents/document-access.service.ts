import { DocumentPermission, Me } from '@cocrea/contracts';
import { groupDocumentPermission, meetingDocumentPermission, permits } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, notFound } from '../common/problem';
import { GroupAccess } from '../groups';
import { actorIn, findMeetingRef } from '../meetings';
import { DocumentEntity } from './entities/document.entity';

export interface DocumentContext {
  document: DocumentEntity;
  permission: DocumentPermission;
}

/**
 * Who may do what in a document, from their role where it belongs: the group's rules (GroupAccess) for group and
 * deliverable documents, the session's (meeting-access) for session documents. Used by the REST routes and by the
 * co-editing socket alike.
 */
@Injectable()
export class DocumentAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupAccess,
  ) {}

  /** 404 when there is no such document, 403 when the caller may not read it. */
  async context(me: Me, documentId: string): Promise<DocumentContext> {
    const document = await this.db.manager.findOneBy(DocumentEntity, { id: documentId });
    if (!document) throw notFound('un documento', 'document');
    const permission = await this.permissionIn(me, document);
    if (!permission) throw new AppException('forbidden');
    return { document, permission };
  }

  /** Like `context`, and the caller must hold at least `needed`. */
  async require(me: Me, documentId: string, needed: DocumentPermission): Promise<DocumentContext> {
    const context = await this.context(me, documentId);
    if (!permits(context.permission, needed)) throw new AppException('forbidden');
    return context;
  }

  /** The caller's permission in a place where documents live (for listing and creating). */
  async permissionIn(me: Me, owner: { groupId: string | null; meetingId: string | null }): Promise<DocumentPermission | null> {
    if (owner.groupId) {
      const { group, actor } = await this.groups.context(me, owner.groupId).catch((error: unknown) => {
        if (error instanceof AppException && error.code === 'forbidden') return { group: null, actor: null };
        throw error;
      });
      return group && actor ? groupDocumentPermission(actor, group.status) : null;
    }
    const meeting = await findMeetingRef(this.db.manager, owner.meetingId ?? '');
    if (!meeting) throw notFound('una sesión', 'session');
    const actor = await actorIn(this.db.manager, me, meeting);
    return meetingDocumentPermission({
      manages: actor.manage,
      commissionMember: actor.grant !== undefined || me.platformRole === 'admin',
      representative: actor.representative,
    });
  }
}
