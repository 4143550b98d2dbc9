import { AGENDA_ITEM_KINDS, AgendaItemKind } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/person.entity';
import { MeetingEntity } from './meeting.entity';

@Entity('agenda_items')
@Index('agenda_items_meeting_position_idx', ['meetingId', 'position'])
@Check('agenda_items_kind_check', `kind IN (${AGENDA_ITEM_KINDS.map((k) => `'${k}'`).join(', ')})`)
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_items_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: AgendaItemKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  presenter!: string | null;

  @Column({ name: 'minutes_allotted', type: 'integer', nullable: true })
  minutesAllotted!: number | null;

  /** For "lectura y aprobación del acta": the earlier session whose minutes this item puts to approval. */
  @Column({ name: 'approves_minutes_of_id', type: 'uuid', nullable: true })
  approvesMinutesOfId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approves_minutes_of_id', foreignKeyConstraintName: 'agenda_items_approves_minutes_of_fk' })
  approvesMinutesOf!: MeetingEntity | null;

  /** The member who added it under "Asuntos Generales"; null for items of the call. */
  @Column({ name: 'added_by_person_id', type: 'uuid', nullable: true })
  addedByPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_person_id', foreignKeyConstraintName: 'agenda_items_added_by_fk' })
  addedBy!: PersonEntity | null;
}
