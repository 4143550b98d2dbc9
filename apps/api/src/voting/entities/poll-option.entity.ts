import { OPTION_MEANINGS, OptionMeaning } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PollEntity } from './poll.entity';

@Entity('poll_options')
@Index('poll_options_poll_position_key', ['pollId', 'position'], { unique: true })
@Check('poll_options_meaning_check', `meaning IN (${OPTION_MEANINGS.map((m) => `'${m}'`).join(', ')})`)
export class PollOptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => PollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'poll_options_poll_fk' })
  poll!: PollEntity;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'varchar', length: 10 })
  meaning!: OptionMeaning;

  @Column({ type: 'integer' })
  position!: number;
}
