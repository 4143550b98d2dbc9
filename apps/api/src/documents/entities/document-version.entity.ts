import { VERSION_KINDS, VersionKind } from '@cocrea/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { sqlList } from '../../groups/working-group.entity';
import { PersonEntity } from '../../people/person.entity';
import { DocumentEntity } from './document.entity';

/** A frozen copy of a document: its Yjs state and its text. Never rewritten; restoring adds a new one. */
@Entity('document_versions')
@Unique('document_versions_number_unique', ['documentId', 'number'])
@Check('document_versions_kind_check', `kind IN (${sqlList(VERSION_KINDS)})`)
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_versions_document_fk' })
  document!: DocumentEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 12 })
  kind!: VersionKind;

  @Column({ type: 'bytea' })
  state!: Buffer;

  /** ProseMirror JSON of the version, for export and restore. */
  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  /** Plain text, one block per line: what versions are compared on. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'document_versions_created_by_fk' })
  createdBy!: PersonEntity | null;

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The versión pública: the text with personal data redacted. Once set, the public routes serve it, never `text`. */
  @Column({ name: 'public_text', type: 'text', nullable: true })
  publicText!: string | null;

  @Column({ name: 'public_text_at', type: 'timestamptz', nullable: true })
  publicTextAt!: Date | null;

  /** How many ranges were redacted into `publicText`. */
  @Column({ name: 'public_text_redactions', type: 'integer', nullable: true })
  publicTextRedactions!: number | null;

  @CreatedAt()
  createdAt!: Date;
}
