export type {
  Page,
  PublicAgreement,
  PublicAgreementDetail,
  PublicCommission,
  PublicCommissionSummary,
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

/** The public REST paths (GET, no login), shared with the api. */
export { PublicApiRoutes as PublicRoutes } from '@cocrea/contracts';
