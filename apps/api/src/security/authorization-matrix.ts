import { CHALLENGE_PHASES } from '@cocrea/contracts';
import type { Operation } from '../testing/openapi-routes';
import type { FixtureIds, Role } from '../testing/role-fixture';

/** One route's expectations: the status each role gets, and what to send when the defaults do not fit. */
export interface MatrixRow {
  expect: Record<Role, number>;
  /** Which fixture id fills a path param whose name alone is ambiguous (`{id}`, `{memberId}`). */
  params?: Record<string, keyof FixtureIds & string>;
  /** The body to send; by default a minimal valid body made from the route's OpenAPI schema. */
  body?: (ids: FixtureIds) => unknown;
  query?: (ids: FixtureIds) => Record<string, string>;
  /** Called with a session of its own (the route ends it). */
  ownSession?: boolean;
}

/** `anonymous` gets `anonymous`, everyone signed in gets `signedIn`, except the roles in `overrides`. */
export function statuses(anonymous: number, signedIn: number, overrides: Partial<Record<Role, number>> = {}): Record<Role, number> {
  return {
    anonymous,
    public: signedIn,
    partner: signedIn,
    commissioner: signedIn,
    representative: signedIn,
    coordinator: signedIn,
    secretary: signedIn,
    chair: signedIn,
    admin: signedIn,
    ...overrides,
  };
}

/** The path params of a request: by default the fixture id named like the param. */
export function rowParams(op: Operation, row: MatrixRow | undefined, ids: FixtureIds): Record<string, string> {
  return Object.fromEntries(op.pathParams.map((name) => [name, ids[row?.params?.[name] ?? name] ?? name]));
}

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  'POST /api/auth/login': {
    expect: statuses(200, 200),
    body: () => ({ email: 'mariana.contreras@demo.cocrea.mx', password: 'Cocrea-2021' }),
  },
  'POST /api/auth/logout': { expect: statuses(401, 204), ownSession: true },
  'GET /api/auth/me': { expect: statuses(401, 200) },
  'PATCH /api/auth/me': { expect: statuses(401, 200) },
  'GET /api/organizations': { expect: statuses(401, 200) },
  'POST /api/organizations': { expect: statuses(401, 403, { secretary: 201, admin: 409 }) },
  'GET /api/organizations/export': { expect: statuses(401, 200) },
  'GET /api/organizations/{id}': { expect: statuses(401, 200), params: { id: 'organizationId' } },
  'PATCH /api/organizations/{id}': { expect: statuses(401, 403, { secretary: 200, admin: 200 }), params: { id: 'organizationId' } },
  'GET /api/people': { expect: statuses(401, 200) },
  'POST /api/people': { expect: statuses(401, 403, { secretary: 201, admin: 201 }) },
  'GET /api/people/export': { expect: statuses(401, 200) },
  'GET /api/people/{id}': { expect: statuses(401, 200), params: { id: 'personId' } },
  'PATCH /api/people/{id}': { expect: statuses(401, 403, { secretary: 200, admin: 200 }), params: { id: 'personId' } },
  'GET /api/people/{id}/account': { expect: statuses(401, 403, { secretary: 200, admin: 200 }), params: { id: 'accountPersonId' } },
  'POST /api/people/{id}/account/disable': {
    expect: statuses(401, 403, { secretary: 200, admin: 200 }),
    params: { id: 'accountPersonId' },
  },
  'POST /api/people/{id}/account/enable': {
    expect: statuses(401, 403, { secretary: 200, admin: 200 }),
    params: { id: 'accountPersonId' },
  },
  'POST /api/people/{id}/account/sign-out': {
    expect: statuses(401, 403, { secretary: 204, admin: 204 }),
    params: { id: 'accountPersonId' },
  },
  'PUT /api/people/{id}/platform-role': {
    expect: statuses(401, 403, { admin: 200 }),
    params: { id: 'accountPersonId' },
    body: () => ({ platformRole: 'user' }),
  },
  'POST /api/people/{id}/deactivate': { expect: statuses(401, 403, { secretary: 200, admin: 200 }), params: { id: 'accountPersonId' } },
  'POST /api/people/{id}/reactivate': { expect: statuses(401, 403, { secretary: 200, admin: 200 }), params: { id: 'accountPersonId' } },
  'GET /api/commissions': { expect: statuses(401, 200) },
  'POST /api/commissions': {
    expect: statuses(401, 403, { admin: 201 }),
    body: () => ({
      name: 'Comisión de la Matriz de Autorización',
      acronym: 'CMA',
      agreementPrefix: 'CMA',
      system: 'Sistema Nacional de Transparencia',
      chairTitle: 'Coordinación',
      secretaryTitle: 'Secretaría',
      quorumFraction: 0.5,
      legalBasis: null,
    }),
  },
  'GET /api/commissions/{commissionId}': { expect: statuses(401, 200) },
  'PATCH /api/commissions/{commissionId}': { expect: statuses(401, 403, { admin: 200 }), body: () => ({ legalBasis: null }) },
  'GET /api/commissions/{commissionId}/members': { expect: statuses(401, 200) },
  'POST /api/commissions/{commissionId}/members': { expect: statuses(401, 403, { secretary: 409, admin: 409 }) },
  'GET /api/commissions/{commissionId}/members/export': { expect: statuses(401, 200) },
  'GET /api/commissions/{commissionId}/members/{memberId}': { expect: statuses(401, 200), params: { memberId: 'commissionMemberId' } },
  'PATCH /api/commissions/{commissionId}/members/{memberId}': {
    expect: statuses(401, 403, { secretary: 200, admin: 200 }),
    params: { memberId: 'commissionMemberId' },
    body: () => ({ votes: true }),
  },
  'GET /api/notifications': { expect: statuses(401, 200) },
  'GET /api/notifications/preferences': { expect: statuses(401, 200) },
  'PUT /api/notifications/preferences': { expect: statuses(401, 200), body: () => ({ poll_opened: 'digest' }) },
  'GET /api/mail/outbox': { expect: statuses(401, 403, { admin: 200 }) },
  'GET /api/audit/activity': { expect: statuses(401, 403, { secretary: 200, admin: 200 }) },
  'GET /api/audit/activity/verify': { expect: statuses(401, 403, { admin: 200 }) },
  'GET /api/home': { expect: statuses(401, 200) },
  'GET /api/home/calendar/{meetingId}': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'POST /api/accounts/password': {
    expect: statuses(401, 403),
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'Una-clave-nueva-larga' }),
  },
  'POST /api/accounts/password-reset': { expect: statuses(202, 202), body: () => ({ email: 'nadie@ejemplo.mx' }) },
  'POST /api/accounts/password-reset/confirm': {
    expect: statuses(410, 410),
    body: () => ({ token: 'A'.repeat(43), password: 'Una-clave-nueva-larga' }),
  },
  'POST /api/accounts/invitations': {
    expect: statuses(401, 403, { secretary: 409, admin: 409 }),
    body: () => ({ email: 'mariana.contreras@demo.cocrea.mx', name: 'Mariana Contreras' }),
  },
  'POST /api/accounts/invitations/accept': {
    expect: statuses(410, 410),
    body: () => ({ token: 'A'.repeat(43), password: 'Una-clave-nueva-larga' }),
  },
  'POST /api/notifications/{notificationId}/read': { expect: statuses(401, 404, { commissioner: 200 }) },
  'GET /api/commissions/{commissionId}/meetings': { expect: statuses(401, 200) },
  'POST /api/commissions/{commissionId}/meetings': { expect: statuses(401, 403, { secretary: 400, chair: 400, admin: 400 }) },
  'GET /api/commissions/{commissionId}/meetings/call-suggestion': {
    expect: statuses(401, 403, { secretary: 200, chair: 200, admin: 200 }),
  },
  'GET /api/meetings/{meetingId}': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'GET /api/meetings/{meetingId}/audit': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  // The fixture's session is open here: a call is corrected, withdrawn or cancelled only before it opens.
  'PATCH /api/meetings/{meetingId}': {
    expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }),
    body: () => ({ title: 'Sesión corregida' }),
  },
  'DELETE /api/meetings/{meetingId}': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/cancel': {
    expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }),
    body: () => ({ reason: 'Cambio de sede' }),
  },
  'POST /api/meetings/{meetingId}/convene': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/open': { expect: statuses(401, 403, { chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/close': { expect: statuses(401, 403, { chair: 200, admin: 409 }) },
  'POST /api/meetings/{meetingId}/representations': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  // From here the fixture's session is closed (the chair closed it above): letters and the roll call no longer change.
  'PATCH /api/meetings/{meetingId}/representations/{representationId}': {
    expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }),
    params: { representationId: 'meetingId' },
    body: () => ({ reason: 'Corrección' }),
  },
  'POST /api/meetings/{meetingId}/representations/{representationId}/withdraw': {
    expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }),
    params: { representationId: 'meetingId' },
    body: () => ({ reason: 'Retiro' }),
  },
  'POST /api/meetings/{meetingId}/attendance/all-present': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'PUT /api/meetings/{meetingId}/self-check-in': {
    expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }),
    body: () => ({ open: true }),
  },
  'POST /api/meetings/{meetingId}/check-in': {
    expect: statuses(401, 403, { commissioner: 409, coordinator: 409, secretary: 409, chair: 409 }),
  },
  'PUT /api/meetings/{meetingId}/attendance': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'PUT /api/meetings/{meetingId}/attendance/{personId}': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/decisions': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/invited-participants': { expect: statuses(401, 403, { secretary: 201, chair: 201, admin: 201 }) },
  'DELETE /api/meetings/{meetingId}/invited-participants/{participantId}': {
    expect: statuses(401, 403, { secretary: 404, chair: 404, admin: 404 }),
    // A well-formed id that names no invited participant.
    params: { participantId: 'personId' },
  },
  'PUT /api/meetings/{meetingId}/current-item': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/other-business': {
    expect: statuses(401, 403, { commissioner: 409, coordinator: 409, secretary: 409, chair: 409 }),
  },
  'POST /api/meetings/{meetingId}/recusals': {
    expect: statuses(401, 403, { commissioner: 409, coordinator: 409, secretary: 409, chair: 409 }),
  },
  'POST /api/meetings/{meetingId}/speakers': { expect: statuses(401, 409, { public: 403, partner: 403, admin: 403 }) },
  'PUT /api/meetings/{meetingId}/speakers/order': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/speakers/{entryId}/give': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/meetings/{meetingId}/speakers/{entryId}/finish': {
    expect: statuses(401, 403, { commissioner: 409, secretary: 409, chair: 409, admin: 409 }),
  },
  'POST /api/meetings/{meetingId}/speakers/{entryId}/withdraw': {
    expect: statuses(401, 403, { commissioner: 409, secretary: 409, chair: 409, admin: 409 }),
  },
  'GET /api/meetings/{meetingId}/minutes': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'PUT /api/meetings/{meetingId}/minutes': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'GET /api/meetings/{meetingId}/minutes.md': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'GET /api/commissions/{commissionId}/groups': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/commissions/{commissionId}/groups': { expect: statuses(401, 403, { chair: 409, admin: 409 }) },
  'GET /api/commissions/{commissionId}/groups/export': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'GET /api/commissions/{commissionId}/milestones': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/commissions/{commissionId}/milestones': { expect: statuses(401, 403, { chair: 201, admin: 201 }) },
  'GET /api/groups/access': { expect: statuses(401, 200) },
  'GET /api/groups/dashboard': { expect: statuses(401, 200) },
  'GET /api/groups/{groupId}': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'DELETE /api/groups/{groupId}': { expect: statuses(401, 403, { chair: 204, admin: 404 }), params: { groupId: 'scratchGroupId' } },
  'POST /api/groups/{groupId}/archive': { expect: statuses(401, 403, { chair: 200, admin: 409 }), params: { groupId: 'archiveGroupId' } },
  'GET /api/groups/{groupId}/members': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/groups/{groupId}/members': {
    expect: statuses(401, 403, { coordinator: 201, chair: 409, admin: 409 }),
    body: (ids) => ({ personId: ids['outsiderId'], role: 'member' }),
  },
  'GET /api/groups/{groupId}/members/export': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'PATCH /api/groups/{groupId}/members/{memberId}': {
    expect: statuses(401, 403, { coordinator: 200, chair: 200, admin: 200 }),
    params: { memberId: 'groupMemberId' },
    body: () => ({ role: 'member' }),
  },
  'DELETE /api/groups/{groupId}/members/{memberId}': {
    expect: statuses(401, 403, { coordinator: 204, secretary: 404, chair: 404, admin: 404 }),
    params: { memberId: 'groupMemberId' },
  },
  'POST /api/groups/{groupId}/partner-organizations': { expect: statuses(401, 403, { coordinator: 201, chair: 409, admin: 409 }) },
  'GET /api/groups/{groupId}/join-requests': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/groups/{groupId}/join-requests': {
    expect: statuses(401, 409, { public: 403, commissioner: 201, representative: 403, admin: 403 }),
  },
  'POST /api/groups/{groupId}/join-requests/{requestId}/accept': {
    expect: statuses(401, 403, { coordinator: 404, chair: 404, admin: 404 }),
  },
  'POST /api/groups/{groupId}/join-requests/{requestId}/decline': {
    expect: statuses(401, 403, { coordinator: 404, chair: 404, admin: 404 }),
  },
  'GET /api/groups/{groupId}/milestones': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/groups/{groupId}/milestones': { expect: statuses(401, 403, { coordinator: 201, chair: 201, admin: 201 }) },
  'GET /api/groups/{groupId}/activity': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'PATCH /api/milestones/{milestoneId}': { expect: statuses(401, 403, { chair: 200, admin: 200 }) },
  'GET /api/meetings/{meetingId}/polls': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'POST /api/meetings/{meetingId}/polls': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'GET /api/polls/{pollId}': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'PATCH /api/polls/{pollId}': { expect: statuses(401, 403, { secretary: 200, chair: 200, admin: 200 }) },
  'POST /api/polls/{pollId}/open': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/polls/{pollId}/close': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'GET /api/polls/{pollId}/rights': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'GET /api/polls/{pollId}/roster': { expect: statuses(401, 403, { secretary: 200, chair: 200, admin: 200 }) },
  'POST /api/polls/{pollId}/ballots': { expect: statuses(401, 409, { public: 403, partner: 403 }) },
  'POST /api/polls/{pollId}/roll-call': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'POST /api/polls/{pollId}/show-of-hands': { expect: statuses(401, 403, { secretary: 409, chair: 409, admin: 409 }) },
  'GET /api/polls/{pollId}/export.csv': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'GET /api/polls/{pollId}/export.pdf': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'GET /api/public/polls/{pollId}/verify': { expect: statuses(200, 200) },
  'GET /api/public/polls/{pollId}/chain': { expect: statuses(200, 200) },
  'GET /api/public/polls/{pollId}/receipts/{code}': { expect: statuses(400, 400) },
  'GET /api/commissions/{commissionId}/agreements': { expect: statuses(401, 200) },
  'GET /api/meetings/{meetingId}/agreements': { expect: statuses(401, 200) },
  'GET /api/meetings/{meetingId}/previous-agreements': { expect: statuses(401, 200) },
  'GET /api/agreements/{agreementId}': { expect: statuses(401, 200) },
  'PATCH /api/agreements/{agreementId}': { expect: statuses(401, 403, { secretary: 200, chair: 200, admin: 200 }) },
  'POST /api/agreements/{agreementId}/corrections': {
    expect: statuses(401, 403, { secretary: 201, chair: 201, admin: 201 }),
    // Each caller corrects to a new text: a correction to the text in force changes nothing and is refused.
    body: () => ({ text: `Texto corregido ${Math.random().toString(36).slice(2)}.`, reason: 'Corrección de estilo' }),
  },
  'POST /api/agreements/{agreementId}/notes': { expect: statuses(401, 403, { secretary: 201, chair: 201, admin: 201 }) },
  'GET /api/groups/{groupId}/deliverables': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/groups/{groupId}/deliverables': { expect: statuses(401, 403, { coordinator: 201, chair: 201, admin: 201 }) },
  'GET /api/groups/{groupId}/deliverables/export': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'GET /api/deliverables/{deliverableId}': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'PATCH /api/deliverables/{deliverableId}': { expect: statuses(401, 403, { coordinator: 200, chair: 200, admin: 200 }) },
  'POST /api/deliverables/{deliverableId}/status': { expect: statuses(401, 403, { coordinator: 409, chair: 409, admin: 409 }) },
  'POST /api/deliverables/{deliverableId}/inputs': {
    expect: statuses(401, 201, { public: 403, commissioner: 403, representative: 403, admin: 403 }),
  },
  'PATCH /api/deliverables/{deliverableId}/inputs/{inputId}': { expect: statuses(401, 403, { partner: 200 }) },
  'POST /api/deliverables/{deliverableId}/inputs/{inputId}/review': {
    expect: statuses(401, 403, { coordinator: 200, chair: 409, admin: 409 }),
  },
  'GET /api/documents': { expect: statuses(401, 200, { public: 403, representative: 403 }), query: (ids) => ({ groupId: ids['groupId'] }) },
  'POST /api/documents': {
    expect: statuses(401, 403, { coordinator: 201, chair: 201, admin: 201 }),
    body: (ids) => ({ title: 'Documento de la matriz', groupId: ids['groupId'] }),
  },
  'GET /api/documents/published': { expect: statuses(401, 200) },
  'GET /api/documents/{documentId}': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'PATCH /api/documents/{documentId}': { expect: statuses(401, 403, { coordinator: 200, chair: 200, admin: 200 }) },
  'GET /api/documents/{documentId}/proposals': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/documents/{documentId}/proposals': {
    expect: statuses(401, 201, { public: 403, commissioner: 403, representative: 403 }),
    body: (ids) => ({ start: ids['anchorStart'], end: ids['anchorEnd'], replacement: 'Otro' }),
  },
  'POST /api/documents/{documentId}/proposals/decide-all': { expect: statuses(401, 403, { coordinator: 200, chair: 200, admin: 200 }) },
  'POST /api/documents/{documentId}/proposals/{proposalId}/decision': {
    expect: statuses(401, 403, { coordinator: 200, chair: 409, admin: 409 }),
  },
  'POST /api/documents/{documentId}/proposals/{proposalId}/send-to-session': {
    expect: statuses(401, 403, { coordinator: 409, chair: 409, admin: 409 }),
  },
  'GET /api/documents/{documentId}/observations': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/documents/{documentId}/observations': {
    expect: statuses(401, 201, { public: 403, commissioner: 403, representative: 403 }),
    body: (ids) => ({ start: ids['anchorStart'], end: ids['anchorEnd'], body: '¿Y esto?' }),
  },
  'POST /api/documents/{documentId}/observations/{observationId}/replies': {
    expect: statuses(401, 201, { public: 403, commissioner: 403, representative: 403 }),
  },
  'POST /api/documents/{documentId}/observations/{observationId}/resolve': {
    expect: statuses(401, 403, { partner: 200, coordinator: 409, chair: 409, admin: 409 }),
  },
  'GET /api/documents/{documentId}/versions': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/documents/{documentId}/versions': { expect: statuses(401, 403, { coordinator: 201, chair: 201, admin: 201 }) },
  'GET /api/documents/{documentId}/versions/{fromId}/diff/{toId}': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'POST /api/documents/{documentId}/versions/{versionId}/restore': {
    expect: statuses(401, 403, { coordinator: 201, chair: 201, admin: 201 }),
  },
  'POST /api/documents/{documentId}/versions/{versionId}/publish': {
    expect: statuses(401, 403, { coordinator: 200, chair: 409, admin: 409 }),
  },
  'GET /api/documents/{documentId}/versions/{versionId}/export': {
    expect: statuses(401, 200, { public: 403, representative: 403 }),
    query: () => ({ format: 'docx' }),
  },
  'GET /api/documents/{documentId}/contributions': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'GET /api/documents/{documentId}/contributions/export': { expect: statuses(401, 200, { public: 403, representative: 403 }) },
  'GET /api/meetings/{meetingId}/amendments': { expect: statuses(401, 200, { public: 403, partner: 403 }) },
  'POST /api/attachments': { expect: statuses(401, 201) },
  // The secretary's upload, linked to nothing yet: hers and the admins' alone.
  'GET /api/attachments/{id}/meta': { expect: statuses(401, 404, { secretary: 200, admin: 200 }), params: { id: 'attachmentId' } },
  'GET /api/attachments/{id}': { expect: statuses(401, 404, { secretary: 200, admin: 200 }), params: { id: 'attachmentId' } },
  // Versiones públicas: a version is redacted by whoever may publish it, only until it is published (the publish
  // row above has published the fixture's version); a file's stand-in is set by its uploader before it is linked,
  // by the chair or secretary afterwards.
  'POST /api/documents/{documentId}/versions/{versionId}/public-version': {
    expect: statuses(401, 403, { coordinator: 409, chair: 409, admin: 409 }),
    body: () => ({ redactions: [{ from: 0, to: 3 }] }),
  },
  'GET /api/documents/{documentId}/versions/{versionId}/public-version': {
    expect: statuses(401, 403, { coordinator: 200, chair: 200, admin: 200 }),
  },
  'POST /api/attachments/{attachmentId}/public-version': {
    expect: statuses(401, 404, { secretary: 200 }),
    body: (ids) => ({ publicVersionId: ids['redactedAttachmentId'] }),
  },
  // The public portal needs no login: every caller gets the same answer. The fixture's version is published by then;
  // its upload is linked to nothing, so it is not public.
  'GET /api/public/commission': { expect: statuses(200, 200) },
  'GET /api/public/commissions': { expect: statuses(200, 200) },
  'GET /api/public/commissions/{commissionId}': { expect: statuses(200, 200) },
  'GET /api/public/members': { expect: statuses(200, 200) },
  'GET /api/public/sessions': { expect: statuses(200, 200) },
  'GET /api/public/sessions/{meetingId}': { expect: statuses(200, 200) },
  'GET /api/public/agreements': { expect: statuses(200, 200) },
  'GET /api/public/agreements/{ref}': { expect: statuses(200, 200), params: { ref: 'agreementId' } },
  'GET /api/public/groups': { expect: statuses(200, 200) },
  'GET /api/public/groups/{groupId}': { expect: statuses(200, 200) },
  'GET /api/public/documents': { expect: statuses(200, 200) },
  'GET /api/public/documents/{versionId}': { expect: statuses(200, 200) },
  'GET /api/public/voting-records': { expect: statuses(200, 200) },
  'GET /api/public/voting-records/{personId}': { expect: statuses(200, 200) },
  'GET /api/public/search': { expect: statuses(200, 200), query: () => ({ q: 'sesión' }) },
  'GET /api/public/datasets': { expect: statuses(200, 200) },
  'GET /api/public/datasets/{name}': { expect: statuses(200, 200), params: { name: 'datasetName' } },
  'GET /api/public/files/{fileId}': { expect: statuses(404, 404), params: { fileId: 'attachmentId' } },
  // Open challenges. Launching needs the chair's or secretary's role; the rest of the demo challenge is run by its
  // managers (the secretary, the municipal teams) and jurors. Its phases have closed but the pilots', so a write in
  // another phase is a 409 for whoever may make it, after the 403 for whoever may not.
  // Without a solved proof of work a sign-up is refused, whoever sends it (challenges.spec.ts signs up with one).
  'GET /api/accounts/sign-up/proof-of-work': { expect: statuses(200, 200) },
  'POST /api/accounts/sign-up': {
    expect: statuses(400, 400),
    body: () => ({
      name: 'Ciudadana Nueva',
      email: 'nueva@ejemplo.mx',
      proofOfWork: { algorithm: 'SHA-256', challenge: '0'.repeat(64), number: 1, salt: 'sal?expires=1&', signature: '0'.repeat(64) },
    }),
  },
  'POST /api/challenges': {
    expect: statuses(401, 403, { secretary: 201, chair: 201, admin: 201 }),
    body: () => ({
      title: 'Reto de la matriz',
      supportLimit: 3,
      winnersPerProblem: 1,
      weights: { support: 40, feasibility: 30, jury: 30 },
      problems: [{ institution: 'Municipio', title: 'Problema' }],
      phases: CHALLENGE_PHASES.map((phase, i) => ({
        phase,
        opensAt: `2030-0${i + 1}-01T00:00:00Z`,
        closesAt: `2030-0${i + 2}-01T00:00:00Z`,
      })),
    }),
  },
  'POST /api/challenges/{challengeId}/members': {
    expect: statuses(401, 403, { secretary: 204, admin: 204 }),
    body: (ids) => ({ personId: ids['outsiderId'], role: 'juror' }),
  },
  'GET /api/challenges/{challengeId}/members': { expect: statuses(401, 403, { secretary: 200, admin: 200 }) },
  'GET /api/challenges/{challengeId}/my-roles': { expect: statuses(401, 200) },
  'GET /api/challenges/{challengeId}/moderation-log': { expect: statuses(401, 403, { secretary: 200, admin: 200 }) },
  // Closing the ideas phase, long closed, is a 409 for a manager; moving it to close before it opens, a 400.
  'POST /api/challenges/{challengeId}/phases/close': {
    expect: statuses(401, 403, { secretary: 409, admin: 409 }),
    body: () => ({ phase: 'ideas' }),
  },
  'PATCH /api/challenges/{challengeId}/phases': {
    expect: statuses(401, 403, { secretary: 400, admin: 400 }),
    body: () => ({ phase: 'ideas', opensAt: '2030-02-01T00:00:00Z', closesAt: '2030-01-01T00:00:00Z' }),
  },
  'GET /api/challenges/{challengeId}/jury-scores': { expect: statuses(401, 403, { secretary: 200, admin: 200 }) },
  'POST /api/challenges/{challengeId}/winners': {
    expect: statuses(401, 403, { secretary: 409, admin: 409 }),
    body: (ids) => ({ problemId: ids['problemId'], ideaIds: [ids['ideaId']], reason: '' }),
  },
  'POST /api/challenge-problems/{problemId}/ideas': { expect: statuses(401, 409) },
  'PATCH /api/challenge-ideas/{ideaId}': { expect: statuses(401, 403) },
  'PUT /api/challenge-ideas/{ideaId}/support': { expect: statuses(401, 409) },
  'DELETE /api/challenge-ideas/{ideaId}/support': { expect: statuses(401, 409) },
  'POST /api/challenge-ideas/{ideaId}/decision': {
    expect: statuses(401, 403, { secretary: 409, admin: 409 }),
    body: () => ({ outcome: 'admitted' }),
  },
  'PUT /api/challenge-ideas/{ideaId}/feasibility': { expect: statuses(401, 403, { secretary: 409, admin: 409 }) },
  'POST /api/challenge-ideas/{ideaId}/conflict': { expect: statuses(401, 403) },
  'PUT /api/challenge-ideas/{ideaId}/jury-score': { expect: statuses(401, 403) },
  'POST /api/challenge-ideas/{ideaId}/pilot': { expect: statuses(401, 403, { secretary: 201, admin: 201 }) },
  'PATCH /api/challenge-pilots/{pilotId}': {
    expect: statuses(401, 403, { secretary: 204, admin: 204 }),
    body: () => ({ status: 'running' }),
  },
  'POST /api/challenge-pilots/{pilotId}/milestones': {
    expect: statuses(401, 403, { secretary: 201, admin: 201 }),
    body: () => ({ title: 'Hito de la matriz', dueOn: '2027-06-30' }),
  },
  'PATCH /api/challenge-milestones/{milestoneId}': {
    expect: statuses(401, 403, { secretary: 204, admin: 204 }),
    params: { milestoneId: 'challengeMilestoneId' },
    body: () => ({ doneOn: '2021-01-28', evidence: 'Plan de trabajo firmado por el municipio y el equipo.' }),
  },
  'GET /api/public/challenges': { expect: statuses(200, 200) },
  'GET /api/public/challenges/datasets': { expect: statuses(200, 200) },
  'GET /api/public/challenges/{challengeId}': { expect: statuses(200, 200) },
  'GET /api/public/challenges/{challengeId}/datasets/{name}': { expect: statuses(200, 200), params: { name: 'challengeDatasetName' } },
  'GET /api/public/challenge-ideas/{ideaId}': { expect: statuses(200, 200) },
  'GET /api/public/challenge-ideas/{ideaId}/comments': { expect: statuses(200, 200) },
  'GET /api/public/challenge-ideas/{ideaId}/files/{attachmentId}': { expect: statuses(404, 404) },
  // Comments stay open through the pilots' phase; the demo idea's author edits it, but its ideas phase has closed.
  'GET /api/challenge-ideas/{ideaId}/my-rights': { expect: statuses(401, 200) },
  'POST /api/challenge-ideas/{ideaId}/comments': { expect: statuses(401, 201) },
  'POST /api/challenge-comments/{commentId}/hide': { expect: statuses(401, 403, { secretary: 200, admin: 409 }) },
  'POST /api/challenge-ideas/{ideaId}/attachments': { expect: statuses(401, 403) },
  'DELETE /api/challenge-ideas/{ideaId}/attachments/{attachmentId}': { expect: statuses(401, 403) },
  'GET /api/challenge-ideas/{ideaId}/coauthors': { expect: statuses(401, 403) },
  'PUT /api/challenge-ideas/{ideaId}/coauthors': { expect: statuses(401, 403) },
  'GET /api/health': { expect: statuses(200, 200) },
  'GET /api/health/live': { expect: statuses(200, 200) },
  'GET /api/health/ready': { expect: statuses(200, 200) },
};
