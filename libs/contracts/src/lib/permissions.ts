/**
 * What a caller may do beyond reading; the server maps commission and platform roles onto these.
 * Reading the directory only needs a session: the commission's membership is public information.
 * `meetings.manage`: draft and convene sessions, take the roll call, record decisions, move the current item, give the floor.
 * `meetings.preside`: open and close a session.
 * `groups.write` creates and archives working groups; what happens inside a group is up to its coordinators.
 * `mail.read`: see the outbox of e-mail and each mail's state (platform admins).
 * `challenges.manage`: launch an open challenge (retos abiertos); its launcher then runs it.
 * `commissions.write`: create commissions and change their name, acronym, agreement prefix, quorum rule and legal basis (admins).
 * `audit.read`: read the commission's activity trail (who changed what); `audit.verify`: check its chain (admins).
 */
export const PERMISSIONS = [
  'organizations.write',
  'people.write',
  'members.write',
  'meetings.manage',
  'meetings.preside',
  'groups.write',
  'mail.read',
  'commissions.write',
  'challenges.manage',
  'audit.read',
  'audit.verify',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
