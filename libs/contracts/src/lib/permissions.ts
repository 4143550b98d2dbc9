/**
 * What a caller may do beyond reading; the server maps commission and platform roles onto these.
 * Reading the directory only needs a session: the commission's membership is public information.
 */
export const PERMISSIONS = ['organizations.write', 'people.write', 'members.write'] as const;
export type Permission = (typeof PERMISSIONS)[number];
