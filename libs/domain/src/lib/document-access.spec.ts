import { COMMISSION_ROLES, DOCUMENT_PERMISSIONS, GROUP_ROLES, GROUP_STATUSES, PLATFORM_ROLES, PROPOSAL_STATUSES } from '@cocrea/contracts';
import fc from 'fast-check';
import { groupDocumentPermission, meetingDocumentPermission, permits, proposalDecidable } from './document-access';
import { canReadGroup, GroupActor, groupAbilities } from './group-access';

const actor = (role: (typeof COMMISSION_ROLES)[number] | null, groupRole: (typeof GROUP_ROLES)[number] | null): GroupActor => ({
  platformRole: 'user',
  commissionRole: role ? { commissionId: 'c', role, votes: role !== 'observer' } : null,
  groupRole,
});

describe('groupDocumentPermission', () => {
  it.each([
    ['coordinator', actor('commissioner', 'coordinator'), 'edit'],
    ['chair outside the group', actor('chair', null), 'edit'],
    ['member', actor('commissioner', 'member'), 'propose'],
    ['partner', actor(null, 'partner'), 'propose'],
    ['commissioner outside the group', actor('commissioner', null), 'read'],
    ['secretary outside the group', actor('secretary', null), 'read'],
    ['stranger', actor(null, null), null],
    ['admin', { platformRole: 'admin', commissionRole: null, groupRole: null } as GroupActor, 'edit'],
  ])('%s in an active group', (_, who, expected) => {
    expect(groupDocumentPermission(who, 'active')).toBe(expected);
  });

  it('makes every reader of an archived group read-only', () => {
    expect(groupDocumentPermission(actor('commissioner', 'coordinator'), 'archived')).toBe('read');
    expect(groupDocumentPermission(actor(null, null), 'archived')).toBeNull();
  });

  it('agrees with the group rules for anyone', () => {
    const anyActor = fc.record({
      platformRole: fc.constantFrom(...PLATFORM_ROLES),
      commissionRole: fc.option(
        fc.record({ commissionId: fc.constant('c'), role: fc.constantFrom(...COMMISSION_ROLES), votes: fc.boolean() }),
      ),
      groupRole: fc.option(fc.constantFrom(...GROUP_ROLES)),
    });
    fc.assert(
      fc.property(anyActor, fc.constantFrom(...GROUP_STATUSES), (who, status) => {
        const permission = groupDocumentPermission(who, status);
        expect(permission !== null).toBe(canReadGroup(who));
        expect(permission === 'edit').toBe(groupAbilities(who, status).manage);
        if (permission === 'propose') expect(who.groupRole).not.toBeNull();
      }),
    );
  });
});

describe('meetingDocumentPermission', () => {
  it.each([
    [{ manages: true, commissionMember: true, representative: false }, 'edit'],
    [{ manages: false, commissionMember: true, representative: false }, 'propose'],
    [{ manages: false, commissionMember: false, representative: true }, 'read'],
    [{ manages: false, commissionMember: false, representative: false }, null],
  ])('%o → %s', (who, expected) => {
    expect(meetingDocumentPermission(who)).toBe(expected);
  });
});

describe('permits', () => {
  it('orders edit ⊃ propose ⊃ read', () => {
    expect(permits('edit', 'propose')).toBe(true);
    expect(permits('propose', 'edit')).toBe(false);
    expect(permits('read', 'read')).toBe(true);
    expect(permits(null, 'read')).toBe(false);
  });

  it('is reflexive and transitive', () => {
    const p = fc.constantFrom(...DOCUMENT_PERMISSIONS);
    fc.assert(
      fc.property(p, p, p, (a, b, c) => {
        expect(permits(a, a)).toBe(true);
        if (permits(a, b) && permits(b, c)) expect(permits(a, c)).toBe(true);
      }),
    );
  });
});

describe('proposalDecidable', () => {
  it.each(PROPOSAL_STATUSES.map((s) => [s, s === 'open' || s === 'in_session']))('%s → %s', (status, expected) => {
    expect(proposalDecidable(status)).toBe(expected);
  });
});
