import { DataSource } from 'typeorm';
import { DOCUMENT_FIELD } from '@cocrea/contracts';
import * as Y from 'yjs';
import { anchorsFor } from '../documents/anchors';
import { CollabServer } from '../documents/collab/collab.server';
import { DocumentEntity } from '../documents/entities/document.entity';
import { createPoll, minutesItem, openSessionWithProxy } from '../voting/testing/voting-fixtures';
import { DEMO, TestApp } from './test-app';

/** Every kind of caller the authorization matrix distinguishes. */
export const ROLES = [
  'anonymous',
  'public',
  'partner',
  'commissioner',
  'representative',
  'coordinator',
  'secretary',
  'chair',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const PUBLIC_EMAIL = 'ciudadana@example.mx';
export const COORDINATOR_EMAIL = 'adrian.alcala@demo.cocrea.mx';
const PASSWORD = 'Contrasena-segura-1';

/** Real ids of the seeded demo (plus a few rows made for the matrix), by route-param name. */
export type FixtureIds = Record<string, string>;

export interface RoleFixture {
  /** `Authorization` header per role (none for `anonymous`). */
  auth: Record<Role, string | undefined>;
  /** A new session of `role` (for routes that end the session they are called with). */
  freshLogin(role: Role): Promise<string | undefined>;
  ids: FixtureIds;
}

async function first(db: DataSource, sql: string, params: unknown[] = []): Promise<string> {
  const rows = (await db.query(sql, params)) as { id: string }[];
  if (!rows[0]) throw new Error(`No fixture row for: ${sql}`);
  return rows[0].id;
}

/**
 * Signs in one account per role on the seeded demo and collects the ids the routes take. `public` is an account
 * with no commission or group role, made here; `coordinator` is a commissioner (Adrián Alcalá) named coordinator of
 * the group of the demo's draft diagnosis (whose coordinator is the chair, so the roles would blur otherwise).
 */
export async function buildRoleFixture(t: TestApp): Promise<RoleFixture> {
  const db = t.app.get(DataSource);
  const admin = await t.login(DEMO.admin);
  const chair = await t.login(DEMO.chair);
  const secretary = await t.login(DEMO.secretary);

  const created = await t.http
    .post('/api/people')
    .set('Authorization', admin)
    .send({ name: 'Ciudadana Sin Cargo', email: PUBLIC_EMAIL, password: PASSWORD });
  if (created.status !== 201) throw new Error(`public account: ${created.status} ${created.text}`);

  // A person only the account rows act on (disable, sign out, deactivate), so every role keeps its own sign-in.
  const scratchPerson = await t.http
    .post('/api/people')
    .set('Authorization', admin)
    .send({ name: 'Cuenta de prueba de la matriz', email: 'cuenta.matriz@example.mx', password: PASSWORD });
  if (scratchPerson.status !== 201) throw new Error(`scratch person: ${scratchPerson.status} ${scratchPerson.text}`);

  const document = await db.manager.findOneByOrFail(DocumentEntity, { title: 'Diagnóstico de la situación de apertura (borrador)' });
  const groupId = document.groupId as string;
  const coordinatorPerson = await first(db, `SELECT id FROM people WHERE email = $1`, [COORDINATOR_EMAIL]);
  const coordinatorMember = await first(db, `SELECT id FROM group_members WHERE group_id = $1 AND person_id = $2`, [
    groupId,
    coordinatorPerson,
  ]);
  const named = await t.http
    .patch(`/api/groups/${groupId}/members/${coordinatorMember}`)
    .set('Authorization', chair)
    .send({ role: 'coordinator' });
  if (named.status !== 200) throw new Error(`coordinator: ${named.status} ${named.text}`);

  const commissionId = await first(db, `SELECT id FROM commissions ORDER BY created_at LIMIT 1`);
  // Groups that only the destructive rows (archive, delete) touch, so the other rows keep theirs.
  const scratch: string[] = [];
  for (const name of ['Grupo de prueba de permisos', 'Grupo de prueba por archivar']) {
    const made = await t.http
      .post(`/api/commissions/${commissionId}/groups`)
      .set('Authorization', chair)
      .send({ name, purpose: 'Probar la matriz de permisos', coordinatorIds: [coordinatorPerson] });
    if (made.status !== 201) throw new Error(`scratch group: ${made.status} ${made.text}`);
    scratch.push((made.body as { id: string }).id);
  }

  const upload = await t.http
    .post('/api/attachments')
    .set('Authorization', secretary)
    .attach('file', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'acta.pdf');
  if (upload.status !== 201) throw new Error(`attachment: ${upload.status} ${upload.text}`);
  const redactedUpload = await t.http
    .post('/api/attachments')
    .set('Authorization', secretary)
    .attach('file', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'acta-version-publica.pdf');
  if (redactedUpload.status !== 201) throw new Error(`attachment: ${redactedUpload.status} ${redactedUpload.text}`);

  // A live session (open with quorum, a proxy on file) with a named poll not yet opened and one speaker asking.
  const session = await openSessionWithProxy(t, secretary, commissionId);
  const meetingId = session.meeting.meeting.id;
  const poll = await createPoll(t, secretary, meetingId, { agendaItemId: minutesItem(session.meeting), subject: 'Aprobación del acta' });
  const pollId = poll.id;
  const asked = await t.http.post(`/api/meetings/${meetingId}/speakers`).set('Authorization', session.as.commissioner);
  if (asked.status !== 201) throw new Error(`speaker: ${asked.status} ${asked.text}`);

  const documentId = document.id;
  const deliverableId = document.deliverableId as string;
  const partner = session.as.partner;
  const anchors = await t.app.get(CollabServer).read(documentId, (doc: Y.Doc) => {
    const text = (doc.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    return anchorsFor(text, 0, Math.min(5, text.length));
  });
  const made = await Promise.all([
    t.http
      .post(`/api/documents/${documentId}/proposals`)
      .set('Authorization', partner)
      .send({ ...anchors, replacement: 'Texto' }),
    t.http
      .post(`/api/documents/${documentId}/observations`)
      .set('Authorization', partner)
      .send({ ...anchors, body: '¿Por qué?' }),
    t.http.post(`/api/documents/${documentId}/versions`).set('Authorization', chair).send({ name: 'Versión de la matriz' }),
    t.http.post(`/api/deliverables/${deliverableId}/inputs`).set('Authorization', partner).send({ title: 'Aporte', body: 'Propuesta' }),
  ]);
  for (const response of made) if (response.status !== 201) throw new Error(`fixture: ${response.status} ${response.text}`);
  const ids: FixtureIds = {
    commissionId,
    organizationId: await first(db, `SELECT id FROM organizations ORDER BY name LIMIT 1`),
    personId: await first(db, `SELECT id FROM people WHERE email = $1`, [DEMO.commissioner]),
    accountPersonId: (scratchPerson.body as { id: string }).id,
    commissionMemberId: await first(db, `SELECT id FROM commission_members WHERE commission_id = $1 ORDER BY id LIMIT 1`, [commissionId]),
    meetingId,
    entryId: await first(db, `SELECT id FROM speaker_entries ORDER BY id LIMIT 1`),
    groupId,
    scratchGroupId: scratch[0],
    archiveGroupId: scratch[1],
    coordinatorMemberId: coordinatorMember,
    // A plain member of the group, whom the member rows change and remove, and a commissioner outside it.
    groupMemberId: await first(
      db,
      `SELECT m.id FROM group_members m JOIN people p ON p.id = m.person_id WHERE m.group_id = $1 AND m.role = 'member' AND p.email NOT IN ($2, $3) ORDER BY p.name LIMIT 1`,
      [groupId, COORDINATOR_EMAIL, DEMO.commissioner],
    ),
    outsiderId: await first(
      db,
      `SELECT c.person_id AS id FROM commission_members c JOIN people p ON p.id = c.person_id WHERE c.commission_id = $3 AND c.role = 'commissioner' AND p.email <> $2 AND NOT EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = $1 AND m.person_id = c.person_id) ORDER BY p.name LIMIT 1`,
      [groupId, DEMO.commissioner, commissionId],
    ),
    anchorStart: anchors.start,
    anchorEnd: anchors.end,
    requestId: await first(db, `SELECT id FROM group_join_requests ORDER BY id LIMIT 1`),
    milestoneId: await first(db, `SELECT id FROM milestones ORDER BY id LIMIT 1`),
    pollId,
    agendaItemId: await first(db, `SELECT agenda_item_id AS id FROM polls WHERE id = $1`, [pollId]),
    optionId: await first(db, `SELECT id FROM poll_options WHERE poll_id = $1 ORDER BY position LIMIT 1`, [pollId]),
    code: 'ABCD-EFGH-JKLM',
    agreementId: await first(db, `SELECT id FROM agreements ORDER BY id LIMIT 1`),
    deliverableId,
    inputId: await first(db, `SELECT id FROM deliverable_inputs WHERE deliverable_id = $1 LIMIT 1`, [deliverableId]),
    documentId,
    proposalId: await first(db, `SELECT id FROM document_proposals ORDER BY id LIMIT 1`),
    observationId: await first(db, `SELECT id FROM document_observations ORDER BY id LIMIT 1`),
    versionId: await first(db, `SELECT id FROM document_versions WHERE document_id = $1 ORDER BY created_at LIMIT 1`, [documentId]),
    // The commissioner's own notification (of the call): only she may mark it read.
    notificationId: await first(db, `SELECT n.id FROM notifications n JOIN people p ON p.id = n.person_id WHERE p.email = $1 LIMIT 1`, [
      DEMO.commissioner,
    ]),
    attachmentId: (upload.body as { id: string }).id,
    redactedAttachmentId: (redactedUpload.body as { id: string }).id,
  };
  // The demo's Multi City Challenge: every phase but the pilots' has closed, so writes there answer 409.
  const challengeId = await first(db, `SELECT id FROM challenges ORDER BY created_at LIMIT 1`);
  ids['challengeId'] = challengeId;
  ids['problemId'] = await first(db, `SELECT id FROM challenge_problems WHERE challenge_id = $1 ORDER BY position LIMIT 1`, [challengeId]);
  ids['ideaId'] = await first(
    db,
    `SELECT i.id FROM challenge_ideas i JOIN challenge_pilots p ON p.idea_id = i.id ORDER BY i.created_at LIMIT 1`,
  );
  ids['pilotId'] = await first(db, `SELECT id FROM challenge_pilots WHERE idea_id = $1`, [ids['ideaId']]);
  ids['challengeMilestoneId'] = await first(db, `SELECT id FROM challenge_pilot_milestones WHERE pilot_id = $1 ORDER BY due_on LIMIT 1`, [
    ids['pilotId'],
  ]);
  // A comment on that idea by its author, for its managers to hide.
  ids['commentId'] = await first(
    db,
    `INSERT INTO challenge_idea_comments (idea_id, author_id, body) SELECT id, author_id, 'Comentario de la matriz' FROM challenge_ideas
      WHERE id = $1 RETURNING id`,
    [ids['ideaId']],
  );
  ids['fromId'] = ids['versionId'];
  ids['datasetName'] = 'agreements';
  ids['challengeDatasetName'] = 'ranking';
  ids['toId'] = ids['versionId'];

  const logins: Record<Exclude<Role, 'anonymous'>, () => Promise<string>> = {
    public: () => t.login(PUBLIC_EMAIL, PASSWORD),
    partner: () => t.login(DEMO.partner),
    commissioner: () => t.login(DEMO.commissioner),
    representative: () => t.login(DEMO.representative),
    coordinator: () => t.login(COORDINATOR_EMAIL),
    secretary: () => t.login(DEMO.secretary),
    chair: () => t.login(DEMO.chair),
    admin: () => t.login(DEMO.admin),
  };
  const freshLogin = (role: Role) => (role === 'anonymous' ? Promise.resolve(undefined) : logins[role]());
  const auth = { anonymous: undefined, secretary, chair, admin } as Record<Role, string | undefined>;
  for (const role of ['public', 'partner', 'commissioner', 'representative', 'coordinator'] as const) auth[role] = await freshLogin(role);
  return { auth, ids, freshLogin };
}
