import { CHALLENGE_ROLES, ChallengeRole } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../groups/working-group.entity';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeEntity } from './challenge.entity';

/** Who runs a challenge (managers: filtering, feasibility, winners, pilots) and who sits on its jury. */
@Entity('challenge_members')
@Index('challenge_members_key', ['challengeId', 'personId', 'role'], { unique: true })
@Check('challenge_members_role_check', `role IN (${sqlList(CHALLENGE_ROLES)})`)
export class ChallengeMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'challenge_members_challenge_fk' })
  challenge!: ChallengeEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'challenge_members_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'varchar', length: 8 })
  role!: ChallengeRole;
}
