import {
  Agreement,
  Commission,
  CommissionMember,
  GroupsDashboard,
  MeetingState,
  MeetingSummary,
  Page,
  PublicCommissionSummary,
  PublicDatasetName,
  PublicDocumentVersion,
  PublicSearchHit,
  PublicVotingRecord,
  PublicVotingRecordSummary,
  PublishedVersion,
  WorkingGroup,
} from '@cocrea/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CALL_ISSUED, createMeeting } from '../meetings/testing/meeting-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { createPoll, minutesItem, yesOf } from '../voting/testing/voting-fixtures';

/** The demo's second commission: five members, four of whom sit on the first one too. */
const ARCHIVES_CHAIR = 'josefina.roman@demo.cocrea.mx';
const ARCHIVES_SESSION = 'Primera Sesión Ordinaria 2020 de Archivos';
const ARCHIVES_GROUP = 'Grupo de Trabajo de Archivos de Transparencia';
/** Sits on both commissions: present at the archives session and at the first commission's. */
const SHARED_MEMBER = 'Mariana Contreras Soto';

describe('two commissions in one installation', () => {
  let t: TestApp;
  let admin: string;
  let secretary: string;
  let commissioner: string;
  let archivesChair: string;
  let first: Commission;
  let archives: Commission;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    [admin, secretary, commissioner, archivesChair] = await Promise.all(
      [DEMO.admin, DEMO.secretary, DEMO.commissioner, ARCHIVES_CHAIR].map((e) => t.login(e)),
    );
    [first, archives] = (await get<Page<Commission>>('/api/commissions', secretary)).items;
  });
  afterAll(() => t?.close());

  async function get<T>(path: string, auth: string): Promise<T> {
    return (await t.http.get(path).set('Authorization', auth).expect(200)).body as T;
  }
  const memberNames = async (commissionId: string) =>
    (await get<Page<CommissionMember>>(`/api/commissions/${commissionId}/members?pageSize=100&status=all`, secretary)).items.map(
      (m) => m.person.name,
    );
  const sessionTitles = async (commissionId: string) =>
    (await get<Page<MeetingSummary>>(`/api/commissions/${commissionId}/meetings?pageSize=100`, secretary)).items.map((m) => m.title);
  const agreementNumbers = async (commissionId: string) =>
    (await get<Page<Agreement>>(`/api/commissions/${commissionId}/agreements?pageSize=100`, secretary)).items.map((a) => a.number);
  /** A whole open dataset as JSON, of one commission or (with null) of all. */
  const dataset = async (name: PublicDatasetName, commissionId: string | null) =>
    (await t.http.get(`/api/public/datasets/${name}?format=json${commissionId ? `&commissionId=${commissionId}` : ''}`).expect(200))
      .body as Record<string, string | number | boolean | null>[];
  const publicPage = async <T>(path: string) => (await t.http.get(path).expect(200)).body as Page<T>;

  it('lists the founding commission first, then the second with its own prefix', () => {
    expect(first).toMatchObject({ name: 'Comisión de Gobierno Abierto y de Transparencia Proactiva', agreementPrefix: 'CGATP' });
    expect(archives).toMatchObject({ name: 'Comisión de Archivos y Gestión Documental', agreementPrefix: 'CAGD', memberCount: 5 });
  });

  it("keeps each commission's members to itself, a shared person holding a different role in each", async () => {
    const archivesMembers = await memberNames(archives.id);
    expect(archivesMembers).toHaveLength(5);
    const current = async (id: string) =>
      (await get<Page<CommissionMember>>(`/api/commissions/${id}/members?pageSize=100`, secretary)).items.map((m) => m.person.name);
    // He left the first commission and sits on the second: current in one, former in the other.
    expect(await current(archives.id)).toContain('Pedro Delfino Arzeta García');
    expect(await current(first.id)).not.toContain('Pedro Delfino Arzeta García');
    const me = (await get<{ commissions: { commissionId: string; role: string }[] }>('/api/auth/me', archivesChair)).commissions;
    expect(me).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ commissionId: first.id, role: 'commissioner' }),
        expect.objectContaining({ commissionId: archives.id, role: 'chair' }),
      ]),
    );
  });

  it("lists neither commission's sessions, groups nor agreements in the other's lists", async () => {
    const [firstSessions, archivesSessions] = await Promise.all([sessionTitles(first.id), sessionTitles(archives.id)]);
    expect(archivesSessions).toEqual(['Primera Sesión Ordinaria 2020 de Archivos']);
    expect(firstSessions).not.toContain('Primera Sesión Ordinaria 2020 de Archivos');
    const groups = (id: string) => get<Page<WorkingGroup>>(`/api/commissions/${id}/groups?status=all`, secretary);
    expect((await groups(archives.id)).items.map((g) => g.name)).toEqual(['Grupo de Trabajo de Archivos de Transparencia']);
    expect((await groups(first.id)).items.map((g) => g.name)).not.toContain('Grupo de Trabajo de Archivos de Transparencia');
    expect(await agreementNumbers(archives.id)).toEqual(['CAGD/01/26-11-2020']);
    expect((await agreementNumbers(first.id)).every((n) => n.startsWith('CGATP/'))).toBe(true);
  });

  it('shows the public each commission with its own sessions, agreements and members', async () => {
    const listed = (await t.http.get('/api/public/commissions').expect(200)).body as Page<PublicCommissionSummary>;
    expect(listed.items.map((c) => c.acronym)).toEqual(['CGATP', 'CAGD']);
    expect(listed.items[1]).toMatchObject({ memberCount: 5, sessionCount: 1 });
    const sessions = (await t.http.get(`/api/public/sessions?commissionId=${archives.id}`).expect(200)).body as Page<{ title: string }>;
    expect(sessions.items.map((s) => s.title)).toEqual(['Primera Sesión Ordinaria 2020 de Archivos']);
    const agreements = (await t.http.get(`/api/public/agreements?commissionId=${first.id}&pageSize=100`).expect(200)).body as Page<{
      number: string;
    }>;
    expect(agreements.items.some((a) => a.number.startsWith('CAGD/'))).toBe(false);
    const members = (await t.http.get(`/api/public/members?commissionId=${archives.id}`).expect(200)).body as Page<{ name: string }>;
    expect(members.total).toBe(5);
    expect((await t.http.get(`/api/public/commissions/${archives.id}`).expect(200)).body).toMatchObject({ acronym: 'CAGD' });
  });

  it("downloads each open dataset of one commission without the other's rows, and of both without the filter", async () => {
    const archivesSessions = await dataset('sessions', archives.id);
    expect(archivesSessions.map((r) => r['title'])).toEqual([ARCHIVES_SESSION]);
    expect((await dataset('sessions', first.id)).map((r) => r['title'])).not.toContain(ARCHIVES_SESSION);
    expect((await dataset('sessions', null)).map((r) => r['title'])).toContain(ARCHIVES_SESSION);
    expect((await dataset('agreements', archives.id)).map((r) => r['number'])).toEqual(['CAGD/01/26-11-2020']);
    expect((await dataset('agreements', first.id)).some((r) => String(r['number']).startsWith('CAGD/'))).toBe(false);
    const archivesMeeting = archivesSessions[0]['session_id'];
    const attendance = await dataset('attendance', archives.id);
    expect(attendance.length).toBe(4);
    expect(attendance.every((r) => r['session_id'] === archivesMeeting)).toBe(true);
    expect((await dataset('attendance', first.id)).some((r) => r['session_id'] === archivesMeeting)).toBe(false);
    expect(await dataset('members', archives.id)).toHaveLength(5);
    // One row per seat: the four people seated on both are in each commission's file once, in the whole file twice.
    expect((await dataset('members', first.id)).length + 5).toBe((await dataset('members', null)).length);
    // The first commission's groups have deliverables; the archives group has none yet.
    expect(await dataset('deliverables', archives.id)).toEqual([]);
    expect((await dataset('deliverables', first.id)).length).toBeGreaterThan(0);
    const csv = await t.http.get(`/api/public/datasets/sessions?format=csv&commissionId=${archives.id}`).expect(200);
    expect(csv.text.trim().split('\n')).toHaveLength(2);
    await t.http.get('/api/public/datasets/sessions?format=csv&commissionId=CAGD').expect(400);
  });

  it("counts a shared member's voting record over one commission's sessions only", async () => {
    const record = async (commissionId: string | null) => {
      const query = commissionId ? `&commissionId=${commissionId}` : '';
      const page = await publicPage<PublicVotingRecordSummary>(`/api/public/voting-records?pageSize=100${query}`);
      return { page, shared: page.items.find((r) => r.name === SHARED_MEMBER) as PublicVotingRecordSummary };
    };
    const [inArchives, inFirst, everywhere] = await Promise.all([record(archives.id), record(first.id), record(null)]);
    expect(inArchives.page.total).toBe(5);
    expect(inArchives.page.items.map((r) => r.name)).not.toContain('María del Carmen Nava Polina');
    expect(inArchives.shared.sessions).toBe(1);
    expect(inFirst.shared.sessions).toBeGreaterThan(0);
    expect(inFirst.shared.sessions + inArchives.shared.sessions).toBe(everywhere.shared.sessions);
    const detail = (await t.http.get(`/api/public/voting-records/${inArchives.shared.personId}?commissionId=${archives.id}`).expect(200))
      .body as PublicVotingRecord;
    expect(detail.attendance.map((a) => a.meetingTitle)).toEqual([ARCHIVES_SESSION]);
  });

  it("seats only the commission's own members in its session's room, and numbers its agreements from 01 on a day the other already used", async () => {
    const { meeting } = await createMeeting(t, secretary, archives.id);
    await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
    await t.http.post(`/api/meetings/${meeting.id}/attendance/all-present`).set('Authorization', secretary).send({}).expect(200);
    // The first commission's chair presides nothing here; this commission's chair (a commissioner there) does.
    await t.http
      .post(`/api/meetings/${meeting.id}/open`)
      .set('Authorization', await t.login(DEMO.chair))
      .expect(403);
    const room = (await t.http.post(`/api/meetings/${meeting.id}/open`).set('Authorization', archivesChair).expect(200))
      .body as MeetingState;
    expect(room.attendance.map((a) => a.name).sort()).toEqual((await memberNames(archives.id)).sort());
    await t.http
      .post(`/api/meetings/${meeting.id}/decisions`)
      .set('Authorization', secretary)
      .send({ agendaItemId: room.agenda[2].id, subject: 'Programa de trabajo', outcome: 'unanimous', yes: 5, no: 0, abstain: 0 })
      .expect(201);
    // The first commission numbered three agreements on 15 February 2021; this one starts its own sequence.
    expect(await agreementNumbers(archives.id)).toContain('CAGD/01/15-02-2021');
    expect(await agreementNumbers(first.id)).toEqual(expect.arrayContaining(['CGATP/03/15-02-2021']));
    expect((await agreementNumbers(first.id)).some((n) => n.startsWith('CAGD/'))).toBe(false);
  });

  it('grants a role only in the commission where it is held', async () => {
    const members = await get<Page<CommissionMember>>(`/api/commissions/${archives.id}/members?pageSize=100`, secretary);
    const personOf = (name: string) => members.items.find((m) => m.person.name === name)?.person.id as string;
    const group = {
      name: 'Grupo de prueba de roles',
      purpose: 'Probar permisos por comisión.',
      coordinatorIds: [personOf('Mariana Contreras Soto')],
    };
    // Chair of the archives commission, a commissioner in the first: creates groups only in the former.
    await t.http.post(`/api/commissions/${first.id}/groups`).set('Authorization', archivesChair).send(group).expect(403);
    await t.http.post(`/api/commissions/${archives.id}/groups`).set('Authorization', archivesChair).send(group).expect(201);
    await t.http.post(`/api/commissions/${archives.id}/groups`).set('Authorization', commissioner).send(group).expect(403);
    // A coordinator must sit on the group's own commission: the first commission's chair does not sit on this one.
    const firstChair = (await get<{ id: string }>('/api/auth/me', await t.login(DEMO.chair))).id;
    const outsider = await t.http
      .post(`/api/commissions/${archives.id}/groups`)
      .set('Authorization', archivesChair)
      .send({ ...group, name: 'Grupo con coordinación ajena', coordinatorIds: [firstChair] });
    expect(outsider.body.code).toBe('group_not_commissioner');
  });

  it('lets an admin create and change a commission, refusing a taken prefix and anyone else', async () => {
    const body = {
      name: 'Comisión de Capacitación, Educación y Cultura',
      acronym: 'CCEC',
      agreementPrefix: 'CCEC',
      system: 'Sistema Nacional de Transparencia',
      chairTitle: 'Comisionada Coordinadora',
      secretaryTitle: 'Comisionado Secretario',
      quorumFraction: 0.5,
      legalBasis: 'artículo 32 de los Lineamientos de las Instancias del Sistema',
    };
    await t.http.post('/api/commissions').set('Authorization', secretary).send(body).expect(403);
    const created = (await t.http.post('/api/commissions').set('Authorization', admin).send(body).expect(201)).body as Commission;
    expect(created).toMatchObject({ acronym: 'CCEC', memberCount: 0 });
    const taken = await t.http
      .patch(`/api/commissions/${created.id}`)
      .set('Authorization', admin)
      .send({ agreementPrefix: 'CAGD' })
      .expect(409);
    expect(taken.body.code).toBe('commission_taken');
    await t.http.patch(`/api/commissions/${created.id}`).set('Authorization', admin).send({ agreementPrefix: 'CAP/X' }).expect(400);
    const changed = await t.http
      .patch(`/api/commissions/${created.id}`)
      .set('Authorization', admin)
      .send({ quorumFraction: 0.6 })
      .expect(200);
    expect(changed.body).toMatchObject({ quorumFraction: 0.6 });
  });
  it("publishes a named vote of one commission's session in its own votes and records, never in the other's", async () => {
    const { meeting } = await createMeeting(t, secretary, archives.id);
    await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
    await t.http.post(`/api/meetings/${meeting.id}/attendance/all-present`).set('Authorization', secretary).send({}).expect(200);
    const room = (await t.http.post(`/api/meetings/${meeting.id}/open`).set('Authorization', archivesChair).expect(200))
      .body as MeetingState;
    const poll = await createPoll(t, secretary, meeting.id, { agendaItemId: minutesItem(room), subject: 'Acta, nominal', method: 'named' });
    await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', secretary).expect(200);
    const chairId = (await get<{ id: string }>('/api/auth/me', archivesChair)).id;
    await t.http
      .post(`/api/polls/${poll.id}/ballots`)
      .set('Authorization', archivesChair)
      .send({ memberPersonId: chairId, optionId: yesOf(poll), idempotencyKey: randomUUID() })
      .expect(201);
    await t.http.post(`/api/polls/${poll.id}/close`).set('Authorization', archivesChair).expect(200);

    expect((await dataset('votes', archives.id)).map((r) => r['poll_id'])).toEqual([poll.id]);
    expect((await dataset('votes', first.id)).map((r) => r['poll_id'])).not.toContain(poll.id);
    const namedVotes = async (commissionId: string) =>
      (await t.http.get(`/api/public/voting-records/${chairId}?commissionId=${commissionId}`).expect(200)).body as PublicVotingRecord;
    expect((await namedVotes(archives.id)).votes.map((v) => v.pollId)).toEqual([poll.id]);
    const inFirst = await namedVotes(first.id);
    expect(inFirst.namedVotes).toBe(0);
    expect(inFirst.attendance.map((a) => a.meetingId)).not.toContain(meeting.id);
  });

  it("lists, finds and downloads one commission's published versions only in that commission", async () => {
    const chair = await t.login(DEMO.chair);
    const [{ id: documentId, title }] = await t.app
      .get(DataSource)
      .query<
        { id: string; title: string }[]
      >('SELECT id, title FROM documents WHERE commission_id = $1 ORDER BY created_at LIMIT 1', [first.id]);
    const version = await t.http
      .post(`/api/documents/${documentId}/versions`)
      .set('Authorization', chair)
      .send({ name: 'Versión para el portal' })
      .expect(201);
    await t.http.post(`/api/documents/${documentId}/versions/${version.body.id}/publish`).set('Authorization', chair).expect(200);
    const versionIds = async (commissionId: string) =>
      (await publicPage<PublicDocumentVersion>(`/api/public/documents?pageSize=100&commissionId=${commissionId}`)).items.map((v) => v.id);
    expect(await versionIds(first.id)).toContain(version.body.id);
    expect(await versionIds(archives.id)).not.toContain(version.body.id);
    expect((await dataset('documents', archives.id)).map((r) => r['version_id'])).not.toContain(version.body.id);
    expect((await dataset('documents', first.id)).map((r) => r['version_id'])).toContain(version.body.id);
    const published = async (commissionId: string) =>
      (await get<Page<PublishedVersion>>(`/api/documents/published?commissionId=${commissionId}`, chair)).items.map((v) => v.id);
    expect(await published(first.id)).toContain(version.body.id);
    expect(await published(archives.id)).not.toContain(version.body.id);

    const search = async (q: string, commissionId: string) =>
      (await publicPage<PublicSearchHit>(`/api/public/search?q=${encodeURIComponent(q)}&pageSize=100&commissionId=${commissionId}`)).items;
    expect((await search(title, first.id)).map((h) => h.id)).toContain(version.body.id);
    expect((await search(title, archives.id)).map((h) => h.id)).not.toContain(version.body.id);
    const archivesHits = await search('archivos', archives.id);
    expect(archivesHits.map((h) => h.title)).toEqual(expect.arrayContaining([ARCHIVES_SESSION, ARCHIVES_GROUP]));
    expect((await search('archivos', first.id)).map((h) => h.title)).not.toEqual(expect.arrayContaining([ARCHIVES_SESSION]));
    expect((await search('archivos', first.id)).map((h) => h.title)).not.toContain(ARCHIVES_GROUP);
  });

  it("shows the coordination dashboard of the commission asked for, without the other's overdue work", async () => {
    const dashboard = (commissionId: string) => get<GroupsDashboard>(`/api/groups/dashboard?commissionId=${commissionId}`, admin);
    const [inArchives, inFirst] = await Promise.all([dashboard(archives.id), dashboard(first.id)]);
    expect(inFirst.overdue.length).toBeGreaterThan(0);
    expect([...inArchives.overdue, ...inArchives.dueSoon].filter((item) => item.groupName !== ARCHIVES_GROUP)).toEqual([]);
  });
});
