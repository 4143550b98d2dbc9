import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/person.entity';
import { PollOptionEntity } from './poll-option.entity';
import { PollEntity } from './poll.entity';

/**
 * What was chosen. Named polls keep whose right it was; secret polls keep no person and no time (a trigger of the
 * migration refuses a voter on a secret poll's ballot), so a ballot cannot be traced back to anyone.
 */
@Entity('ballots')
@Index('ballots_poll_idx', ['pollId'])
@Index('ballots_poll_voter_key', ['pollId', 'voterPersonId'], { unique: true, where: 'voter_person_id IS NOT NULL' })
@Index('ballots_receipt_key', ['receiptHash'], { unique: true })
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => PollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'ballots_poll_fk' })
  poll!: PollEntity;

  @Column({ name: 'option_id', type: 'uuid' })
  optionId!: string;

  @ManyToOne(() => PollOptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'option_id', foreignKeyConstraintName: 'ballots_option_fk' })
  option!: PollOptionEntity;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  /** sha256 of the voter's receipt code. */
  @Column({ name: 'receipt_hash', type: 'varchar', length: 64 })
  receiptHash!: string;

  /** Named polls only: the member whose right this is. */
  @Column({ name: 'voter_person_id', type: 'uuid', nullable: true })
  voterPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_person_id', foreignKeyConstraintName: 'ballots_voter_fk' })
  voter!: PersonEntity | null;

  /** Named polls only: the representative who cast it, when not the member. */
  @Column({ name: 'cast_by_person_id', type: 'uuid', nullable: true })
  castByPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cast_by_person_id', foreignKeyConstraintName: 'ballots_cast_by_fk' })
  castBy!: PersonEntity | null;
}
