import { ChallengeConflictEntity } from './challenge-conflict.entity';
import { ChallengeIdeaAttachmentEntity } from './challenge-idea-attachment.entity';
import { ChallengeIdeaCoauthorEntity } from './challenge-idea-coauthor.entity';
import { ChallengeIdeaCommentEntity } from './challenge-idea-comment.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';
import { ChallengeMemberEntity } from './challenge-member.entity';
import { ChallengePhaseEntity } from './challenge-phase.entity';
import { ChallengePilotMilestoneEntity } from './challenge-pilot-milestone.entity';
import { ChallengePilotEntity } from './challenge-pilot.entity';
import { ChallengeProblemEntity } from './challenge-problem.entity';
import { ChallengeScoreEntity } from './challenge-score.entity';
import { ChallengeSupportEntity } from './challenge-support.entity';
import { ChallengeWinnersDecisionEntity } from './challenge-winners-decision.entity';
import { ChallengeEntity } from './challenge.entity';

export {
  ChallengeConflictEntity,
  ChallengeEntity,
  ChallengeIdeaAttachmentEntity,
  ChallengeIdeaCoauthorEntity,
  ChallengeIdeaCommentEntity,
  ChallengeIdeaEntity,
  ChallengeMemberEntity,
  ChallengePhaseEntity,
  ChallengePilotEntity,
  ChallengePilotMilestoneEntity,
  ChallengeProblemEntity,
  ChallengeScoreEntity,
  ChallengeSupportEntity,
  ChallengeWinnersDecisionEntity,
};

/** Every table of the open challenges, for the data source. */
export const CHALLENGE_ENTITIES = [
  ChallengeEntity,
  ChallengePhaseEntity,
  ChallengeProblemEntity,
  ChallengeMemberEntity,
  ChallengeIdeaEntity,
  ChallengeSupportEntity,
  ChallengeScoreEntity,
  ChallengeConflictEntity,
  ChallengeWinnersDecisionEntity,
  ChallengePilotEntity,
  ChallengePilotMilestoneEntity,
  ChallengeIdeaCommentEntity,
  ChallengeIdeaAttachmentEntity,
  ChallengeIdeaCoauthorEntity,
];
