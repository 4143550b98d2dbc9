import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';

/** A verified person the idea's author named as co-author: shown by name on the portal, and may edit the idea too. */
@Entity('challenge_idea_coauthors')
export class ChallengeIdeaCoauthorEntity {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id', foreignKeyConstraintName: 'challenge_idea_coauthors_idea_fk' })
  idea!: ChallengeIdeaEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'challenge_idea_coauthors_person_fk' })
  person!: PersonEntity;

  @CreatedAt()
  createdAt!: Date;
}
