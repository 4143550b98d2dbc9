import { RepresentationCorrection } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AttachmentEntity } from '../../attachments/attachment.entity';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { MeetingEntity } from './meeting.entity';

/** "Oficio de representación": who stands in for whom, with the letter as evidence, its window and scope. */
@Entity('representations')
@Index('representations_meeting_member_idx', ['meetingId', 'memberPersonId'])
@Check('representations_window_check', `valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from`)
export class RepresentationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'representations_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ name: 'member_person_id', type: 'uuid' })
  memberPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_person_id', foreignKeyConstraintName: 'representations_member_fk' })
  member!: PersonEntity;

  @Index('representations_representative_idx')
  @Column({ name: 'representative_person_id', type: 'uuid', nullable: true })
  representativePersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'representative_person_id', foreignKeyConstraintName: 'representations_representative_fk' })
  representative!: PersonEntity | null;

  @Column({ name: 'representative_name', type: 'varchar', length: 200 })
  representativeName!: string;

  /** The letter (oficio de representación), the evidence of the proxy. */
  @Column({ name: 'letter_attachment_id', type: 'uuid', nullable: true })
  letterAttachmentId!: string | null;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_attachment_id', foreignKeyConstraintName: 'representations_letter_fk' })
  letter!: AttachmentEntity | null;

  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true })
  validFrom!: Date | null;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  /** Null: the whole session. */
  @Column({ name: 'agenda_item_ids', type: 'uuid', array: true, nullable: true })
  agendaItemIds!: string[] | null;

  /** A withdrawn letter stays on the record: when, by whom and why. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'varchar', length: 500, nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'withdrawn_by_person_id', type: 'uuid', nullable: true })
  withdrawnByPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'withdrawn_by_person_id', foreignKeyConstraintName: 'representations_withdrawn_by_fk' })
  withdrawnBy!: PersonEntity | null;

  /** Each correction with the fields it replaced, oldest first. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  corrections!: RepresentationCorrection[];

  @CreatedAt()
  createdAt!: Date;
}
