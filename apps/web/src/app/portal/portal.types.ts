import type { PublicDatasetName } from '@cocrea/contracts';

export type {
  Page,
  PublicAgreement,
  PublicAgreementDetail,
  PublicCommission,
  PublicDataset,
  PublicDocumentVersion,
  PublicDocumentVersionDetail,
  PublicGroup,
  PublicGroupDetail,
  PublicPoll,
  PublicSearchHit,
  PublicSessionDetail,
  PublicSessionSummary,
  PublicVotingRecord,
  PublicVotingRecordSummary,
} from '@cocrea/contracts';

/** The public REST paths (GET, no login), as the api serves them under `/api/public`. */
export const PublicRoutes = {
  commission: '/api/public/commission',
  sessions: '/api/public/sessions',
  session: (id: string) => `/api/public/sessions/${id}`,
  agreements: '/api/public/agreements',
  /** By id or by its number (slashes and all, URL-encoded). */
  agreement: (idOrNumber: string) => `/api/public/agreements/${encodeURIComponent(idOrNumber)}`,
  groups: '/api/public/groups',
  group: (id: string) => `/api/public/groups/${id}`,
  documents: '/api/public/documents',
  document: (versionId: string) => `/api/public/documents/${versionId}`,
  votingRecords: '/api/public/voting-records',
  votingRecord: (personId: string) => `/api/public/voting-records/${personId}`,
  search: '/api/public/search',
  datasets: '/api/public/datasets',
  dataset: (name: PublicDatasetName, format: 'csv' | 'json') => `/api/public/datasets/${name}?format=${format}`,
} as const;
