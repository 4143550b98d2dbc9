import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../../people/person.entity';
import { DocumentEntity } from './document.entity';

/** Characters each person typed into a document, counted by the server from the updates it applied on their behalf. */
@Entity('document_contributions')
export class DocumentContributionEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_contributions_document_fk' })
  document!: DocumentEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'document_contributions_person_fk' })
  person!: PersonEntity;

  @Column({ name: 'inserted_chars', type: 'integer', default: 0 })
  insertedChars!: number;
}
