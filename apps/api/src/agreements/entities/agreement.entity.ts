import { AGREEMENT_ADOPTIONS, AGREEMENT_STATUSES, AgreementAdoption, AgreementStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommissionEntity } from '../../commissions/commission.entity';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { DecisionEntity } from '../../meetings/entities/decision.entity';
import { MeetingEntity } from '../../meetings/entities/meeting.entity';
import { PersonEntity } from '../../people/person.entity';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** An acuerdo: numbered per session day (`CGATP/01/15-02-2021`), followed up until attended. */
@Entity('agreements')
@Index('agreements_meeting_idx', ['meetingId', 'sequence'])
@Index('agreements_number_key', ['commissionId', 'number'], { unique: true })
@Index('agreements_decision_key', ['decisionId'], { unique: true, where: 'decision_id IS NOT NULL' })
@Check('agreements_status_check', `status IN (${inList(AGREEMENT_STATUSES)})`)
@Check('agreements_adoption_check', `adoption IS NULL OR adoption IN (${inList(AGREEMENT_ADOPTIONS)})`)
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('agreements_commission_idx')
  @Column({ name: 'commission_id', type: 'uuid' })
  commissionId!: string;

  @ManyToOne(() => CommissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commission_id', foreignKeyConstraintName: 'agreements_commission_fk' })
  commission!: CommissionEntity;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agreements_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'varchar', length: 60 })
  number!: string;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  adoption!: AgreementAdoption | null;

  @Column({ type: 'integer', nullable: true })
  yes!: number | null;

  @Column({ type: 'integer', nullable: true })
  no!: number | null;

  @Column({ type: 'integer', nullable: true })
  abstain!: number | null;

  /** The outcome that made it (one agreement per outcome); null for agreements recorded without one (the 2020 record). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'agreements_decision_fk' })
  decision!: DecisionEntity | null;

  /** A person or a group (free text: "Grupo de trabajo de la vitrina", "Secretaría Técnica"). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  responsible!: string | null;

  /** The person who answers for it and is told so (`agreement_assigned`); `responsible` may still name their unit. */
  @Index('agreements_assignee_idx')
  @Column({ name: 'assignee_person_id', type: 'uuid', nullable: true })
  assigneePersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_person_id', foreignKeyConstraintName: 'agreements_assignee_fk' })
  assignee!: PersonEntity | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: AgreementStatus;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
