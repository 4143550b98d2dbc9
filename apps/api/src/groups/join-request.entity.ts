import { JOIN_CHANNELS, JOIN_REQUEST_STATUSES, JoinChannel, JoinRequestStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';
import { sqlList, WorkingGroupEntity } from './working-group.entity';

/** One pending request per person and group, enforced by a partial unique index rather than a check-then-insert. */
@Entity('group_join_requests')
@Index('group_join_requests_one_pending_key', ['groupId', 'personId'], { unique: true, where: `status = 'pending'` })
@Check('group_join_requests_status_check', `status IN (${sqlList(JOIN_REQUEST_STATUSES)})`)
@Check('group_join_requests_channel_check', `channel IN (${sqlList(JOIN_CHANNELS)})`)
export class JoinRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('group_join_requests_group_idx')
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_join_requests_group_fk' })
  group!: WorkingGroupEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'group_join_requests_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'platform' })
  channel!: JoinChannel;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: JoinRequestStatus;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: string;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'group_join_requests_decided_by_fk' })
  decidedBy!: PersonEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
