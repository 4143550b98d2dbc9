import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { AgreementEntity } from './agreement.entity';

export const AGREEMENT_REVISION_KINDS = ['correction', 'merge'] as const;
export type AgreementRevisionKind = (typeof AGREEMENT_REVISION_KINDS)[number];

/**
 * The history of an adopted agreement's text: a correction (who, when, why, the text before and after) or the
 * merge of a duplicate recorded for the same vote. The adopted text is never rewritten without one of these.
 */
@Entity('agreement_revisions')
@Index('agreement_revisions_agreement_idx', ['agreementId', 'createdAt'])
@Check('agreement_revisions_kind_check', `kind IN (${AGREEMENT_REVISION_KINDS.map((k) => `'${k}'`).join(', ')})`)
export class AgreementRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_revisions_agreement_fk' })
  agreement!: AgreementEntity;

  @Column({ type: 'varchar', length: 12 })
  kind!: AgreementRevisionKind;

  @Column({ name: 'text_before', type: 'varchar', length: 2000 })
  textBefore!: string;

  @Column({ name: 'text_after', type: 'varchar', length: 2000 })
  textAfter!: string;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  /** Null for a merge made by a migration. */
  @Column({ name: 'by_person_id', type: 'uuid', nullable: true })
  byPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_person_id', foreignKeyConstraintName: 'agreement_revisions_by_fk' })
  by!: PersonEntity | null;

  @CreatedAt()
  createdAt!: Date;
}
