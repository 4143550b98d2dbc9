import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { DeliverableInputEntity } from '../deliverables/deliverable-input.entity';
import { DeliverableStatusChangeEntity } from '../deliverables/deliverable-status-change.entity';
import { DeliverableEntity } from '../deliverables/deliverable.entity';
import { GroupEventEntity } from '../groups/group-event.entity';
import { GroupMemberEntity } from '../groups/group-member.entity';
import { GroupPartnerOrganizationEntity } from '../groups/group-partner-organization.entity';
import { JoinRequestEntity } from '../groups/join-request.entity';
import { MilestoneEntity } from '../groups/milestone.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';

export const ENTITIES = [
  OrganizationEntity,
  PersonEntity,
  CommissionEntity,
  CommissionMemberEntity,
  AuthSessionEntity,
  AttachmentEntity,
  WorkingGroupEntity,
  GroupMemberEntity,
  GroupPartnerOrganizationEntity,
  JoinRequestEntity,
  GroupEventEntity,
  MilestoneEntity,
  DeliverableEntity,
  DeliverableStatusChangeEntity,
  DeliverableInputEntity,
];
