import { ATTACHMENT_MEDIA_TYPES, AttachmentMediaType } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';

@Entity('attachments')
@Check('attachments_media_type_check', `media_type IN (${ATTACHMENT_MEDIA_TYPES.map((t) => `'${t}'`).join(', ')})`)
@Check('attachments_size_check', 'size_bytes > 0')
export class AttachmentEntity {
  /** Chosen by the service before the bytes are stored, so the storage key and the row agree. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType!: AttachmentMediaType;

  @Column({ name: 'size_bytes', type: 'integer' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Index('attachments_uploaded_by_idx')
  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: PersonEntity;

  /** The versión pública of this file (a redacted upload): the public routes serve it instead of this one. */
  @Column({ name: 'public_version_id', type: 'uuid', nullable: true })
  publicVersionId!: string | null;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'public_version_id', foreignKeyConstraintName: 'attachments_public_version_fk' })
  publicVersion?: AttachmentEntity | null;

  @CreatedAt()
  createdAt!: Date;
}
