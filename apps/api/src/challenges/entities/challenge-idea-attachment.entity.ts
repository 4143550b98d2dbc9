import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AttachmentEntity } from '../../attachments/attachment.entity';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';

/** A file attached to an idea (uploaded through the attachments domain); public with the idea. A file joins one idea. */
@Entity('challenge_idea_attachments')
@Index('challenge_idea_attachments_idea_idx', ['ideaId', 'createdAt'])
export class ChallengeIdeaAttachmentEntity {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId!: string;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attachment_id', foreignKeyConstraintName: 'challenge_idea_attachments_attachment_fk' })
  attachment!: AttachmentEntity;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id', foreignKeyConstraintName: 'challenge_idea_attachments_idea_fk' })
  idea!: ChallengeIdeaEntity;

  @Column({ name: 'added_by_id', type: 'uuid' })
  addedById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_id', foreignKeyConstraintName: 'challenge_idea_attachments_added_by_fk' })
  addedBy!: PersonEntity;

  @CreatedAt()
  createdAt!: Date;
}
