import { GroupMember, GroupsDashboard, JoinRequest, Page, WorkingGroup, WorkingGroupDetail } from '@cocrea/contracts';
import { SeedService } from '../seed/seed.service';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const NO_SUCH = '5b0e8c1d-2f3a-4b5c-8d6e-7f8091a2b3c4';
const OUTSIDER = 'christian.velasco@demo.cocrea.mx';
/** A partner of group 1 only (Red Nacional de CPC), with no seat in the commission. */
const CPC_PARTNER = 'raul.cazares@demo.cocrea.mx';

describe('working groups', () => {
  let t: TestApp;
  let commissionId: string;
  const as: Record<string, string> = {};
  const groups: Record<string, WorkingGroup> = {};

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    for (const [who, email] of Object.entries({ ...DEMO, outsider: OUTSIDER, cpc: CPC_PARTNER })) as[who] = await t.login(email);
    commissionId = (await t.http.get('/api/commissions').set('Authorization', as.chair)).body.items[0].id;
    const list = (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.chair).expect(200)).body;
    for (const g of list.items as WorkingGroup[]) groups[g.name] = g;
  });
  afterAll(() => t?.close());

  const covid = () => groups['Apertura en COVID-19'];
  const vitrina = () => groups['Vitrina de apertura y transparencia proactiva'];
  const members = async (groupId: string, query = 'pageSize=100') =>
    (await t.http.get(`/api/groups/${groupId}/members?${query}`).set('Authorization', as.chair).expect(200)).body as Page<GroupMember>;

  describe('the demo groups', () => {
    it('are the three of the 2021-02-15 record with their counts and the chair coordinating', () => {
      expect(Object.keys(groups).sort()).toEqual([
        'Apertura en COVID-19',
        'Estado del arte de apertura',
        'Vitrina de apertura y transparencia proactiva',
      ]);
      expect(covid()).toMatchObject({ memberCount: 13, partnerCount: 3, deliverableCount: 3, status: 'active' });
      expect(vitrina()).toMatchObject({ partnerCount: 1, partnerOrganizationCount: 3 });
      expect(vitrina()).toMatchObject({ memberCount: 10, partnerCount: 1, deliverableCount: 5 });
      expect(groups['Estado del arte de apertura']).toMatchObject({ memberCount: 10, deliverableCount: 3 });
      for (const g of Object.values(groups)) expect(g.coordinators.map((c) => c.name)).toEqual(['María del Carmen Nava Polina']);
    });

    it('are loaded once: loading the demo again adds nothing', async () => {
      const before = (await t.http.get(`/api/commissions/${commissionId}/groups/export?format=json`).set('Authorization', as.chair)).text;
      await t.app.get(SeedService).loadDemo();
      const after = (await t.http.get(`/api/commissions/${commissionId}/groups/export?format=json`).set('Authorization', as.chair)).text;
      expect(after).toBe(before);
      const roadmap = (await t.http.get(`/api/commissions/${commissionId}/milestones`).set('Authorization', as.chair)).body;
      expect(roadmap.total).toBe(8);
    });

    it('record how people joined: in session, by email', async () => {
      const covidMembers = (await members(covid().id)).items;
      expect(covidMembers.find((m) => m.person.name === 'Oscar Mauricio Guerra Ford')).toMatchObject({
        channel: 'session',
        joinedOn: '2021-02-15',
      });
      const vitrinaMembers = (await members(vitrina().id)).items;
      expect(vitrinaMembers.find((m) => m.person.name === 'Mariana Contreras Soto')).toMatchObject({ channel: 'email', role: 'member' });
      expect(vitrinaMembers[0]).toMatchObject({ role: 'coordinator' });
      expect(vitrinaMembers.at(-1)).toMatchObject({ role: 'partner', person: { name: 'Javier Moro', organization: { name: 'GESOC' } } });
    });

    it('show partner organizations and the caller’s abilities on the group page', async () => {
      const detail = (await t.http.get(`/api/groups/${covid().id}`).set('Authorization', as.partner).expect(200))
        .body as WorkingGroupDetail;
      expect(detail.partnerOrganizations.map((o) => o.shortName)).toEqual(['GESOC', 'NOSC de la AGA México', 'Red Nacional de CPC']);
      expect(detail).toMatchObject({
        myRole: 'partner',
        abilities: { manage: false, submitInput: true, requestToJoin: false, archive: false },
      });
      const chair = (await t.http.get(`/api/groups/${covid().id}`).set('Authorization', as.chair).expect(200)).body as WorkingGroupDetail;
      expect(chair).toMatchObject({ myRole: 'coordinator', abilities: { manage: true, archive: true } });
    });
  });

  describe('reading', () => {
    it('lets a partner without a seat list only the groups they take part in', async () => {
      const list = (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.cpc).expect(200)).body;
      expect(list.items.map((g: WorkingGroup) => g.name)).toEqual(['Apertura en COVID-19']);
      await t.http.get(`/api/groups/${vitrina().id}`).set('Authorization', as.cpc).expect(403);
    });

    it('refuses people outside the commission and its groups', async () => {
      await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.representative).expect(403);
      await t.http.get(`/api/groups/${covid().id}`).set('Authorization', as.representative).expect(403);
      await t.http.get(`/api/groups/${covid().id}`).expect(401);
    });

    it('answers 404 for unknown groups and commissions, 400 for a malformed id', async () => {
      await t.http.get(`/api/groups/${NO_SUCH}`).set('Authorization', as.chair).expect(404);
      await t.http.get(`/api/commissions/${NO_SUCH}/groups`).set('Authorization', as.chair).expect(404);
      await t.http.get('/api/groups/not-a-uuid').set('Authorization', as.chair).expect(400);
    });

    it.each(['', '/members', '/members/export', '/join-requests', '/milestones', '/activity', '/deliverables', '/deliverables/export'])(
      'GET /api/groups/:id%s: 403 outside the commission and its groups, 404 for an unknown group',
      async (suffix) => {
        await t.http.get(`/api/groups/${vitrina().id}${suffix}`).set('Authorization', as.representative).expect(403);
        await t.http.get(`/api/groups/${vitrina().id}${suffix}`).set('Authorization', as.cpc).expect(403);
        await t.http.get(`/api/groups/${NO_SUCH}${suffix}`).set('Authorization', as.chair).expect(404);
      },
    );

    it.each(['/groups', '/groups/export', '/milestones'])(
      'GET /api/commissions/:id%s: 403 outside, 404 for an unknown commission',
      async (suffix) => {
        await t.http.get(`/api/commissions/${commissionId}${suffix}`).set('Authorization', as.representative).expect(403);
        await t.http.get(`/api/commissions/${NO_SUCH}${suffix}`).set('Authorization', as.admin).expect(404);
      },
    );

    it.each([
      ['/archive', {}],
      ['/members', { personId: NO_SUCH, role: 'partner' }],
      ['/partner-organizations', { organizationId: NO_SUCH }],
      ['/join-requests', {}],
      ['/milestones', { title: 'Hito nuevo', dueOn: '2030-01-01' }],
      ['/deliverables', { title: 'Producto', kind: 'other' }],
    ])('POST /api/groups/:id%s answers 404 for an unknown group', async (suffix, body) => {
      await t.http.post(`/api/groups/${NO_SUCH}${suffix}`).set('Authorization', as.admin).send(body).expect(404);
    });

    it('DELETE /api/groups/:id answers 404 for an unknown group', async () => {
      await t.http.delete(`/api/groups/${NO_SUCH}`).set('Authorization', as.admin).expect(404);
    });

    it('exports groups and members as CSV and JSON', async () => {
      const csv = await t.http.get(`/api/commissions/${commissionId}/groups/export`).set('Authorization', as.commissioner).expect(200);
      const lines = csv.text.slice(1).trim().split('\n');
      expect(lines[0]).toBe('group_id,name,purpose,status,coordinators,members,partners,partner_organizations,deliverables,created_at');
      expect(lines).toHaveLength(4);
      const json = await t.http
        .get(`/api/groups/${vitrina().id}/members/export?format=json`)
        .set('Authorization', as.commissioner)
        .expect(200);
      const rows = JSON.parse(json.text) as Array<Record<string, unknown>>;
      expect(rows).toHaveLength(11);
      expect(rows.find((r) => r['name'] === 'Mariana Contreras Soto')).toMatchObject({ role: 'member', channel: 'email' });
    });

    it('pages the activity, newest first', async () => {
      const page = (await t.http.get(`/api/groups/${covid().id}/activity?pageSize=2`).set('Authorization', as.commissioner).expect(200))
        .body;
      expect(page.total).toBeGreaterThanOrEqual(7);
      expect(page.items).toHaveLength(2);
      expect(page.items[0].createdAt >= page.items[1].createdAt).toBe(true);
    });
  });

  describe('creating, archiving and deleting groups', () => {
    let created: WorkingGroupDetail;

    it('lets the chair create a group with coordinators from the commission', async () => {
      const secretary = (await t.http.get('/api/auth/me').set('Authorization', as.secretary)).body;
      const response = await t.http
        .post(`/api/commissions/${commissionId}/groups`)
        .set('Authorization', as.chair)
        .send({
          name: 'Justicia abierta',
          purpose: 'Promover la justicia abierta en los sistemas locales.',
          coordinatorIds: [secretary.id],
        })
        .expect(201);
      created = response.body;
      expect(created).toMatchObject({ name: 'Justicia abierta', memberCount: 1, coordinators: [{ name: 'Luis Gustavo Parra Noriega' }] });
    });

    it.each([
      ['secretary', 'secretary'],
      ['commissioner', 'commissioner'],
      ['partner', 'partner'],
    ])('refuses creation to the %s (403)', async (_, who) => {
      const me = (await t.http.get('/api/auth/me').set('Authorization', as.chair)).body;
      await t.http
        .post(`/api/commissions/${commissionId}/groups`)
        .set('Authorization', as[who])
        .send({ name: `Grupo de ${who}`, purpose: 'x', coordinatorIds: [me.id] })
        .expect(403);
    });

    it('refuses a repeated name (409), a coordinator from outside the commission (409) and bad input (400)', async () => {
      const partner = (await t.http.get('/api/auth/me').set('Authorization', as.partner)).body;
      const chair = (await t.http.get('/api/auth/me').set('Authorization', as.chair)).body;
      const taken = await t.http
        .post(`/api/commissions/${commissionId}/groups`)
        .set('Authorization', as.chair)
        .send({ name: 'Justicia abierta', purpose: 'Otra vez', coordinatorIds: [chair.id] })
        .expect(409);
      expect(taken.body.code).toBe('group_name_taken');
      const outsider = await t.http
        .post(`/api/commissions/${commissionId}/groups`)
        .set('Authorization', as.chair)
        .send({ name: 'Con aliados', purpose: 'x', coordinatorIds: [partner.id] })
        .expect(409);
      expect(outsider.body.code).toBe('group_not_commissioner');
      await t.http
        .post(`/api/commissions/${commissionId}/groups`)
        .set('Authorization', as.chair)
        .send({ name: 'x', coordinatorIds: [] })
        .expect(400);
    });

    it('deletes an empty group but refuses one with deliverables (409: archive it instead)', async () => {
      await t.http.delete(`/api/groups/${covid().id}`).set('Authorization', as.commissioner).expect(403);
      const refused = await t.http.delete(`/api/groups/${covid().id}`).set('Authorization', as.chair).expect(409);
      expect(refused.body).toMatchObject({ code: 'group_has_deliverables', title: 'El grupo tiene productos' });
      await t.http.delete(`/api/groups/${created.id}`).set('Authorization', as.chair).expect(204);
      await t.http.get(`/api/groups/${created.id}`).set('Authorization', as.chair).expect(404);
    });

    it('archives a group (chair only), after which it takes no changes (409)', async () => {
      const chair = (await t.http.get('/api/auth/me').set('Authorization', as.chair)).body;
      const group = (
        await t.http
          .post(`/api/commissions/${commissionId}/groups`)
          .set('Authorization', as.chair)
          .send({ name: 'Grupo temporal', purpose: 'Para archivar.', coordinatorIds: [chair.id] })
          .expect(201)
      ).body as WorkingGroupDetail;
      await t.http.post(`/api/groups/${group.id}/archive`).set('Authorization', as.commissioner).expect(403);
      await t.http.post(`/api/groups/${group.id}/archive`).set('Authorization', as.partner).expect(403);
      const archived = await t.http.post(`/api/groups/${group.id}/archive`).set('Authorization', as.chair).expect(200);
      expect(archived.body).toMatchObject({ status: 'archived', abilities: { manage: false, archive: false } });
      expect((await t.http.post(`/api/groups/${group.id}/archive`).set('Authorization', as.chair).expect(409)).body.code).toBe(
        'group_archived',
      );
      await t.http
        .post(`/api/groups/${group.id}/milestones`)
        .set('Authorization', as.chair)
        .send({ title: 'Hito', dueOn: '2030-01-01' })
        .expect(409);
      const active = (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.chair)).body;
      expect(active.items.map((g: WorkingGroup) => g.name)).not.toContain('Grupo temporal');
      const all = (await t.http.get(`/api/commissions/${commissionId}/groups?status=all`).set('Authorization', as.chair)).body;
      expect(all.items.map((g: WorkingGroup) => g.name)).toContain('Grupo temporal');
    });
  });

  describe('joining', () => {
    let request: JoinRequest;

    it('lets a commissioner outside the group ask to join, once (a second pending request is a 409)', async () => {
      const response = await t.http
        .post(`/api/groups/${vitrina().id}/join-requests`)
        .set('Authorization', as.outsider)
        .send({ message: 'Colima quiere sumarse al repositorio.' })
        .expect(201);
      request = response.body;
      expect(request).toMatchObject({ status: 'pending', channel: 'platform', person: { name: 'Christian Velasco Milanés' } });
      const again = await t.http.post(`/api/groups/${vitrina().id}/join-requests`).set('Authorization', as.outsider).send({}).expect(409);
      expect(again.body.code).toBe('group_join_pending');
      const detail = (await t.http.get(`/api/groups/${vitrina().id}`).set('Authorization', as.outsider)).body;
      expect(detail).toMatchObject({ myPendingRequestId: request.id, abilities: { requestToJoin: false } });
    });

    it('refuses requests from members (409) and from partners and people without a vote (403)', async () => {
      expect(
        (await t.http.post(`/api/groups/${vitrina().id}/join-requests`).set('Authorization', as.commissioner).send({}).expect(409)).body
          .code,
      ).toBe('group_already_member');
      await t.http.post(`/api/groups/${covid().id}/join-requests`).set('Authorization', as.cpc).send({}).expect(409);
      await t.http.post(`/api/groups/${vitrina().id}/join-requests`).set('Authorization', as.cpc).send({}).expect(403);
      await t.http.post(`/api/groups/${vitrina().id}/join-requests`).set('Authorization', as.representative).send({}).expect(403);
      await t.http.post(`/api/groups/${NO_SUCH}/join-requests`).set('Authorization', as.outsider).send({}).expect(404);
    });

    it('shows all requests to coordinators and only their own to others', async () => {
      const forChair = (
        await t.http.get(`/api/groups/${vitrina().id}/join-requests?status=pending`).set('Authorization', as.chair).expect(200)
      ).body;
      expect(forChair.items.map((r: JoinRequest) => r.person.name)).toEqual(['Christian Velasco Milanés']);
      const forMember = (await t.http.get(`/api/groups/${vitrina().id}/join-requests`).set('Authorization', as.commissioner).expect(200))
        .body;
      expect(forMember.items.map((r: JoinRequest) => r.person.name)).toEqual(['Mariana Contreras Soto']);
    });

    it('puts the request on the coordinator’s dashboard', async () => {
      const dashboard = (await t.http.get('/api/groups/dashboard').set('Authorization', as.chair).expect(200)).body as GroupsDashboard;
      expect(dashboard.joinRequests).toEqual([
        expect.objectContaining({ id: request.id, groupName: 'Vitrina de apertura y transparencia proactiva' }),
      ]);
      const none = (await t.http.get('/api/groups/dashboard').set('Authorization', as.commissioner).expect(200)).body as GroupsDashboard;
      expect(none).toMatchObject({ joinRequests: [], overdue: [], dueSoon: [], inputsToReview: [] });
    });

    it('lets only a coordinator accept; the person becomes a member; deciding twice is a 409', async () => {
      await t.http
        .post(`/api/groups/${vitrina().id}/join-requests/${request.id}/accept`)
        .set('Authorization', as.commissioner)
        .send({})
        .expect(403);
      await t.http
        .post(`/api/groups/${vitrina().id}/join-requests/${request.id}/accept`)
        .set('Authorization', as.partner)
        .send({})
        .expect(403);
      await t.http.post(`/api/groups/${vitrina().id}/join-requests/${NO_SUCH}/accept`).set('Authorization', as.chair).send({}).expect(404);
      const accepted = await t.http
        .post(`/api/groups/${vitrina().id}/join-requests/${request.id}/accept`)
        .set('Authorization', as.chair)
        .send({})
        .expect(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', decidedBy: { name: 'María del Carmen Nava Polina' } });
      expect((await members(vitrina().id, 'q=Velasco')).items).toEqual([expect.objectContaining({ role: 'member', channel: 'platform' })]);
      const twice = await t.http
        .post(`/api/groups/${vitrina().id}/join-requests/${request.id}/decline`)
        .set('Authorization', as.chair)
        .send({})
        .expect(409);
      expect(twice.body.code).toBe('join_request_decided');
    });

    it('lets a coordinator decline with a reason the requester sees', async () => {
      const asked = (
        await t.http
          .post(`/api/groups/${covid().id}/join-requests`)
          .set('Authorization', as.secretary)
          .send({ message: 'Me sumo' })
          .expect(201)
      ).body;
      const declined = await t.http
        .post(`/api/groups/${covid().id}/join-requests/${asked.id}/decline`)
        .set('Authorization', as.chair)
        .send({ reason: 'La Secretaría ya acompaña al grupo 3.' })
        .expect(200);
      expect(declined.body).toMatchObject({ status: 'declined', reason: 'La Secretaría ya acompaña al grupo 3.' });
      const mine = (await t.http.get(`/api/groups/${covid().id}/join-requests`).set('Authorization', as.secretary)).body;
      expect(mine.items[0]).toMatchObject({ status: 'declined', reason: 'La Secretaría ya acompaña al grupo 3.' });
    });

    it('lets a coordinator record a join asked elsewhere, with its channel and date, and invite a partner', async () => {
      const [person] = (await t.http.get('/api/people?q=Monribot').set('Authorization', as.chair)).body.items;
      await t.http
        .post(`/api/groups/${vitrina().id}/members`)
        .set('Authorization', as.commissioner)
        .send({ personId: person.id, role: 'member' })
        .expect(403);
      await t.http
        .post(`/api/groups/${vitrina().id}/members`)
        .set('Authorization', as.partner)
        .send({ personId: person.id, role: 'member' })
        .expect(403);
      const added = await t.http
        .post(`/api/groups/${vitrina().id}/members`)
        .set('Authorization', as.chair)
        .send({ personId: person.id, role: 'member', channel: 'chat', joinedOn: '2021-02-15' })
        .expect(201);
      expect(added.body).toMatchObject({ role: 'member', channel: 'chat', joinedOn: '2021-02-15' });
      const again = await t.http
        .post(`/api/groups/${vitrina().id}/members`)
        .set('Authorization', as.chair)
        .send({ personId: person.id, role: 'member' })
        .expect(409);
      expect(again.body.code).toBe('group_already_member');
      const [victoria] = (await t.http.get('/api/people?q=Alsina').set('Authorization', as.chair)).body.items;
      const notCommissioner = await t.http
        .post(`/api/groups/${vitrina().id}/members`)
        .set('Authorization', as.chair)
        .send({ personId: victoria.id, role: 'member' })
        .expect(409);
      expect(notCommissioner.body.code).toBe('group_not_commissioner');
      const partner = await t.http
        .post(`/api/groups/${vitrina().id}/members`)
        .set('Authorization', as.chair)
        .send({ personId: victoria.id, role: 'partner' })
        .expect(201);
      expect(partner.body).toMatchObject({ role: 'partner', person: { organization: { shortName: 'GovLab' } } });
      await t.http
        .post(`/api/groups/${vitrina().id}/members`)
        .set('Authorization', as.chair)
        .send({ personId: NO_SUCH, role: 'partner' })
        .expect(400);
    });

    it('lets a coordinator add a partner organization once', async () => {
      const [agn] = (await t.http.get('/api/organizations?q=Archivo General').set('Authorization', as.chair)).body.items;
      await t.http
        .post(`/api/groups/${covid().id}/partner-organizations`)
        .set('Authorization', as.partner)
        .send({ organizationId: agn.id })
        .expect(403);
      const detail = await t.http
        .post(`/api/groups/${covid().id}/partner-organizations`)
        .set('Authorization', as.chair)
        .send({ organizationId: agn.id })
        .expect(201);
      expect(detail.body.partnerOrganizations.map((o: { shortName: string }) => o.shortName)).toContain('AGN');
      await t.http
        .post(`/api/groups/${covid().id}/partner-organizations`)
        .set('Authorization', as.chair)
        .send({ organizationId: agn.id })
        .expect(409);
    });

    it('lets a coordinator name a co-coordinator and step one back, never leaving the group without one', async () => {
      const list = (await members(covid().id)).items;
      const oscar = list.find((m) => m.person.name === 'Oscar Mauricio Guerra Ford') as GroupMember;
      const chair = list.find((m) => m.role === 'coordinator') as GroupMember;
      const moro = list.find((m) => m.person.name === 'Javier Moro') as GroupMember;
      const url = (m: GroupMember) => `/api/groups/${covid().id}/members/${m.id}`;
      await t.http.patch(url(oscar)).set('Authorization', as.partner).send({ role: 'coordinator' }).expect(403);
      await t.http.patch(url(oscar)).set('Authorization', as.commissioner).send({ role: 'coordinator' }).expect(403);
      expect((await t.http.patch(url(chair)).set('Authorization', as.chair).send({ role: 'member' }).expect(409)).body.code).toBe(
        'group_last_coordinator',
      );
      expect((await t.http.patch(url(moro)).set('Authorization', as.chair).send({ role: 'member' }).expect(409)).body.code).toBe(
        'group_not_commissioner',
      );
      await t.http.patch(url(oscar)).set('Authorization', as.chair).send({ role: 'boss' }).expect(400);
      await t.http
        .patch(`/api/groups/${covid().id}/members/${NO_SUCH}`)
        .set('Authorization', as.chair)
        .send({ role: 'member' })
        .expect(404);
      expect((await t.http.patch(url(oscar)).set('Authorization', as.chair).send({ role: 'coordinator' }).expect(200)).body.role).toBe(
        'coordinator',
      );
      const guerra = await t.login('oscar.guerra@demo.cocrea.mx');
      expect((await t.http.get(`/api/groups/${covid().id}`).set('Authorization', guerra)).body.abilities.manage).toBe(true);
      expect((await t.http.patch(url(oscar)).set('Authorization', as.chair).send({ role: 'member' }).expect(200)).body.role).toBe('member');
    });

    it('lets a member leave, keeps the last coordinator, and refuses removing others to non-coordinators', async () => {
      const list = (await members(vitrina().id)).items;
      const velasco = list.find((m) => m.person.name === 'Christian Velasco Milanés') as GroupMember;
      const mariana = list.find((m) => m.person.name === 'Mariana Contreras Soto') as GroupMember;
      const coordinator = list.find((m) => m.role === 'coordinator') as GroupMember;
      await t.http.delete(`/api/groups/${vitrina().id}/members/${mariana.id}`).set('Authorization', as.outsider).expect(403);
      await t.http.delete(`/api/groups/${vitrina().id}/members/${velasco.id}`).set('Authorization', as.outsider).expect(204);
      await t.http.delete(`/api/groups/${vitrina().id}/members/${velasco.id}`).set('Authorization', as.chair).expect(404);
      expect(
        (await t.http.delete(`/api/groups/${vitrina().id}/members/${coordinator.id}`).set('Authorization', as.chair).expect(409)).body.code,
      ).toBe('group_last_coordinator');
      const activity = (await t.http.get(`/api/groups/${vitrina().id}/activity`).set('Authorization', as.chair)).body;
      expect(activity.items[0]).toMatchObject({ kind: 'member_left', subject: 'Christian Velasco Milanés' });
    });
  });

  describe('access', () => {
    it.each([
      ['the chair', 'chair', true],
      ['a partner without a seat who takes part in a group', 'partner', true],
      ['a representative without a seat nor a group', 'representative', false],
    ])('tells whether %s reads any group', async (_, who, readsGroups) => {
      const answer = await t.http.get('/api/groups/access').set('Authorization', as[who]).expect(200);
      expect(answer.body).toEqual({ readsGroups });
    });

    it('needs a session (401)', async () => {
      await t.http.get('/api/groups/access').expect(401);
    });
  });

  describe('roadmap', () => {
    it('holds Commitment 13’s eight dated milestones, open and overdue', async () => {
      const page = (await t.http.get(`/api/commissions/${commissionId}/milestones`).set('Authorization', as.partner).expect(200)).body;
      const commitment = page.items.filter((m: { commitment: string }) => m.commitment === 'Compromiso 13');
      expect(commitment).toHaveLength(8);
      expect(commitment[0]).toMatchObject({ dueOn: '2021-02-22', completedOn: null, overdue: true, groupId: null });
      expect(commitment.at(-1)).toMatchObject({
        dueOn: '2021-08-03',
        title: 'Promoción de mesas de trabajo sobre el documento diagnóstico',
      });
      await t.http.get(`/api/commissions/${commissionId}/milestones`).set('Authorization', as.representative).expect(403);
    });

    it('shows the overdue milestones and deliverables on the chair’s dashboard', async () => {
      const dashboard = (await t.http.get('/api/groups/dashboard').set('Authorization', as.chair).expect(200)).body as GroupsDashboard;
      expect(dashboard.overdue.filter((i) => i.kind === 'milestone')).toHaveLength(8);
      expect(dashboard.overdue.map((i) => i.title)).toContain('Diagnóstico de la situación de apertura en las entidades federativas');
      expect(dashboard.inputsToReview.map((i) => i.author.name).sort()).toEqual(['Javier Moro', 'Raúl Cazares Urban']);
    });

    it('lets a coordinator add a group milestone and mark it done; others get a 403', async () => {
      await t.http
        .post(`/api/groups/${covid().id}/milestones`)
        .set('Authorization', as.commissioner)
        .send({ title: 'Primer borrador', dueOn: '2030-03-01' })
        .expect(403);
      await t.http
        .post(`/api/groups/${covid().id}/milestones`)
        .set('Authorization', as.chair)
        .send({ title: 'x', dueOn: 'mañana' })
        .expect(400);
      const early = await t.http
        .post(`/api/groups/${covid().id}/milestones`)
        .set('Authorization', as.chair)
        .send({ title: 'Hito antiguo', dueOn: '1999-12-31' })
        .expect(400);
      expect(early.body.errors).toEqual([
        {
          path: 'dueOn',
          message: 'La fecha debe ser a partir del 1 de enero de 2000 y a no más de 10 años de hoy.',
          messages: {
            es: 'La fecha debe ser a partir del 1 de enero de 2000 y a no más de 10 años de hoy.',
            en: 'The date must be on or after January 1, 2000 and no more than 10 years from today.',
          },
        },
      ]);
      const farAhead = `${new Date().getUTCFullYear() + 11}-01-01`;
      await t.http
        .post(`/api/groups/${covid().id}/milestones`)
        .set('Authorization', as.chair)
        .send({ title: 'Hito lejano', dueOn: farAhead })
        .expect(400);
      await t.http
        .post(`/api/groups/${covid().id}/milestones`)
        .set('Authorization', as.chair)
        .send({ title: 'Primer hito del siglo', dueOn: '2000-01-01' })
        .expect(201);
      const milestone = (
        await t.http
          .post(`/api/groups/${covid().id}/milestones`)
          .set('Authorization', as.chair)
          .send({ title: 'Primer borrador', dueOn: '2030-03-01' })
          .expect(201)
      ).body;
      expect(milestone).toMatchObject({ groupName: 'Apertura en COVID-19', overdue: false });
      await t.http
        .patch(`/api/milestones/${milestone.id}`)
        .set('Authorization', as.partner)
        .send({ completedOn: '2030-02-01' })
        .expect(403);
      const done = await t.http
        .patch(`/api/milestones/${milestone.id}`)
        .set('Authorization', as.chair)
        .send({ completedOn: '2030-02-01' })
        .expect(200);
      expect(done.body.completedOn).toBe('2030-02-01');
      await t.http.patch(`/api/milestones/${NO_SUCH}`).set('Authorization', as.chair).send({ completedOn: '2030-02-01' }).expect(404);
      const groupRoadmap = (await t.http.get(`/api/groups/${covid().id}/milestones`).set('Authorization', as.partner).expect(200)).body;
      expect(groupRoadmap.items.map((m: { title: string }) => m.title)).toEqual(['Primer hito del siglo', 'Primer borrador']);
    });

    it('lets only the chair add and complete a commitment milestone', async () => {
      await t.http
        .post(`/api/commissions/${commissionId}/milestones`)
        .set('Authorization', as.commissioner)
        .send({ title: 'Hito nuevo', dueOn: '2030-01-01', commitment: 'Compromiso 13' })
        .expect(403);
      const created = (
        await t.http
          .post(`/api/commissions/${commissionId}/milestones`)
          .set('Authorization', as.chair)
          .send({ title: 'Hito nuevo', dueOn: '2030-01-01', commitment: 'Compromiso 13' })
          .expect(201)
      ).body;
      await t.http
        .patch(`/api/milestones/${created.id}`)
        .set('Authorization', as.secretary)
        .send({ completedOn: '2030-01-01' })
        .expect(403);
      await t.http.patch(`/api/milestones/${created.id}`).set('Authorization', as.chair).send({ completedOn: '2030-01-01' }).expect(200);
    });
  });
});
