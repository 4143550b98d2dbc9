import { PROPOSAL_STATUSES, ProposalStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { sqlList } from '../../groups/working-group.entity';
import { MeetingEntity } from '../../meetings/entities/meeting.entity';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { PersonEntity } from '../../people/person.entity';
import { DocumentEntity } from './document.entity';

/** A suggested replacement of a span, anchored by Yjs relative positions so it follows concurrent edits. */
@Entity('document_proposals')
@Check('document_proposals_status_check', `status IN (${sqlList(PROPOSAL_STATUSES)})`)
export class DocumentProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('document_proposals_document_idx')
  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_proposals_document_fk' })
  document!: DocumentEntity;

  /** Base64 `Y.encodeRelativePosition` of the span's start and end. */
  @Column({ name: 'anchor_start', type: 'varchar', length: 400 })
  start!: string;

  @Column({ name: 'anchor_end', type: 'varchar', length: 400 })
  end!: string;

  @Column({ type: 'text' })
  original!: string;

  @Column({ type: 'text' })
  replacement!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'document_proposals_author_fk' })
  author!: PersonEntity;

  /** The author's organization when they proposed: credited in the contributions even if they move later. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'document_proposals_organization_fk' })
  organization!: OrganizationEntity | null;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status!: ProposalStatus;

  /** The session it was sent to as an amendment. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'document_proposals_meeting_fk' })
  meeting!: MeetingEntity | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'document_proposals_decided_by_fk' })
  decidedBy!: PersonEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
