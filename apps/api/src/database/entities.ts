import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

export const ENTITIES = [OrganizationEntity, PersonEntity, CommissionEntity, CommissionMemberEntity, AuthSessionEntity, AttachmentEntity];
