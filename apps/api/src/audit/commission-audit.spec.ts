import { ActivityChainReport, ActivityEvent, Agreement, JoinRequest, Page, Person, WorkingGroup } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const OUTSIDER = 'christian.velasco@demo.cocrea.mx';

/**
 * The commission's audit trail: each administrative change leaves one link in its own transaction (a failed change
 * none), no credential enters it, the admin list filters it, and the chain check names the first tampered link.
 */
describe('commission audit trail', () => {
  let t: TestApp;
  let db: DataSource;
  let commissionId: string;
  const as: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    db = t.app.get(DataSource);
    for (const [who, email] of Object.entries({ ...DEMO, outsider: OUTSIDER })) {
      as[who] = await t.login(email);
      ids[who] = ((await db.query(`SELECT id FROM people WHERE email = $1`, [email])) as Array<{ id: string }>)[0].id;
    }
    commissionId = (await t.http.get('/api/commissions').set('Authorization', as.admin)).body.items[0].id;
  });
  afterAll(() => t?.close());

  const activity = async (query = '') =>
    (await t.http.get(`/api/audit/activity?${query}`).set('Authorization', as.admin).expect(200)).body as Page<ActivityEvent>;
  const latest = async () => (await activity('pageSize=1')).items[0];
  const count = async () => ((await db.query(`SELECT count(*)::int AS n FROM commission_audit_events`)) as [{ n: number }])[0].n;
  const verify = async () =>
    (await t.http.get('/api/audit/activity/verify').set('Authorization', as.admin).expect(200)).body as ActivityChainReport;

  describe('people and organizations', () => {
    let person: Person;

    it('records a person created with who created it and the fields set, never the password', async () => {
      person = (
        await t.http
          .post('/api/people')
          .set('Authorization', as.secretary)
          .send({ name: 'Rosa Ibarra Luna', email: 'rosa.ibarra@ejemplo.mx', password: 'Secreta-2026-xyz' })
          .expect(201)
      ).body;
      const event = await latest();
      expect(event).toMatchObject({
        kind: 'person_created',
        actor: { id: ids.secretary, name: 'Luis Gustavo Parra Noriega' },
        subject: { type: 'person', id: person.id, label: 'Rosa Ibarra Luna' },
        changes: { name: { before: null, after: 'Rosa Ibarra Luna' }, email: { before: null, after: 'rosa.ibarra@ejemplo.mx' } },
      });
      expect(JSON.stringify(event)).not.toMatch(/Secreta-2026-xyz|password/i);
    });

    it('records nothing when the person cannot be created (a taken address)', async () => {
      const before = await count();
      await t.http
        .post('/api/people')
        .set('Authorization', as.secretary)
        .send({ name: 'Otra Rosa', email: 'rosa.ibarra@ejemplo.mx' })
        .expect(409);
      expect(await count()).toBe(before);
    });

    it('records an edit with each field before and after, and a new password only as changed', async () => {
      await t.http
        .patch(`/api/people/${person.id}`)
        .set('Authorization', as.admin)
        .send({ title: 'Comisionada', password: 'Otra-Clave-2026-abc' })
        .expect(200);
      const event = await latest();
      expect(event).toMatchObject({
        kind: 'person_updated',
        actor: { id: ids.admin },
        subject: { id: person.id },
        changes: { title: { before: null, after: 'Comisionada' }, credentialsChanged: { before: null, after: true } },
      });
      expect(JSON.stringify(event)).not.toMatch(/Otra-Clave-2026-abc|\$argon|\$2[aby]\$/);
    });

    it('records organizations created and renamed, and nothing for a taken name', async () => {
      const created = (
        await t.http
          .post('/api/organizations')
          .set('Authorization', as.secretary)
          .send({ name: 'Órgano Garante de Prueba', kind: 'guarantor' })
          .expect(201)
      ).body as { id: string };
      expect(await latest()).toMatchObject({ kind: 'organization_created', subject: { type: 'organization', id: created.id } });
      await t.http.patch(`/api/organizations/${created.id}`).set('Authorization', as.secretary).send({ shortName: 'OGP' }).expect(200);
      expect(await latest()).toMatchObject({ kind: 'organization_updated', changes: { shortName: { before: null, after: 'OGP' } } });
      const before = await count();
      await t.http
        .post('/api/organizations')
        .set('Authorization', as.secretary)
        .send({ name: 'Órgano Garante de Prueba', kind: 'guarantor' })
        .expect(409);
      expect(await count()).toBe(before);
    });
  });

  describe('membership, accounts, agreements and groups', () => {
    it('records a member added and a change of role, and nothing for a second membership', async () => {
      const [person] = (await t.http.get('/api/people?q=Rosa%20Ibarra').set('Authorization', as.admin)).body.items as Person[];
      const member = (
        await t.http
          .post(`/api/commissions/${commissionId}/members`)
          .set('Authorization', as.secretary)
          .send({ personId: person.id, role: 'observer', since: '2026-01-01' })
          .expect(201)
      ).body as { id: string };
      expect(await latest()).toMatchObject({
        kind: 'member_added',
        subject: { type: 'membership', id: member.id, label: 'Rosa Ibarra Luna' },
        changes: { role: { before: null, after: 'observer' }, votes: { before: null, after: false } },
      });
      await t.http
        .patch(`/api/commissions/${commissionId}/members/${member.id}`)
        .set('Authorization', as.secretary)
        .send({ role: 'commissioner', votes: true })
        .expect(200);
      expect(await latest()).toMatchObject({
        kind: 'member_updated',
        changes: { role: { before: 'observer', after: 'commissioner' }, votes: { before: false, after: true } },
      });
      const before = await count();
      await t.http
        .post(`/api/commissions/${commissionId}/members`)
        .set('Authorization', as.secretary)
        .send({ personId: person.id, role: 'observer' })
        .expect(409);
      expect(await count()).toBe(before);
    });

    it('records account actions, even one that changes no column, and nothing for a refused one', async () => {
      await t.http.post(`/api/people/${ids.partner}/account/disable`).set('Authorization', as.secretary).send({}).expect(200);
      expect(await latest()).toMatchObject({
        kind: 'account_disabled',
        actor: { id: ids.secretary },
        subject: { type: 'person', id: ids.partner },
        changes: { accountDisabledAt: { before: null, after: expect.any(String) } },
      });
      await t.http.post(`/api/people/${ids.partner}/account/enable`).set('Authorization', as.secretary).send({}).expect(200);
      await t.http.post(`/api/people/${ids.partner}/account/sign-out`).set('Authorization', as.admin).send({}).expect(204);
      expect(await latest()).toMatchObject({ kind: 'account_signed_out', changes: {} });
      await t.http.put(`/api/people/${ids.commissioner}/platform-role`).set('Authorization', as.admin).send({ platformRole: 'admin' });
      expect(await latest()).toMatchObject({ kind: 'platform_role_set', changes: { platformRole: { before: 'user', after: 'admin' } } });
      await t.http.put(`/api/people/${ids.commissioner}/platform-role`).set('Authorization', as.admin).send({ platformRole: 'user' });
      const before = await count();
      await t.http.post(`/api/people/${ids.admin}/account/disable`).set('Authorization', as.admin).send({}).expect(409);
      expect(await count()).toBe(before);
    });

    it('records an agreement’s follow-up moves, and nothing for a move the rules forbid', async () => {
      const [agreement] = (
        await t.http.get(`/api/commissions/${commissionId}/agreements?status=pending`).set('Authorization', as.secretary)
      ).body.items as Agreement[];
      await t.http.patch(`/api/agreements/${agreement.id}`).set('Authorization', as.secretary).send({ dueOn: '2027-03-31' }).expect(200);
      expect(await latest()).toMatchObject({
        kind: 'agreement_updated',
        subject: { type: 'agreement', id: agreement.id, label: agreement.number },
        changes: { dueOn: { before: agreement.dueOn, after: '2027-03-31' } },
      });
      await t.http
        .patch(`/api/agreements/${agreement.id}`)
        .set('Authorization', as.secretary)
        .send({ assigneePersonId: ids.commissioner })
        .expect(200);
      expect(await latest()).toMatchObject({
        kind: 'agreement_updated',
        changes: { assignee: { before: null, after: expect.stringMatching(/\S/) } },
      });
      await t.http
        .post(`/api/agreements/${agreement.id}/notes`)
        .set('Authorization', as.secretary)
        .send({ body: 'Atendido con oficio.', status: 'attended' })
        .expect(201);
      expect(await latest()).toMatchObject({
        kind: 'agreement_note_added',
        changes: { status: { before: 'pending', after: 'attended' } },
      });
      const before = await count();
      await t.http
        .post(`/api/agreements/${agreement.id}/notes`)
        .set('Authorization', as.secretary)
        .send({ body: 'Vuelve a pendiente.', status: 'pending' })
        .expect(409);
      expect(await count()).toBe(before);
    });

    it('records a coordinator’s answer to a request to join a group', async () => {
      const groups = (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.chair)).body
        .items as WorkingGroup[];
      const group = groups.find((g) => g.name === 'Vitrina de apertura y transparencia proactiva') as WorkingGroup;
      const request = (await t.http.post(`/api/groups/${group.id}/join-requests`).set('Authorization', as.outsider).send({}).expect(201))
        .body as JoinRequest;
      await t.http.post(`/api/groups/${group.id}/join-requests/${request.id}/accept`).set('Authorization', as.chair).send({}).expect(200);
      expect(await latest()).toMatchObject({
        kind: 'join_request_accepted',
        actor: { id: ids.chair },
        subject: { type: 'group', id: group.id, label: group.name },
        changes: { member: { before: null, after: 'Christian Velasco Milanés' } },
      });
    });
  });

  it('keeps a change and its link together: when the link cannot be written, the change is not stored either', async () => {
    const before = await count();
    await db.query(`ALTER TABLE commission_audit_events ADD CONSTRAINT refuse_links CHECK (false) NOT VALID`);
    try {
      // The refused insert is a check violation, which the api answers as a 400 problem.
      await t.http.patch(`/api/people/${ids.commissioner}`).set('Authorization', as.admin).send({ title: 'Sin rastro' }).expect(400);
    } finally {
      await db.query(`ALTER TABLE commission_audit_events DROP CONSTRAINT refuse_links`);
    }
    const [row] = (await db.query(`SELECT title FROM people WHERE id = $1`, [ids.commissioner])) as Array<{ title: string | null }>;
    expect(row.title).not.toBe('Sin rastro');
    expect(await count()).toBe(before);
  });

  describe('the list', () => {
    it('filters by kind, actor, subject and commission day, newest first', async () => {
      const byKind = await activity('kind=account_disabled');
      expect(byKind.items.map((e) => e.kind)).toEqual(['account_disabled']);
      const bySecretary = await activity(`actorId=${ids.secretary}&pageSize=100`);
      expect(bySecretary.items.every((e) => e.actor?.id === ids.secretary)).toBe(true);
      expect(bySecretary.items.map((e) => e.seq)).toEqual([...bySecretary.items.map((e) => e.seq)].sort((a, b) => b - a));
      const aboutPartner = await activity(`subjectType=person&subjectId=${ids.partner}`);
      expect(aboutPartner.items.map((e) => e.kind)).toEqual(['account_signed_out', 'account_enabled', 'account_disabled']);
      expect((await activity('to=2020-12-31')).total).toBe(0);
      expect((await activity('from=2020-01-01')).total).toBe(await count());
    });

    it('answers a bad filter with a problem in both languages', async () => {
      const bad = await t.http.get('/api/audit/activity?from=2026-02-01&to=2026-01-01').set('Authorization', as.admin).expect(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      await t.http.get('/api/audit/activity?kind=everything').set('Authorization', as.admin).expect(400);
    });

    it('is for admins and secretaries; the chain check for admins only', async () => {
      await t.http.get('/api/audit/activity').expect(401);
      await t.http.get('/api/audit/activity').set('Authorization', as.secretary).expect(200);
      await t.http.get('/api/audit/activity').set('Authorization', as.chair).expect(403);
      await t.http.get('/api/audit/activity').set('Authorization', as.representative).expect(403);
      await t.http.get('/api/audit/activity/verify').set('Authorization', as.secretary).expect(403);
    });
  });

  describe('the chain check', () => {
    it('finds the trail intact, with one link per change', async () => {
      expect(await verify()).toEqual({ events: await count(), head: expect.stringMatching(/^[0-9a-f]{64}$/), chain: { ok: true } });
    });

    it('names the first link whose row was edited by SQL, whichever column was touched', async () => {
      await db.query(`UPDATE commission_audit_events SET payload = jsonb_set(payload, '{label}', '"Otra persona"') WHERE seq = 3`);
      expect((await verify()).chain).toEqual({ ok: false, seq: 3, reason: 'hash_mismatch' });
      await db.query(`UPDATE commission_audit_events SET actor_person_id = $1 WHERE seq = 2`, [ids.chair]);
      expect((await verify()).chain).toEqual({ ok: false, seq: 2, reason: 'hash_mismatch' });
    });

    it('names a removed link', async () => {
      await db.query(`DELETE FROM commission_audit_events WHERE seq = 1`);
      expect((await verify()).chain).toEqual({ ok: false, seq: 2, reason: 'sequence_gap' });
    });
  });
});
