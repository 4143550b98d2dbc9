import { GroupEvent, GroupMember, JoinRequest, Milestone, Page, WorkingGroup, WorkingGroupDetail } from '@cocrea/contracts';
import { DEMO, startSeededOnServerIfAvailable, TestApp } from '../testing/test-app';

const NO_SUCH = '5b0e8c1d-2f3a-4b5c-8d6e-7f8091a2b3c4';
const OUTSIDER = 'christian.velasco@demo.cocrea.mx';
/** A partner of "Apertura en COVID-19" only (Red Nacional de CPC), with no seat in the commission. */
const CPC_PARTNER = 'raul.cazares@demo.cocrea.mx';

/** What one group's people must not reach in another group, what stays private, and what two people doing the same at once get. */
describe('working groups: isolation, privacy and races', () => {
  let t: TestApp;
  let commissionId: string;
  const as: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const groups: Record<string, WorkingGroup> = {};

  beforeAll(async () => {
    t = await startSeededOnServerIfAvailable();
    for (const [who, email] of Object.entries({ ...DEMO, outsider: OUTSIDER, cpc: CPC_PARTNER })) {
      as[who] = await t.login(email);
      ids[who] = (await t.http.get('/api/auth/me').set('Authorization', as[who])).body.id;
    }
    commissionId = (await t.http.get('/api/commissions').set('Authorization', as.chair)).body.items[0].id;
    const list = (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.chair).expect(200)).body;
    for (const g of list.items as WorkingGroup[]) groups[g.name] = g;
  });
  afterAll(() => t?.close());

  const covid = () => groups['Apertura en COVID-19'];
  const vitrina = () => groups['Vitrina de apertura y transparencia proactiva'];
  const members = async (groupId: string) =>
    (await t.http.get(`/api/groups/${groupId}/members?pageSize=100`).set('Authorization', as.chair).expect(200)).body as Page<GroupMember>;
  const activity = async (groupId: string, who: string) =>
    (await t.http.get(`/api/groups/${groupId}/activity?pageSize=100`).set('Authorization', as[who]).expect(200)).body as Page<GroupEvent>;
  const newGroup = async (name: string, coordinatorIds: string[]) =>
    (
      await t.http
        .post(`/api/commissions/${commissionId}/groups`)
        .set('Authorization', as.chair)
        .send({ name, purpose: 'Para las pruebas.', coordinatorIds })
        .expect(201)
    ).body as WorkingGroupDetail;

  it('shows a partner without a seat the commission’s milestones and their own groups’, never another group’s', async () => {
    for (const [group, title] of [
      [vitrina(), 'Hito de la vitrina'],
      [covid(), 'Hito de COVID'],
    ] as const) {
      await t.http
        .post(`/api/groups/${group.id}/milestones`)
        .set('Authorization', as.chair)
        .send({ title, dueOn: '2030-01-01' })
        .expect(201);
    }
    const filtered = (
      await t.http.get(`/api/commissions/${commissionId}/milestones?groupId=${vitrina().id}`).set('Authorization', as.cpc).expect(200)
    ).body as Page<Milestone>;
    expect(filtered.items).toEqual([]);
    const all = (await t.http.get(`/api/commissions/${commissionId}/milestones?pageSize=100`).set('Authorization', as.cpc).expect(200))
      .body as Page<Milestone>;
    const titles = all.items.map((m) => m.title);
    expect(titles).toContain('Hito de COVID');
    expect(titles).not.toContain('Hito de la vitrina');
    expect(all.items.filter((m) => m.groupId === null)).toHaveLength(8);
    const forChair = (await t.http.get(`/api/commissions/${commissionId}/milestones?pageSize=100`).set('Authorization', as.chair)).body;
    expect(forChair.items.map((m: Milestone) => m.title)).toContain('Hito de la vitrina');
  });

  it('keeps join-request messages and answers out of the activity that members who do not coordinate read', async () => {
    const asked = (
      await t.http
        .post(`/api/groups/${covid().id}/join-requests`)
        .set('Authorization', as.secretary)
        .send({ message: 'Mensaje para la coordinación' })
        .expect(201)
    ).body as JoinRequest;
    await t.http
      .post(`/api/groups/${covid().id}/join-requests/${asked.id}/decline`)
      .set('Authorization', as.chair)
      .send({ reason: 'Razón privada' })
      .expect(200);
    const kinds = ['join_requested', 'join_declined'];
    const forPartner = (await activity(covid().id, 'cpc')).items.filter((e) => kinds.includes(e.kind));
    expect(forPartner.map((e) => [e.kind, e.detail, e.answer])).toEqual([
      ['join_declined', null, null],
      ['join_requested', null, null],
    ]);
    const forChair = (await activity(covid().id, 'chair')).items.filter((e) => kinds.includes(e.kind));
    expect(forChair.map((e) => [e.detail, e.answer])).toEqual([
      [null, { decision: 'declined', reason: 'Razón privada' }],
      ['Mensaje para la coordinación', null],
    ]);
  });

  it('answers two coordinators accepting the same request at once with one acceptance and one 409', async () => {
    const asked = (await t.http.post(`/api/groups/${covid().id}/join-requests`).set('Authorization', as.secretary).send({}).expect(201))
      .body as JoinRequest;
    const accept = () => t.http.post(`/api/groups/${covid().id}/join-requests/${asked.id}/accept`).set('Authorization', as.chair).send({});
    const statuses = (await Promise.all([accept(), accept()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect((await activity(covid().id, 'chair')).items.filter((e) => e.kind === 'join_accepted')).toHaveLength(1);
    expect((await members(covid().id)).items.filter((m) => m.person.id === ids.secretary)).toHaveLength(1);
  });

  it('never leaves a group without a coordinator when two step back at once', async () => {
    const group = await newGroup('Dos coordinaciones', [ids.chair, ids.secretary]);
    const list = (await members(group.id)).items;
    const stepBack = (m: GroupMember) =>
      t.http.patch(`/api/groups/${group.id}/members/${m.id}`).set('Authorization', as.chair).send({ role: 'member' });
    const statuses = (await Promise.all(list.map(stepBack))).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect((await members(group.id)).items.filter((m) => m.role === 'coordinator')).toHaveLength(1);
  });

  it('answers 404 when a request or a member of another group is reached through this group’s address', async () => {
    const asked = (await t.http.post(`/api/groups/${vitrina().id}/join-requests`).set('Authorization', as.outsider).send({}).expect(201))
      .body as JoinRequest;
    for (const action of ['accept', 'decline']) {
      await t.http
        .post(`/api/groups/${covid().id}/join-requests/${asked.id}/${action}`)
        .set('Authorization', as.chair)
        .send({})
        .expect(404);
    }
    const stillPending = (await t.http.get(`/api/groups/${vitrina().id}/join-requests?status=pending`).set('Authorization', as.chair)).body;
    expect(stillPending.items.map((r: JoinRequest) => r.id)).toContain(asked.id);
    const covidMember = (await members(covid().id)).items.find((m) => m.role === 'member') as GroupMember;
    await t.http
      .patch(`/api/groups/${vitrina().id}/members/${covidMember.id}`)
      .set('Authorization', as.chair)
      .send({ role: 'coordinator' })
      .expect(404);
    await t.http.delete(`/api/groups/${vitrina().id}/members/${covidMember.id}`).set('Authorization', as.chair).expect(404);
    expect((await members(covid().id)).items.find((m) => m.id === covidMember.id)).toMatchObject({ role: 'member' });
  });

  it('lets only the chair (or an admin) delete a group: a coordinator and a partner get a 403', async () => {
    const group = await newGroup('Para borrar', [ids.secretary]);
    await t.http.delete(`/api/groups/${group.id}`).set('Authorization', as.secretary).expect(403);
    await t.http.delete(`/api/groups/${covid().id}`).set('Authorization', as.cpc).expect(403);
    await t.http.delete(`/api/groups/${covid().id}`).set('Authorization', as.partner).expect(403);
    await t.http.delete(`/api/groups/${group.id}`).set('Authorization', as.chair).expect(204);
  });

  it('answers 404 to an admin creating a group or a milestone in an unknown commission', async () => {
    await t.http
      .post(`/api/commissions/${NO_SUCH}/groups`)
      .set('Authorization', as.admin)
      .send({ name: 'Sin comisión', purpose: 'x', coordinatorIds: [ids.chair] })
      .expect(404);
    await t.http
      .post(`/api/commissions/${NO_SUCH}/milestones`)
      .set('Authorization', as.admin)
      .send({ title: 'Sin comisión', dueOn: '2030-01-01' })
      .expect(404);
  });

  it('takes no member changes in an archived group (409)', async () => {
    const group = await newGroup('Para archivar', [ids.chair, ids.secretary]);
    await t.http
      .post(`/api/groups/${group.id}/members`)
      .set('Authorization', as.chair)
      .send({ personId: ids.commissioner, role: 'member' })
      .expect(201);
    await t.http.post(`/api/groups/${group.id}/archive`).set('Authorization', as.chair).expect(200);
    const list = (await members(group.id)).items;
    const commissioner = list.find((m) => m.person.id === ids.commissioner) as GroupMember;
    const secretary = list.find((m) => m.person.id === ids.secretary) as GroupMember;
    const codes = [
      await t.http.post(`/api/groups/${group.id}/members`).set('Authorization', as.chair).send({ personId: ids.outsider, role: 'member' }),
      await t.http.patch(`/api/groups/${group.id}/members/${secretary.id}`).set('Authorization', as.chair).send({ role: 'member' }),
      await t.http.delete(`/api/groups/${group.id}/members/${secretary.id}`).set('Authorization', as.chair),
      await t.http.delete(`/api/groups/${group.id}/members/${commissioner.id}`).set('Authorization', as.commissioner),
    ].map((r) => [r.status, r.body.code]);
    expect(codes).toEqual(Array(4).fill([409, 'group_archived']));
    await t.http
      .patch(`/api/groups/${group.id}/members/${secretary.id}`)
      .set('Authorization', as.commissioner)
      .send({ role: 'member' })
      .expect(403);
  });

  it('refuses to add the same partner organization twice with its own 409', async () => {
    const gesoc = (await t.http.get(`/api/groups/${covid().id}`).set('Authorization', as.chair)).body.partnerOrganizations.find(
      (o: { shortName: string }) => o.shortName === 'GESOC',
    );
    const again = await t.http
      .post(`/api/groups/${covid().id}/partner-organizations`)
      .set('Authorization', as.chair)
      .send({ organizationId: gesoc.id })
      .expect(409);
    expect(again.body.code).toBe('group_partner_organization_added');
  });
});
