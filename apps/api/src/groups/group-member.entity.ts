import { GROUP_ROLES, GroupRole, JOIN_CHANNELS, JoinChannel } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';
import { sqlList, WorkingGroupEntity } from './working-group.entity';

/** A person taking part in a group. Leaving deletes the row; the activity log keeps the story. */
@Entity('group_members')
@Index('group_members_group_person_key', ['groupId', 'personId'], { unique: true })
@Check('group_members_role_check', `role IN (${sqlList(GROUP_ROLES)})`)
@Check('group_members_channel_check', `channel IS NULL OR channel IN (${sqlList(JOIN_CHANNELS)})`)
export class GroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_members_group_fk' })
  group!: WorkingGroupEntity;

  @Index('group_members_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'group_members_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'varchar', length: 12 })
  role!: GroupRole;

  /** How the person asked to join; null when a coordinator simply added them. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  channel!: JoinChannel | null;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  @CreatedAt()
  createdAt!: Date;
}
