import { Commission, CommissionMember } from '@cocrea/contracts';
import { toPerson } from '../people';
import { CommissionMemberEntity } from './commission-member.entity';
import { CommissionEntity } from './commission.entity';
import { isActiveOn } from '@cocrea/domain';

export function toCommission(entity: CommissionEntity, memberCount: number): Commission {
  return {
    id: entity.id,
    name: entity.name,
    acronym: entity.acronym,
    agreementPrefix: entity.agreementPrefix,
    legalBasis: entity.legalBasis,
    system: entity.system,
    chairTitle: entity.chairTitle,
    secretaryTitle: entity.secretaryTitle,
    quorumFraction: entity.quorumFraction,
    memberCount,
  };
}

/** `entity.person` (with its organization) must be loaded; `today` is the commission's day. */
export function toCommissionMember(entity: CommissionMemberEntity, today: string): CommissionMember {
  return {
    id: entity.id,
    commissionId: entity.commissionId,
    role: entity.role,
    votes: entity.votes,
    since: entity.since,
    until: entity.until,
    active: isActiveOn(entity, today),
    person: toPerson(entity.person),
  };
}
