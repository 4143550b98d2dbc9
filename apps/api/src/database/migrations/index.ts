import { Initial1795613528536 } from './1795613528536-Initial';
import { Attachments1795619491617 } from './1795619491617-Attachments';
import { WorkingGroups1795622734454 } from './1795622734454-WorkingGroups';
import { Meetings1795624226994 } from './1795624226994-Meetings';
import { Voting1795629708865 } from './1795629708865-Voting';
import { Documents1795629852288 } from './1795629852288-Documents';
import { PublicVersions1795700000000 } from './1795700000000-PublicVersions';
import { OneOutcome1796100000000 } from './1796100000000-OneOutcome';
import { SecretaryTools1796300000000 } from './1796300000000-SecretaryTools';
import { Accounts1796700000000 } from './1796700000000-Accounts';
import { DeliverableProgress1796900000000 } from './1796900000000-DeliverableProgress';
import { Challenges1797100000000 } from './1797100000000-Challenges';
import { DueNotices1797200000000 } from './1797200000000-DueNotices';
import { AccountStates1797200000001 } from './1797200000001-AccountStates';
import { SessionAudit1797500000000 } from './1797500000000-SessionAudit';
import { SignUpProofOfWork1797600000100 } from './1797600000100-SignUpProofOfWork';
import { IdeaCommentsFilesCoauthors1797600000101 } from './1797600000101-IdeaCommentsFilesCoauthors';
import { SpanishCollation1797600000200 } from './1797600000200-SpanishCollation';
import { CommissionAudit1797600000300 } from './1797600000300-CommissionAudit';
import { ChallengeSupportFunction1797600000400 } from './1797600000400-ChallengeSupportFunction';
import { ChallengeSupportBatches1797700000300 } from './1797700000300-ChallengeSupportBatches';
import { CommissionIdentity1797700000400 } from './1797700000400-CommissionIdentity';
import { AgreementAssignee1797700000600 } from './1797700000600-AgreementAssignee';

/** Every migration, in order. Listed as classes because the api ships as one webpack bundle. */
export const MIGRATIONS = [
  Initial1795613528536,
  Attachments1795619491617,
  WorkingGroups1795622734454,
  Meetings1795624226994,
  Voting1795629708865,
  Documents1795629852288,
  PublicVersions1795700000000,
  OneOutcome1796100000000,
  SecretaryTools1796300000000,
  Accounts1796700000000,
  DeliverableProgress1796900000000,
  Challenges1797100000000,
  DueNotices1797200000000,
  AccountStates1797200000001,
  SessionAudit1797500000000,
  SignUpProofOfWork1797600000100,
  IdeaCommentsFilesCoauthors1797600000101,
  SpanishCollation1797600000200,
  CommissionAudit1797600000300,
  ChallengeSupportFunction1797600000400,
  ChallengeSupportBatches1797700000300,
  CommissionIdentity1797700000400,
  AgreementAssignee1797700000600,
];
