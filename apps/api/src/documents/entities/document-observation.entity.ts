import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { DocumentEntity } from './document.entity';

/**
 * An observation anchored to a span (relative positions, so the anchor survives edits around it), or a reply in
 * its thread (`parentId` set, no anchor of its own).
 */
@Entity('document_observations')
export class DocumentObservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('document_observations_document_idx')
  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_observations_document_fk' })
  document!: DocumentEntity;

  @Index('document_observations_parent_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => DocumentObservationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'document_observations_parent_fk' })
  parent!: DocumentObservationEntity | null;

  @Column({ name: 'anchor_start', type: 'varchar', length: 400, nullable: true })
  start!: string | null;

  @Column({ name: 'anchor_end', type: 'varchar', length: 400, nullable: true })
  end!: string | null;

  @Column({ type: 'text', default: '' })
  quote!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'document_observations_author_fk' })
  author!: PersonEntity;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'document_observations_resolved_by_fk' })
  resolvedBy!: PersonEntity | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
