import { COMMISSION_ROLES, CommissionRole, GROUP_ROLES, GroupRole, PLATFORM_ROLES } from '@cocrea/contracts';
import fc from 'fast-check';
import { canReadGroup, GroupActor, groupAbilities } from './group-access';

function actor(commissionRole: CommissionRole | null, groupRole: GroupRole | null, votes = commissionRole !== 'observer'): GroupActor {
  return {
    platformRole: 'user',
    commissionRole: commissionRole ? { commissionId: 'c', role: commissionRole, votes } : null,
    groupRole,
  };
}

describe('groupAbilities in an active group', () => {
  it.each([
    ['chair outside the group', actor('chair', null), { archive: true, manage: true, submitInput: false, requestToJoin: true }],
    ['chair as coordinator', actor('chair', 'coordinator'), { archive: true, manage: true, submitInput: true, requestToJoin: false }],
    ['secretary outside', actor('secretary', null), { archive: false, manage: false, submitInput: false, requestToJoin: true }],
    ['commissioner outside', actor('commissioner', null), { archive: false, manage: false, submitInput: false, requestToJoin: true }],
    ['commissioner member', actor('commissioner', 'member'), { archive: false, manage: false, submitInput: true, requestToJoin: false }],
    [
      'commissioner coordinator',
      actor('commissioner', 'coordinator'),
      { archive: false, manage: true, submitInput: true, requestToJoin: false },
    ],
    ['observer (no vote) outside', actor('observer', null), { archive: false, manage: false, submitInput: false, requestToJoin: false }],
    ['partner', actor(null, 'partner'), { archive: false, manage: false, submitInput: true, requestToJoin: false }],
    ['stranger', actor(null, null), { archive: false, manage: false, submitInput: false, requestToJoin: false }],
    [
      'platform admin',
      { platformRole: 'admin', commissionRole: null, groupRole: null } as GroupActor,
      { archive: true, manage: true, submitInput: false, requestToJoin: false },
    ],
  ])('%s', (_, who, expected) => {
    expect(groupAbilities(who, 'active')).toEqual(expected);
  });
});

describe('groupAbilities and canReadGroup for anyone', () => {
  const anyActor = fc.record({
    platformRole: fc.constantFrom(...PLATFORM_ROLES),
    commissionRole: fc.option(
      fc.record({ commissionId: fc.constant('c'), role: fc.constantFrom(...COMMISSION_ROLES), votes: fc.boolean() }),
      { nil: null },
    ),
    groupRole: fc.option(fc.constantFrom(...GROUP_ROLES), { nil: null }),
  });

  it('allows nothing in an archived group', () => {
    fc.assert(
      fc.property(anyActor, (who) => {
        expect(groupAbilities(who, 'archived')).toEqual({ archive: false, manage: false, submitInput: false, requestToJoin: false });
      }),
    );
  });

  it('never lets a partner manage, ask to join or archive', () => {
    fc.assert(
      fc.property(anyActor, (who) => {
        const partner = { ...who, platformRole: 'user' as const, commissionRole: null, groupRole: 'partner' as const };
        expect(groupAbilities(partner, 'active')).toMatchObject({ manage: false, requestToJoin: false, archive: false });
      }),
    );
  });

  it('lets whoever may do something also read the group', () => {
    fc.assert(
      fc.property(anyActor, (who) => {
        const abilities = groupAbilities(who, 'active');
        if (Object.values(abilities).some(Boolean)) expect(canReadGroup(who)).toBe(true);
      }),
    );
  });

  it('keeps strangers out', () => {
    expect(canReadGroup(actor(null, null))).toBe(false);
  });
});
