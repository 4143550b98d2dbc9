import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

const KEY = 'due_notices_pkey';

/**
 * One row per notice the daily due job has sent: a deliverable or milestone, the kind (due soon or overdue) and the
 * due day it was about. Claiming the row first (its key refuses a second) makes the job idempotent across runs and
 * instances; a moved due day is a new key, so the new date is announced again.
 */
@Entity('due_notices')
@Check('due_notices_item_kind_check', `item_kind IN ('deliverable', 'milestone')`)
@Check('due_notices_kind_check', `kind IN ('due_soon', 'overdue')`)
export class DueNoticeEntity {
  @PrimaryColumn({ name: 'item_kind', type: 'varchar', length: 12, primaryKeyConstraintName: KEY })
  itemKind!: 'deliverable' | 'milestone';

  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: KEY })
  itemId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: KEY })
  kind!: 'due_soon' | 'overdue';

  @PrimaryColumn({ name: 'due_on', type: 'date', primaryKeyConstraintName: KEY })
  dueOn!: string;

  @Column({ name: 'recipients', type: 'integer' })
  recipients!: number;

  @CreatedAt()
  createdAt!: Date;
}
