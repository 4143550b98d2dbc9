import { AgreementStatus } from '@cocrea/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { AgreementEntity } from './agreement.entity';

/** A dated follow-up note, with evidence, and the status change it made if any. */
@Entity('agreement_notes')
@Index('agreement_notes_agreement_idx', ['agreementId', 'createdAt'])
export class AgreementNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_notes_agreement_fk' })
  agreement!: AgreementEntity;

  @Column({ name: 'author_person_id', type: 'uuid' })
  authorPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_person_id', foreignKeyConstraintName: 'agreement_notes_author_fk' })
  author!: PersonEntity;

  @Column({ type: 'varchar', length: 4000 })
  body!: string;

  @Column({ name: 'status_from', type: 'varchar', length: 12 })
  statusFrom!: AgreementStatus;

  @Column({ name: 'status_to', type: 'varchar', length: 12, nullable: true })
  statusTo!: AgreementStatus | null;

  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds!: string[];

  @CreatedAt()
  createdAt!: Date;
}
