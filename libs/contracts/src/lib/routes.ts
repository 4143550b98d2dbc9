/** REST paths under `/api`, shared so web and api cannot drift apart. */
export const API_PREFIX = 'api';

export const ApiRoutes = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  health: '/api/health',
  commissions: '/api/commissions',
  commission: (id: string) => `/api/commissions/${id}`,
  commissionMembers: (id: string) => `/api/commissions/${id}/members`,
  commissionMember: (id: string, memberId: string) => `/api/commissions/${id}/members/${memberId}`,
  commissionMembersExport: (id: string) => `/api/commissions/${id}/members/export`,
  organizations: '/api/organizations',
  organization: (id: string) => `/api/organizations/${id}`,
  organizationsExport: '/api/organizations/export',
  people: '/api/people',
  person: (id: string) => `/api/people/${id}`,
  peopleExport: '/api/people/export',
  attachments: '/api/attachments',
  attachment: (id: string) => `/api/attachments/${id}`,
  attachmentMeta: (id: string) => `/api/attachments/${id}/meta`,
} as const;
