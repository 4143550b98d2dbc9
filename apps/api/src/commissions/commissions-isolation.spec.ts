import {
  Agreement,
  Commission,
  CommissionMember,
  MeetingState,
  MeetingSummary,
  Page,
  PublicCommissionSummary,
  WorkingGroup,
} from '@cocrea/contracts';
import { CALL_ISSUED, createMeeting } from '../meetings/testing/meeting-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/** The demo's second commission: five members, four of whom sit on the first one too. */
const ARCHIVES_CHAIR = 'josefina.roman@demo.cocrea.mx';

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
});
