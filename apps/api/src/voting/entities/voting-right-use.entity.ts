import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/person.entity';
import { PollEntity } from './poll.entity';

/**
 * Who used which voting right, kept apart from what was chosen (ballots): in a secret poll nothing links the two.
 * The unique key is what makes a right usable once, by the member or their proxy, never both.
 */
@Entity('voting_right_uses')
@Index('voting_right_uses_poll_member_key', ['pollId', 'memberPersonId'], { unique: true })
export class VotingRightUseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => PollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'voting_right_uses_poll_fk' })
  poll!: PollEntity;

  /** The member whose right it is. */
  @Column({ name: 'member_person_id', type: 'uuid' })
  memberPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_person_id', foreignKeyConstraintName: 'voting_right_uses_member_fk' })
  member!: PersonEntity;

  /** The member, their representative, or the secretary recording a roll-call vote. */
  @Column({ name: 'cast_by_person_id', type: 'uuid' })
  castByPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cast_by_person_id', foreignKeyConstraintName: 'voting_right_uses_cast_by_fk' })
  castBy!: PersonEntity;

  /** sha256 of the client's idempotency key: a retry is recognised, and the key itself (which derives the receipt) is never stored. */
  @Column({ name: 'idempotency_hash', type: 'varchar', length: 64 })
  idempotencyHash!: string;
}
