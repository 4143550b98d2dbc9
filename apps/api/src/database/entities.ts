import { CHALLENGE_ENTITIES } from '../challenges/entities';
import { AccountTokenEntity } from '../accounts/account-token.entity';
import { ProofOfWorkRedemptionEntity, ServerSecretEntity } from '../accounts/proof-of-work.entities';
import { OutboxMailEntity } from '../notifications/outbox-mail.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { DueNoticeEntity } from '../notifications/due-notice.entity';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { AgendaItemEntity } from '../meetings/entities/agenda-item.entity';
import { AttendanceEntity } from '../meetings/entities/attendance.entity';
import { DecisionEntity } from '../meetings/entities/decision.entity';
import { InvitedParticipantEntity } from '../meetings/entities/invited-participant.entity';
import { MinutesVersionEntity } from '../meetings/entities/minutes-version.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { RecusalEntity } from '../meetings/entities/recusal.entity';
import { RepresentationEntity } from '../meetings/entities/representation.entity';
import { SpeakerEntryEntity } from '../meetings/entities/speaker-entry.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { DeliverableInputEntity } from '../deliverables/deliverable-input.entity';
import { DeliverableStatusChangeEntity } from '../deliverables/deliverable-status-change.entity';
import { DeliverableEntity } from '../deliverables/deliverable.entity';
import { DocumentContributionEntity } from '../documents/entities/document-contribution.entity';
import { DocumentObservationEntity } from '../documents/entities/document-observation.entity';
import { DocumentProposalEntity } from '../documents/entities/document-proposal.entity';
import { DocumentUpdateEntity } from '../documents/entities/document-update.entity';
import { DocumentVersionEntity } from '../documents/entities/document-version.entity';
import { DocumentEntity } from '../documents/entities/document.entity';
import { GroupEventEntity } from '../groups/group-event.entity';
import { GroupMemberEntity } from '../groups/group-member.entity';
import { GroupPartnerOrganizationEntity } from '../groups/group-partner-organization.entity';
import { JoinRequestEntity } from '../groups/join-request.entity';
import { MilestoneEntity } from '../groups/milestone.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { AgreementNoteEntity } from '../agreements/entities/agreement-note.entity';
import { AgreementRevisionEntity } from '../agreements/entities/agreement-revision.entity';
import { AgreementEntity } from '../agreements/entities/agreement.entity';
import { BallotEntity } from '../voting/entities/ballot.entity';
import { PollAuditEventEntity } from '../voting/entities/poll-audit-event.entity';
import { SessionAuditEventEntity } from '../audit/session-audit-event.entity';
import { CommissionAuditEventEntity } from '../audit/commission-audit-event.entity';
import { PollOptionEntity } from '../voting/entities/poll-option.entity';
import { PollEntity } from '../voting/entities/poll.entity';
import { VotingRightUseEntity } from '../voting/entities/voting-right-use.entity';

export const ENTITIES = [
  OrganizationEntity,
  PersonEntity,
  CommissionEntity,
  CommissionMemberEntity,
  AuthSessionEntity,
  AttachmentEntity,
  MeetingEntity,
  AgendaItemEntity,
  AttendanceEntity,
  RepresentationEntity,
  DecisionEntity,
  InvitedParticipantEntity,
  MinutesVersionEntity,
  SpeakerEntryEntity,
  RecusalEntity,
  NotificationEntity,
  WorkingGroupEntity,
  GroupMemberEntity,
  GroupPartnerOrganizationEntity,
  JoinRequestEntity,
  GroupEventEntity,
  MilestoneEntity,
  DeliverableEntity,
  DeliverableStatusChangeEntity,
  DeliverableInputEntity,
  PollEntity,
  PollOptionEntity,
  VotingRightUseEntity,
  BallotEntity,
  PollAuditEventEntity,
  SessionAuditEventEntity,
  CommissionAuditEventEntity,
  AgreementEntity,
  AgreementNoteEntity,
  AgreementRevisionEntity,
  DocumentEntity,
  DocumentUpdateEntity,
  DocumentContributionEntity,
  DocumentProposalEntity,
  DocumentObservationEntity,
  DocumentVersionEntity,
  AccountTokenEntity,
  ProofOfWorkRedemptionEntity,
  ServerSecretEntity,
  OutboxMailEntity,
  NotificationPreferenceEntity,
  DueNoticeEntity,
  ...CHALLENGE_ENTITIES,
];
