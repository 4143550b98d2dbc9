/**
 * What an integrator reads about each route: its operation id (a verb), a one-line summary, an optional longer
 * description, the domain errors it can answer beyond the ones every route of its kind gives (see api-description.ts),
 * and the media types of a body that is not JSON. Keyed like the authorization matrix (`METHOD /api/path`); the
 * api-description spec fails when a route has no entry.
 */
import type { ErrorCode } from '@cocrea/contracts';

export interface OperationText {
  id: string;
  summary: string;
  description?: string;
  errors?: readonly ErrorCode[];
  /** A body that is not JSON (a file, an export): its media types. */
  produces?: readonly string[];
  /** The contracts type of a JSON body the handler writes itself (`@Res()`), so its declared type says nothing. */
  returns?: string;
}

const EXPORT = ['text/csv', 'application/json'];
const MEETING_COMMAND = ['meeting_wrong_status', 'room_refused', 'conflict'] as const;
const FLOOR = ['meeting_wrong_status', 'floor_conflict', 'room_refused'] as const;
const POLL_COMMAND = ['poll_wrong_status', 'meeting_wrong_status', 'conflict'] as const;
const PROPOSAL = ['proposal_decided', 'proposal_outdated', 'forbidden'] as const;
const CHALLENGE_WRITE = ['challenge_phase_closed', 'too_many_requests'] as const;

export const OPERATION_CATALOG: Readonly<Record<string, OperationText>> = {
  // Signing in and one's own account
  'POST /api/auth/login': {
    id: 'signIn',
    summary: 'Sign in with e-mail and password',
    description:
      'Answers a session token (use it as `Authorization: Bearer <token>`) and sets the httpOnly session cookie with the ' +
      '`cocrea_xsrf` cookie a browser echoes in the `X-XSRF-Token` header. Limited per address and per account.',
    errors: ['invalid_credentials', 'too_many_requests'],
  },
  'POST /api/auth/logout': { id: 'signOut', summary: 'Sign out', description: 'Ends the session the request uses and clears its cookies.' },
  'GET /api/auth/me': { id: 'getMe', summary: 'The signed-in person', description: 'Who is signed in: person, roles and permissions.' },
  'PATCH /api/auth/me': {
    id: 'updateMe',
    summary: 'Update one’s own profile',
    description: 'Name, language and contact details of the signed-in person.',
  },
  'POST /api/accounts/password': {
    id: 'changePassword',
    summary: 'Change one’s password',
    description: 'Needs the current password; other sessions of the account are ended.',
    errors: ['wrong_password'],
  },
  'POST /api/accounts/password-reset': {
    id: 'requestPasswordReset',
    summary: 'Ask for a password-reset link',
    description: 'Always 202, whether or not the address has an account, so it reveals nothing; the link arrives by mail.',
    errors: ['too_many_requests'],
  },
  'GET /api/accounts/sign-up/proof-of-work': {
    id: 'getSignUpProofOfWork',
    summary: 'Get a proof-of-work challenge for signing up',
    description:
      'A fresh ALTCHA-style challenge (SHA-256, signed by the api, expiring after 20 minutes): the browser finds the number and sends it with the sign-up. Each solution is accepted once.',
  },
  'POST /api/accounts/sign-up': {
    id: 'signUp',
    summary: 'Sign up as a citizen',
    description:
      'Creates a citizen account (open challenges) after the e-mail is confirmed by the mailed link. Needs a solved proof-of-work challenge (else 400 proof_of_work_invalid, also when it expired or was already used); then always 202, whether the address had an account or not.',
    errors: ['proof_of_work_invalid', 'too_many_requests'],
  },
  'POST /api/accounts/password-reset/confirm': {
    id: 'confirmPasswordReset',
    summary: 'Set a new password with a mailed token',
    errors: ['account_token_invalid', 'too_many_requests'],
  },
  'POST /api/accounts/invitations': {
    id: 'invitePerson',
    summary: 'Invite a person to open an account',
    description: 'Mails the person a link to choose a password.',
    errors: ['email_taken'],
  },
  'POST /api/accounts/invitations/accept': {
    id: 'acceptInvitation',
    summary: 'Accept an invitation and choose a password',
    errors: ['account_token_invalid', 'too_many_requests'],
  },

  // Organizations, people, the commission and its members
  'GET /api/organizations': {
    id: 'listOrganizations',
    summary: 'List organizations',
    description: 'Paged; filters by text, kind and state.',
  },
  'POST /api/organizations': { id: 'createOrganization', summary: 'Register an organization', errors: ['organization_name_taken'] },
  'GET /api/organizations/export': {
    id: 'exportOrganizations',
    summary: 'Export organizations',
    description: 'CSV (UTF-8 with BOM) or JSON, with the list’s filters.',
    produces: EXPORT,
  },
  'GET /api/organizations/{id}': { id: 'getOrganization', summary: 'One organization' },
  'PATCH /api/organizations/{id}': { id: 'updateOrganization', summary: 'Update an organization', errors: ['organization_name_taken'] },
  'GET /api/people': { id: 'listPeople', summary: 'List people', description: 'Paged; filters by text, organization and state.' },
  'POST /api/people': { id: 'createPerson', summary: 'Register a person', errors: ['email_taken'] },
  'GET /api/people/export': {
    id: 'exportPeople',
    summary: 'Export people',
    description: 'CSV (UTF-8 with BOM) or JSON, with the list’s filters.',
    produces: EXPORT,
  },
  'GET /api/people/{id}': { id: 'getPerson', summary: 'One person with their memberships' },
  'PATCH /api/people/{id}': { id: 'updatePerson', summary: 'Update a person', errors: ['email_taken'] },
  'GET /api/people/{id}/account': {
    id: 'getPersonAccount',
    summary: 'A person’s account: sign-in state, platform role, open sessions and the actions the caller may take',
  },
  'POST /api/people/{id}/account/disable': {
    id: 'disableAccount',
    summary: 'Disable a person’s sign-in; their sessions and live sockets end',
    errors: ['own_account_action'],
  },
  'POST /api/people/{id}/account/enable': {
    id: 'enableAccount',
    summary: 'Enable a disabled sign-in again',
    errors: ['own_account_action'],
  },
  'POST /api/people/{id}/account/sign-out': {
    id: 'signOutPerson',
    summary: 'End every session of a person (and their live sockets)',
    errors: ['own_account_action'],
  },
  'PUT /api/people/{id}/platform-role': {
    id: 'setPlatformRole',
    summary: 'Make a person a platform admin or not (admins only); their sessions end',
    errors: ['own_account_action'],
  },
  'POST /api/people/{id}/deactivate': {
    id: 'deactivatePerson',
    summary: 'Deactivate a person: they cannot sign in and their sessions end',
    errors: ['own_account_action'],
  },
  'POST /api/people/{id}/reactivate': {
    id: 'reactivatePerson',
    summary: 'Reactivate a deactivated person',
    errors: ['own_account_action'],
  },
  'GET /api/commissions': {
    id: 'listCommissions',
    summary: 'List commissions',
    description: 'Oldest first: the founding commission leads.',
  },
  'POST /api/commissions': {
    id: 'createCommission',
    summary: 'Create a commission',
    description: 'Name, acronym, agreement-number prefix, quorum rule and the legal basis its votes cite. Platform admins only.',
    errors: ['commission_taken'],
  },
  'GET /api/commissions/{commissionId}': { id: 'getCommission', summary: 'One commission' },
  'PATCH /api/commissions/{commissionId}': {
    id: 'updateCommission',
    summary: 'Change a commission’s details',
    description:
      'A new agreement prefix numbers the agreements adopted from then on; numbers already given keep theirs. Platform admins only.',
    errors: ['commission_taken'],
  },
  'GET /api/commissions/{commissionId}/members': {
    id: 'listCommissionMembers',
    summary: 'List a commission’s members',
    description: 'Paged; filters by text, role, state and status (current or past).',
  },
  'POST /api/commissions/{commissionId}/members': {
    id: 'addCommissionMember',
    summary: 'Add a member to the commission',
    errors: ['already_member'],
  },
  'GET /api/commissions/{commissionId}/members/export': {
    id: 'exportCommissionMembers',
    summary: 'Export a commission’s members',
    description: 'CSV (UTF-8 with BOM) or JSON, with the list’s filters.',
    produces: EXPORT,
  },
  'GET /api/commissions/{commissionId}/members/{memberId}': { id: 'getCommissionMember', summary: 'One membership of the commission' },
  'PATCH /api/commissions/{commissionId}/members/{memberId}': {
    id: 'updateCommissionMember',
    summary: 'Change or end a membership',
    description: 'Role, dates and the end of a membership (kept in the history).',
  },

  // Notifications and mail
  'GET /api/notifications': {
    id: 'listNotifications',
    summary: 'List one’s notifications',
    description: 'Paged, newest first; `unread` keeps the unread ones.',
  },
  'GET /api/notifications/preferences': { id: 'getNotificationPreferences', summary: 'One’s notification preferences' },
  'PUT /api/notifications/preferences': {
    id: 'updateNotificationPreferences',
    summary: 'Set one’s notification preferences',
    description: 'Which kinds arrive by mail.',
  },
  'POST /api/notifications/{notificationId}/read': { id: 'markNotificationRead', summary: 'Mark a notification read' },
  'GET /api/mail/outbox': {
    id: 'listOutboxMail',
    summary: 'List the mail outbox',
    description: 'Mails waiting, sent or failed, for whoever runs the installation.',
  },
  'GET /api/audit/activity': {
    id: 'listActivity',
    summary: 'List who changed what',
    description:
      'The commission’s audit trail newest first: changes to people, organizations, membership and roles, accounts, agreements’ follow-up and groups’ membership answers, each with who, when and the fields before and after. Filters by kind, actor, subject and commission days.',
  },
  'GET /api/audit/activity/verify': {
    id: 'verifyActivityChain',
    summary: 'Verify the commission’s audit trail',
    description: 'Recomputes the hash chain of the commission’s trail and reports the first link that is not what was appended, and why.',
  },

  // Sessions (meetings)
  'GET /api/commissions/{commissionId}/meetings': {
    id: 'listMeetings',
    summary: 'List a commission’s sessions',
    description: 'Paged, newest first; filters by status.',
  },
  'POST /api/commissions/{commissionId}/meetings': {
    id: 'createMeeting',
    summary: 'Draft a session',
    description: 'A draft with its agenda; convening it sends the call.',
    errors: ['call_conflict'],
  },
  'GET /api/commissions/{commissionId}/meetings/call-suggestion': {
    id: 'suggestMeetingCall',
    summary: 'Suggest the next session’s call',
    description: 'Kind, number and standard agenda items for the next call, from the sessions held so far.',
  },
  'GET /api/meetings/{meetingId}': {
    id: 'getMeeting',
    summary: 'A session’s full state',
    description:
      'Agenda, attendance, quorum, representations, decisions and speakers: the same state the live room sends as `meeting:state`.',
  },
  'GET /api/meetings/{meetingId}/audit': {
    id: 'checkMeetingAudit',
    summary: 'Check a session’s audit trail',
    description:
      'Recomputes the hash chain of every change recorded for the session and rebuilds the record from it, then compares that record with the stored one part by part: an edited link breaks the chain at that link, and a row changed outside the record is named.',
  },
  'PATCH /api/meetings/{meetingId}': {
    id: 'updateMeeting',
    summary: 'Correct a session’s call',
    description: 'Date, place, link and agenda before the session opens.',
    errors: [...MEETING_COMMAND, 'call_conflict'],
  },
  'DELETE /api/meetings/{meetingId}': { id: 'withdrawMeeting', summary: 'Delete a draft session', errors: ['meeting_wrong_status'] },
  'POST /api/meetings/{meetingId}/cancel': {
    id: 'cancelMeeting',
    summary: 'Cancel a convened session',
    description: 'With a reason, which the members are told.',
    errors: ['meeting_wrong_status'],
  },
  'POST /api/meetings/{meetingId}/convene': {
    id: 'conveneMeeting',
    summary: 'Convene a session',
    description: 'Sends the call to every seat.',
    errors: ['meeting_wrong_status', 'call_conflict'],
  },
  'POST /api/meetings/{meetingId}/open': {
    id: 'openMeeting',
    summary: 'Open a session',
    description: 'Starts the roll call; the live room opens.',
    errors: ['meeting_wrong_status'],
  },
  'POST /api/meetings/{meetingId}/close': { id: 'closeMeeting', summary: 'Close a session', errors: ['meeting_wrong_status', 'conflict'] },
  'POST /api/meetings/{meetingId}/representations': {
    id: 'addRepresentation',
    summary: 'Record a representation letter',
    description: 'A member is represented by someone else of their institution, with the letter.',
    errors: ['representation_conflict', 'meeting_wrong_status'],
  },
  'PATCH /api/meetings/{meetingId}/representations/{representationId}': {
    id: 'correctRepresentation',
    summary: 'Correct a representation letter',
    description: 'The correction is kept beside the original.',
    errors: ['representation_conflict'],
  },
  'POST /api/meetings/{meetingId}/representations/{representationId}/withdraw': {
    id: 'withdrawRepresentation',
    summary: 'Withdraw a representation letter',
    errors: ['representation_conflict'],
  },
  'POST /api/meetings/{meetingId}/attendance/all-present': {
    id: 'markAllPresent',
    summary: 'Mark everyone not yet recorded present',
    errors: ['attendance_conflict', 'meeting_wrong_status'],
  },
  'PUT /api/meetings/{meetingId}/self-check-in': {
    id: 'setSelfCheckIn',
    summary: 'Open or close members’ own check-in',
    errors: ['meeting_wrong_status'],
  },
  'POST /api/meetings/{meetingId}/check-in': {
    id: 'checkIn',
    summary: 'Check oneself in',
    description: 'While the chair keeps self check-in open.',
    errors: ['attendance_conflict', 'meeting_wrong_status', 'not_in_meeting'],
  },
  'PUT /api/meetings/{meetingId}/attendance': {
    id: 'recordAttendanceBatch',
    summary: 'Record several roll-call entries',
    errors: ['attendance_conflict', 'meeting_wrong_status'],
  },
  'PUT /api/meetings/{meetingId}/attendance/{personId}': {
    id: 'recordAttendance',
    summary: 'Record one roll-call entry',
    errors: ['attendance_conflict', 'meeting_wrong_status'],
  },
  'POST /api/meetings/{meetingId}/decisions': {
    id: 'recordDecision',
    summary: 'Record a decision of the session',
    description: 'Agenda approval, waiving the reading, approving minutes or another decision, with its outcome and method.',
    errors: ['decision_conflict', 'no_quorum', 'meeting_wrong_status'],
  },
  'PUT /api/meetings/{meetingId}/current-item': {
    id: 'setCurrentItem',
    summary: 'Move the session to an agenda item',
    errors: [...MEETING_COMMAND],
  },
  'POST /api/meetings/{meetingId}/other-business': {
    id: 'addOtherBusiness',
    summary: 'Add an item to “Asuntos Generales”',
    errors: ['meeting_wrong_status', 'decision_conflict'],
  },
  'POST /api/meetings/{meetingId}/recusals': {
    id: 'declareRecusal',
    summary: 'Declare a recusal on an agenda item',
    errors: ['meeting_wrong_status', 'not_in_meeting'],
  },
  'POST /api/meetings/{meetingId}/speakers': {
    id: 'requestFloor',
    summary: 'Ask for the floor',
    description: 'Joins the speakers’ list of the current item.',
    errors: [...FLOOR],
  },
  'PUT /api/meetings/{meetingId}/speakers/order': { id: 'orderSpeakers', summary: 'Reorder the speakers’ list', errors: [...FLOOR] },
  'POST /api/meetings/{meetingId}/speakers/{entryId}/give': { id: 'giveFloor', summary: 'Give the floor to a speaker', errors: [...FLOOR] },
  'POST /api/meetings/{meetingId}/speakers/{entryId}/finish': { id: 'finishFloor', summary: 'End a speaker’s turn', errors: [...FLOOR] },
  'POST /api/meetings/{meetingId}/speakers/{entryId}/withdraw': {
    id: 'withdrawFromFloor',
    summary: 'Withdraw a request for the floor',
    errors: [...FLOOR],
  },
  'GET /api/meetings/{meetingId}/minutes': {
    id: 'getMinutes',
    summary: 'A session’s minutes',
    description: 'The draft or approved minutes as Markdown, with their version.',
  },
  'PUT /api/meetings/{meetingId}/minutes': {
    id: 'updateMinutes',
    summary: 'Edit a session’s draft minutes',
    description: 'Send the version read; a newer one answers 409 so no edit is lost.',
    errors: ['minutes_conflict'],
  },
  'GET /api/meetings/{meetingId}/minutes.md': {
    id: 'downloadMinutes',
    summary: 'Download the minutes as Markdown',
    produces: ['text/markdown'],
  },
  'POST /api/meetings/{meetingId}/invited-participants': {
    id: 'addInvitedParticipant',
    summary: 'Invite a guest to a session',
    errors: ['minutes_conflict'],
  },
  'DELETE /api/meetings/{meetingId}/invited-participants/{participantId}': {
    id: 'removeInvitedParticipant',
    summary: 'Remove a session’s guest',
    errors: ['minutes_conflict'],
  },

  // Working groups
  'GET /api/commissions/{commissionId}/groups': { id: 'listGroups', summary: 'List a commission’s working groups' },
  'POST /api/commissions/{commissionId}/groups': { id: 'createGroup', summary: 'Create a working group', errors: ['group_name_taken'] },
  'GET /api/commissions/{commissionId}/groups/export': { id: 'exportGroups', summary: 'Export the working groups', produces: EXPORT },
  'GET /api/commissions/{commissionId}/milestones': { id: 'listCommissionMilestones', summary: 'List the milestones of every group' },
  'POST /api/commissions/{commissionId}/milestones': {
    id: 'createCommissionMilestone',
    summary: 'Add a milestone to a group',
    errors: ['group_archived'],
  },
  'GET /api/groups/access': { id: 'getGroupsAccess', summary: 'What one may do in working groups' },
  'GET /api/groups/dashboard': {
    id: 'getGroupsDashboard',
    summary: 'The working groups’ dashboard',
    description: 'Dated items due soon or overdue across one’s groups.',
  },
  'GET /api/groups/{groupId}': { id: 'getGroup', summary: 'One working group' },
  'DELETE /api/groups/{groupId}': {
    id: 'deleteGroup',
    summary: 'Delete a working group',
    description: 'Only a group without deliverables.',
    errors: ['group_has_deliverables'],
  },
  'POST /api/groups/{groupId}/archive': { id: 'archiveGroup', summary: 'Archive a working group', errors: ['group_archived'] },
  'GET /api/groups/{groupId}/members': { id: 'listGroupMembers', summary: 'List a group’s members' },
  'POST /api/groups/{groupId}/members': {
    id: 'addGroupMember',
    summary: 'Add a member to a group',
    errors: ['group_already_member', 'group_not_commissioner', 'group_archived'],
  },
  'GET /api/groups/{groupId}/members/export': { id: 'exportGroupMembers', summary: 'Export a group’s members', produces: EXPORT },
  'PATCH /api/groups/{groupId}/members/{memberId}': {
    id: 'updateGroupMember',
    summary: 'Change a group member’s role',
    errors: ['group_last_coordinator', 'group_archived'],
  },
  'DELETE /api/groups/{groupId}/members/{memberId}': {
    id: 'removeGroupMember',
    summary: 'Remove a group member',
    errors: ['group_last_coordinator', 'group_archived'],
  },
  'POST /api/groups/{groupId}/partner-organizations': {
    id: 'addGroupPartner',
    summary: 'Add a partner organization to a group',
    errors: ['group_partner_organization_added', 'group_archived'],
  },
  'GET /api/groups/{groupId}/join-requests': { id: 'listJoinRequests', summary: 'List requests to join a group' },
  'POST /api/groups/{groupId}/join-requests': {
    id: 'requestToJoinGroup',
    summary: 'Ask to join a group',
    errors: ['group_join_pending', 'group_already_member', 'group_archived'],
  },
  'POST /api/groups/{groupId}/join-requests/{requestId}/accept': {
    id: 'acceptJoinRequest',
    summary: 'Accept a request to join',
    errors: ['join_request_decided'],
  },
  'POST /api/groups/{groupId}/join-requests/{requestId}/decline': {
    id: 'declineJoinRequest',
    summary: 'Decline a request to join',
    errors: ['join_request_decided'],
  },
  'GET /api/groups/{groupId}/milestones': { id: 'listGroupMilestones', summary: 'List a group’s milestones' },
  'POST /api/groups/{groupId}/milestones': {
    id: 'createGroupMilestone',
    summary: 'Add a milestone to the group',
    errors: ['group_archived'],
  },
  'GET /api/groups/{groupId}/activity': {
    id: 'listGroupActivity',
    summary: 'A group’s activity',
    description: 'Paged, newest first: joins, deliverables, inputs and their answers.',
  },
  'PATCH /api/milestones/{milestoneId}': { id: 'updateMilestone', summary: 'Update a milestone', errors: ['group_archived'] },

  // Voting
  'GET /api/meetings/{meetingId}/polls': { id: 'listPolls', summary: 'List a session’s polls' },
  'POST /api/meetings/{meetingId}/polls': {
    id: 'createPoll',
    summary: 'Prepare a poll',
    description: 'Question, options, method (named, secret, show of hands) and majority.',
    errors: ['meeting_wrong_status'],
  },
  'GET /api/polls/{pollId}': {
    id: 'getPoll',
    summary: 'A poll’s state',
    description: 'Options, status, tally when it may be shown, and one’s own vote.',
  },
  'PATCH /api/polls/{pollId}': { id: 'updatePoll', summary: 'Edit a poll before it opens', errors: [...POLL_COMMAND] },
  'POST /api/polls/{pollId}/open': {
    id: 'openPoll',
    summary: 'Open a poll',
    description: 'Freezes the voting rights (present members, representations, recusals).',
    errors: [...POLL_COMMAND, 'no_quorum'],
  },
  'POST /api/polls/{pollId}/close': {
    id: 'closePoll',
    summary: 'Close a poll',
    description: 'Computes the result; a tie may take the chair’s casting vote.',
    errors: [...POLL_COMMAND, 'casting_vote_without_tie'],
  },
  'GET /api/polls/{pollId}/rights': {
    id: 'listVotingRights',
    summary: 'One’s voting rights in a poll',
    description: 'Own seat and the seats one represents.',
  },
  'GET /api/polls/{pollId}/roster': {
    id: 'getPollRoster',
    summary: 'Every voting right in a poll',
    description: 'Who may vote, for whom, and whether they have voted.',
  },
  'POST /api/polls/{pollId}/ballots': {
    id: 'castBallot',
    summary: 'Cast a ballot',
    description:
      'For one’s own seat or a represented one; answers a receipt whose code can be checked on the public chain. A client already in the session’s live room may send the same ballot as the `poll:cast` event over its socket instead (see /api/docs/asyncapi.json): same checks, receipt and problems.',
    errors: ['poll_wrong_status', 'ballot_conflict', 'no_voting_right', 'not_in_meeting'],
  },
  'POST /api/polls/{pollId}/roll-call': {
    id: 'recordRollCallVote',
    summary: 'Record a named vote called aloud',
    errors: ['poll_wrong_status', 'ballot_conflict', 'no_voting_right'],
  },
  'POST /api/polls/{pollId}/show-of-hands': {
    id: 'recordShowOfHands',
    summary: 'Record a show-of-hands count',
    errors: ['poll_wrong_status', 'conflict'],
  },
  'GET /api/polls/{pollId}/export.csv': {
    id: 'exportPollCsv',
    summary: 'Export a closed poll as CSV',
    produces: ['text/csv'],
    errors: ['poll_wrong_status', 'poll_secret_locked'],
  },
  'GET /api/polls/{pollId}/export.pdf': {
    id: 'exportPollPdf',
    summary: 'Export a closed poll as PDF',
    produces: ['application/pdf'],
    errors: ['poll_wrong_status', 'poll_secret_locked'],
  },
  'GET /api/public/polls/{pollId}/verify': {
    id: 'verifyPollChain',
    summary: 'Verify a poll’s audit chain',
    description: 'Recomputes the hash chain of the poll’s events and says whether it is intact.',
  },
  'GET /api/public/polls/{pollId}/chain': {
    id: 'getPollChain',
    summary: 'A poll’s audit chain',
    description: 'Every event with its hash, to verify independently.',
  },
  'GET /api/public/polls/{pollId}/receipts/{code}': {
    id: 'checkBallotReceipt',
    summary: 'Check a ballot receipt',
    description: 'Whether a receipt code is recorded in the poll’s chain.',
  },

  // Agreements
  'GET /api/commissions/{commissionId}/agreements': {
    id: 'listAgreements',
    summary: 'List a commission’s agreements',
    description: 'Paged; filters by status, session and overdue.',
  },
  'GET /api/meetings/{meetingId}/agreements': { id: 'listMeetingAgreements', summary: 'Agreements adopted in a session' },
  'GET /api/meetings/{meetingId}/previous-agreements': {
    id: 'listPreviousMeetingAgreements',
    summary: 'Agreements of the previous session',
    description: 'To follow up on them in this one.',
  },
  'GET /api/agreements/{agreementId}': { id: 'getAgreement', summary: 'One agreement with its history' },
  'PATCH /api/agreements/{agreementId}': {
    id: 'updateAgreement',
    summary: 'Update an agreement’s follow-up',
    description: 'Status, owner and due date.',
    errors: ['conflict'],
  },
  'POST /api/agreements/{agreementId}/corrections': {
    id: 'correctAgreement',
    summary: 'Correct an agreement’s text',
    errors: ['agreement_text_adopted'],
  },
  'POST /api/agreements/{agreementId}/notes': { id: 'addAgreementNote', summary: 'Add a follow-up note to an agreement' },

  // Deliverables
  'GET /api/groups/{groupId}/deliverables': { id: 'listDeliverables', summary: 'List a group’s deliverables' },
  'POST /api/groups/{groupId}/deliverables': { id: 'createDeliverable', summary: 'Create a deliverable', errors: ['group_archived'] },
  'GET /api/groups/{groupId}/deliverables/export': { id: 'exportDeliverables', summary: 'Export a group’s deliverables', produces: EXPORT },
  'GET /api/deliverables/{deliverableId}': { id: 'getDeliverable', summary: 'One deliverable with its inputs' },
  'PATCH /api/deliverables/{deliverableId}': { id: 'updateDeliverable', summary: 'Update a deliverable', errors: ['deliverable_closed'] },
  'POST /api/deliverables/{deliverableId}/status': {
    id: 'changeDeliverableStatus',
    summary: 'Move a deliverable to another status',
    errors: ['deliverable_invalid_transition'],
  },
  'POST /api/deliverables/{deliverableId}/inputs': {
    id: 'submitDeliverableInput',
    summary: 'Submit an input to a deliverable',
    errors: ['deliverable_closed'],
  },
  'PATCH /api/deliverables/{deliverableId}/inputs/{inputId}': {
    id: 'reviseDeliverableInput',
    summary: 'Revise one’s input',
    errors: ['input_already_reviewed', 'deliverable_closed'],
  },
  'POST /api/deliverables/{deliverableId}/inputs/{inputId}/review': {
    id: 'reviewDeliverableInput',
    summary: 'Answer an input',
    errors: ['input_already_reviewed', 'deliverable_closed'],
  },

  // Open challenges
  'POST /api/challenges': { id: 'createChallenge', summary: 'Create an open challenge' },
  'POST /api/challenges/{challengeId}/members': { id: 'addChallengeMember', summary: 'Add a juror or institution to a challenge' },
  'GET /api/challenges/{challengeId}/members': {
    id: 'listChallengeMembers',
    summary: 'List a challenge’s managers and jurors',
    description: 'For the challenge’s managers.',
  },
  'GET /api/challenges/{challengeId}/my-roles': {
    id: 'getMyChallengeRoles',
    summary: 'The caller’s roles in a challenge',
    description: 'Manager, juror or none, and the ideas the caller declared a conflict on, so screens offer only what is allowed.',
  },
  'GET /api/challenges/{challengeId}/moderation-log': {
    id: 'listChallengeModerationLog',
    summary: 'Read a challenge’s moderation log',
    description: 'Members named, phases moved, ideas answered, winners decided and milestones reached, newest first; for managers.',
  },
  'POST /api/challenges/{challengeId}/phases/close': {
    id: 'closeChallengePhase',
    summary: 'Close a challenge’s open phase now',
    description: 'The next phase opens at once if it was due later. Logged.',
    errors: ['challenge_phase_closed'],
  },
  'PATCH /api/challenges/{challengeId}/phases': {
    id: 'changeChallengePhaseDates',
    summary: 'Move a challenge phase’s dates',
    description: 'The whole calendar must stay in order, each phase opening before it closes. Logged.',
  },
  'GET /api/challenges/{challengeId}/jury-scores': { id: 'listJuryScores', summary: 'The jury’s scores of a challenge' },
  'POST /api/challenges/{challengeId}/winners': {
    id: 'decideWinners',
    summary: 'Decide a challenge’s winners',
    description: 'Per problem, with a reason when departing from the ranking.',
    errors: ['challenge_phase_closed'],
  },
  'POST /api/challenge-problems/{problemId}/ideas': {
    id: 'submitIdea',
    summary: 'Propose an idea for a problem',
    errors: [...CHALLENGE_WRITE],
  },
  'PATCH /api/challenge-ideas/{ideaId}': { id: 'editIdea', summary: 'Edit one’s idea', errors: [...CHALLENGE_WRITE] },
  'PUT /api/challenge-ideas/{ideaId}/support': {
    id: 'supportIdea',
    summary: 'Support an idea',
    errors: [...CHALLENGE_WRITE, 'support_limit_reached', 'idea_not_admitted'],
  },
  'DELETE /api/challenge-ideas/{ideaId}/support': {
    id: 'withdrawIdeaSupport',
    summary: 'Withdraw one’s support of an idea',
    errors: [...CHALLENGE_WRITE],
  },
  'POST /api/challenge-ideas/{ideaId}/decision': {
    id: 'decideIdea',
    summary: 'Admit or decline an idea',
    description: 'A declined duplicate links its original.',
    errors: ['challenge_phase_closed'],
  },
  'PUT /api/challenge-ideas/{ideaId}/feasibility': {
    id: 'scoreIdeaFeasibility',
    summary: 'Score an idea’s feasibility',
    errors: ['challenge_phase_closed', 'idea_not_admitted'],
  },
  'POST /api/challenge-ideas/{ideaId}/conflict': {
    id: 'declareJurorConflict',
    summary: 'Declare a juror’s conflict of interest',
    errors: ['challenge_phase_closed'],
  },
  'PUT /api/challenge-ideas/{ideaId}/jury-score': {
    id: 'scoreIdeaAsJuror',
    summary: 'Score an idea as a juror',
    errors: ['challenge_phase_closed', 'juror_conflict', 'idea_not_admitted'],
  },
  'POST /api/challenge-ideas/{ideaId}/pilot': { id: 'startPilot', summary: 'Start a winner’s pilot', errors: ['not_a_winner'] },
  'PATCH /api/challenge-pilots/{pilotId}': { id: 'setPilotStatus', summary: 'Set a pilot’s status' },
  'POST /api/challenge-pilots/{pilotId}/milestones': { id: 'addPilotMilestone', summary: 'Add a milestone to a pilot' },
  'PATCH /api/challenge-milestones/{milestoneId}': {
    id: 'markPilotMilestoneDone',
    summary: 'Mark a pilot’s milestone done',
    description: 'With the day and its evidence (a link or a text). Logged.',
  },
  'GET /api/public/challenges': { id: 'listPublicChallenges', summary: 'List open challenges' },
  'GET /api/public/challenges/datasets': { id: 'listPublicChallengeDatasets', summary: 'The challenges’ data dictionary' },
  'GET /api/public/challenges/{challengeId}': {
    id: 'getPublicChallenge',
    summary: 'A challenge with its phases, problems and ranking',
    returns: 'PublicChallenge',
  },
  'GET /api/public/challenges/{challengeId}/datasets/{name}': {
    id: 'downloadPublicChallengeDataset',
    summary: 'Download a challenge’s dataset',
    produces: EXPORT,
  },
  'GET /api/public/challenge-ideas/{ideaId}': { id: 'getPublicIdea', summary: 'An idea with its scores and pilot' },
  'GET /api/public/challenge-ideas/{ideaId}/comments': {
    id: 'listPublicIdeaComments',
    summary: 'List an idea’s comments',
    description: 'Oldest first, a page at a time. A comment hidden by moderation shows its reason instead of its text.',
  },
  'GET /api/public/challenge-ideas/{ideaId}/files/{attachmentId}': {
    id: 'downloadPublicIdeaFile',
    summary: 'Download a file attached to an idea',
    produces: ['application/octet-stream'],
  },
  'GET /api/challenge-ideas/{ideaId}/my-rights': {
    id: 'getIdeaViewerRights',
    summary: 'What one may do on an idea',
    description:
      'Whether the signed-in person edits it (author or co-author), names its co-authors (author) or moderates its comments (a manager).',
  },
  'POST /api/challenge-ideas/{ideaId}/comments': {
    id: 'addIdeaComment',
    summary: 'Comment on an idea',
    description: 'Anyone signed in, while the challenge is open (from the ideas phase to the end of the pilots’).',
    errors: ['challenge_closed', 'too_many_requests'],
  },
  'POST /api/challenge-comments/{commentId}/hide': {
    id: 'hideIdeaComment',
    summary: 'Hide a comment by moderation',
    description: 'A manager of the challenge hides a comment with a reason; who, when and why are kept and the reason is shown publicly.',
    errors: ['comment_already_hidden'],
  },
  'POST /api/challenge-ideas/{ideaId}/attachments': {
    id: 'addIdeaAttachment',
    summary: 'Attach a file to one’s idea',
    description:
      'Links a file the caller uploaded through POST /api/attachments (its size and type limits apply there). The author or a co-author, until the ideas phase closes.',
    errors: [...CHALLENGE_WRITE, 'idea_attachment_limit', 'conflict'],
  },
  'DELETE /api/challenge-ideas/{ideaId}/attachments/{attachmentId}': {
    id: 'removeIdeaAttachment',
    summary: 'Remove a file from one’s idea',
    errors: [...CHALLENGE_WRITE],
  },
  'GET /api/challenge-ideas/{ideaId}/coauthors': {
    id: 'listIdeaCoauthors',
    summary: 'List an idea’s co-authors with their e-mails',
    description: 'For the idea’s author and co-authors; the portal shows only their names.',
  },
  'PUT /api/challenge-ideas/{ideaId}/coauthors': {
    id: 'setIdeaCoauthors',
    summary: 'Name an idea’s co-authors',
    description: 'The author replaces the list with verified accounts named by e-mail, until the ideas phase closes.',
    errors: [...CHALLENGE_WRITE, 'coauthor_not_found'],
  },

  // Documents and co-editing
  'GET /api/documents': {
    id: 'listDocuments',
    summary: 'List the documents one may read',
    description: 'Paged; filters by group, deliverable and session.',
  },
  'POST /api/documents': {
    id: 'createDocument',
    summary: 'Create a document',
    description: 'Co-edited live over `/collab` (see the AsyncAPI document at /api/docs/asyncapi.json).',
  },
  'GET /api/documents/published': { id: 'listPublishedVersions', summary: 'List published document versions' },
  'GET /api/documents/{documentId}': {
    id: 'getDocument',
    summary: 'One document',
    description: 'With what the caller may do in it (edit, propose, observe).',
  },
  'PATCH /api/documents/{documentId}': { id: 'renameDocument', summary: 'Rename a document' },
  'GET /api/documents/{documentId}/proposals': { id: 'listProposals', summary: 'List a document’s proposed changes' },
  'POST /api/documents/{documentId}/proposals': {
    id: 'proposeChange',
    summary: 'Propose a change to a document',
    errors: ['proposal_invalid_anchor'],
  },
  'POST /api/documents/{documentId}/proposals/decide-all': {
    id: 'decideAllProposals',
    summary: 'Accept or reject every open proposal',
    errors: [...PROPOSAL],
  },
  'POST /api/documents/{documentId}/proposals/{proposalId}/decision': {
    id: 'decideProposal',
    summary: 'Accept or reject a proposal',
    errors: [...PROPOSAL],
  },
  'POST /api/documents/{documentId}/proposals/{proposalId}/send-to-session': {
    id: 'sendProposalToSession',
    summary: 'Send a proposal to a session',
    description: 'It becomes an amendment the session decides.',
    errors: [...PROPOSAL, 'meeting_wrong_status'],
  },
  'GET /api/documents/{documentId}/observations': { id: 'listObservations', summary: 'List a document’s observations' },
  'POST /api/documents/{documentId}/observations': {
    id: 'addObservation',
    summary: 'Make an observation on a document',
    errors: ['proposal_invalid_anchor'],
  },
  'POST /api/documents/{documentId}/observations/{observationId}/replies': {
    id: 'replyToObservation',
    summary: 'Reply to an observation',
    errors: ['observation_resolved'],
  },
  'POST /api/documents/{documentId}/observations/{observationId}/resolve': {
    id: 'resolveObservation',
    summary: 'Resolve an observation',
    errors: ['observation_resolved'],
  },
  'GET /api/documents/{documentId}/versions': { id: 'listVersions', summary: 'List a document’s named versions' },
  'POST /api/documents/{documentId}/versions': { id: 'nameVersion', summary: 'Name the current text as a version' },
  'GET /api/documents/{documentId}/versions/{fromId}/diff/{toId}': { id: 'diffVersions', summary: 'Compare two versions' },
  'POST /api/documents/{documentId}/versions/{versionId}/restore': {
    id: 'restoreVersion',
    summary: 'Restore a version as the current text',
    errors: ['conflict'],
  },
  'POST /api/documents/{documentId}/versions/{versionId}/publish': {
    id: 'publishVersion',
    summary: 'Publish a version on the portal',
    errors: ['conflict'],
  },
  'GET /api/documents/{documentId}/versions/{versionId}/export': {
    id: 'exportVersion',
    summary: 'Export a version',
    description: 'Word (DOCX), Markdown or HTML, by `format`.',
    produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/markdown', 'text/html'],
  },
  'GET /api/documents/{documentId}/contributions': {
    id: 'getContributions',
    summary: 'Who contributed to a document',
    description: 'Per person and organization.',
  },
  'GET /api/documents/{documentId}/contributions/export': {
    id: 'exportContributions',
    summary: 'Export the contributions',
    produces: EXPORT,
  },
  'GET /api/meetings/{meetingId}/amendments': { id: 'listAmendments', summary: 'Amendments sent to a session' },

  // Files
  'POST /api/attachments': {
    id: 'uploadAttachment',
    summary: 'Upload a file',
    description: 'One `file` part (multipart/form-data); PDF, images and office documents up to the configured size.',
    errors: ['file_too_large', 'unsupported_media_type'],
  },
  'GET /api/attachments/{id}/meta': { id: 'getAttachment', summary: 'A file’s name, type and size' },
  'GET /api/attachments/{id}': { id: 'downloadAttachment', summary: 'Download a file', produces: ['application/octet-stream'] },

  // The public portal (open data)
  'GET /api/public/commission': { id: 'getPublicCommission', summary: 'The founding commission and its members' },
  'GET /api/public/commissions': {
    id: 'listPublicCommissions',
    summary: 'List the commissions',
    description: 'Every commission of the installation, oldest first, with its members, sessions and agreements counted.',
  },
  'GET /api/public/commissions/{commissionId}': { id: 'getPublicCommissionById', summary: 'One commission and its members' },
  'GET /api/public/members': {
    id: 'listPublicMembers',
    summary: 'List the commissions’ members',
    description: 'One row per seat; `commissionId` narrows it to one commission.',
  },
  'GET /api/public/sessions': { id: 'listPublicSessions', summary: 'List public sessions' },
  'GET /api/public/sessions/{meetingId}': { id: 'getPublicSession', summary: 'One public session', returns: 'PublicSessionDetail' },
  'GET /api/public/agreements': { id: 'listPublicAgreements', summary: 'List public agreements' },
  'GET /api/public/agreements/{ref}': {
    id: 'getPublicAgreement',
    summary: 'One public agreement',
    description: 'By its reference (e.g. `CPT-2021-01-03`) or id.',
  },
  'GET /api/public/groups': {
    id: 'listPublicGroups',
    summary: 'List working groups',
    description: 'With their deliverables and milestones.',
  },
  'GET /api/public/groups/{groupId}': { id: 'getPublicGroup', summary: 'One working group' },
  'GET /api/public/documents': { id: 'listPublicDocuments', summary: 'List published documents' },
  'GET /api/public/documents/{versionId}': { id: 'getPublicDocument', summary: 'One published document version' },
  'GET /api/public/voting-records': { id: 'listPublicVotingRecords', summary: 'List members’ voting records' },
  'GET /api/public/voting-records/{personId}': { id: 'getPublicVotingRecord', summary: 'One member’s voting record' },
  'GET /api/public/search': { id: 'searchPublic', summary: 'Search the portal' },
  'GET /api/public/datasets': { id: 'listPublicDatasets', summary: 'The open data dictionary' },
  'GET /api/public/datasets/{name}': { id: 'downloadPublicDataset', summary: 'Download an open dataset', produces: EXPORT },
  'GET /api/public/files/{fileId}': { id: 'downloadPublicFile', summary: 'Download a public file', produces: ['application/octet-stream'] },
  'POST /api/documents/{documentId}/versions/{versionId}/public-version': {
    id: 'redactVersion',
    summary: 'Make a version’s versión pública',
    errors: ['conflict'],
  },
  'GET /api/documents/{documentId}/versions/{versionId}/public-version': {
    id: 'getPublicVersion',
    summary: 'A version’s versión pública',
    description: 'The redacted text and its ranges, or null when there is none yet.',
  },
  'POST /api/attachments/{attachmentId}/public-version': { id: 'setPublicFile', summary: 'Give a file its versión pública' },

  // Home and operations
  'GET /api/home': {
    id: 'getHome',
    summary: 'One’s home page',
    description: 'Next sessions, open polls, and recent activity of one’s groups.',
  },
  'GET /api/home/calendar/{meetingId}': {
    id: 'downloadMeetingCalendar',
    summary: 'A session as a calendar event',
    produces: ['text/calendar'],
  },
  'GET /api/health': { id: 'checkHealth', summary: 'Readiness (legacy path)' },
  'GET /api/health/live': { id: 'checkLiveness', summary: 'Liveness' },
  'GET /api/health/ready': { id: 'checkReadiness', summary: 'Readiness' },
};
