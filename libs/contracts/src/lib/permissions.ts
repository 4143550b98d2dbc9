/** What a caller may do; the server maps commission and platform roles onto these. */
export const PERMISSIONS = [
  'directory.read',
  'organizations.write',
  'people.write',
  'members.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
