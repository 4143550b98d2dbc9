import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';

/** A member's declared conflict of interest on one agenda item. */
@Entity('recusals')
@Index('recusals_item_person_key', ['agendaItemId', 'personId'], { unique: true })
export class RecusalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('recusals_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'recusals_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'recusals_agenda_item_fk' })
  agendaItem!: AgendaItemEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'recusals_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
