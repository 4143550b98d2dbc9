import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { DocumentEntity } from './document.entity';

/** Yjs updates appended since the document's last merged state; folded into `documents.state` and deleted by compaction. */
@Entity('document_updates')
@Index('document_updates_document_idx', ['documentId', 'id'])
export class DocumentUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_updates_document_fk' })
  document!: DocumentEntity;

  @Column({ type: 'bytea' })
  update!: Buffer;

  @CreatedAt()
  createdAt!: Date;
}
