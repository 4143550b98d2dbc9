import { GroupEventKind } from '@cocrea/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';
import { WorkingGroupEntity } from './working-group.entity';

/** The group's recent activity: appended by the services in the same transaction as the change. */
@Entity('group_events')
@Index('group_events_group_created_idx', ['groupId', 'createdAt'])
export class GroupEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_events_group_fk' })
  group!: WorkingGroupEntity;

  @Column({ type: 'varchar', length: 40 })
  kind!: GroupEventKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'group_events_actor_fk' })
  actor!: PersonEntity | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
