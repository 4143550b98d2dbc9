import { CommissionMember, Page } from '@cocrea/contracts';
import { startAsSecretary, TestApp } from '../testing/test-app';

describe('commissions and members', () => {
  let t: TestApp;
  let secretary: string;
  let commissionId: string;
  beforeAll(async () => ({ t, secretary, commissionId } = await startAsSecretary()));
  afterAll(() => t?.close());

  const members = async (query: string) =>
    (await t.http.get(`/api/commissions/${commissionId}/members?${query}`).set('Authorization', secretary).expect(200))
      .body as Page<CommissionMember>;

  it('describes the commission with its count of current members', async () => {
    const commission = (await t.http.get(`/api/commissions/${commissionId}`).set('Authorization', secretary).expect(200)).body;
    expect(commission).toMatchObject({
      name: 'Comisión de Gobierno Abierto y de Transparencia Proactiva',
      quorumFraction: 0.5,
      memberCount: 43,
    });
  });

  it('lists current members by default and former ones on request', async () => {
    expect((await members('pageSize=100')).items.some((m) => m.person.name === 'Pedro Delfino Arzeta García')).toBe(false);
    expect((await members('status=former')).items.map((m) => m.person.name)).toEqual(['Pedro Delfino Arzeta García']);
    expect((await members('status=all')).total).toBe(44);
  });

  it('filters by state and by role', async () => {
    expect((await members('state=Nuevo León')).items.map((m) => m.person.name)).toEqual([
      'Francisco Reynaldo Guajardo',
      'Jorge Alberto Ylizaliturri Guerrero',
      'María de los Ángeles Guzmán García',
      'María Teresa Treviño Fernández',
    ]);
    expect((await members('role=secretary')).items.map((m) => m.person.name)).toEqual(['Luis Gustavo Parra Noriega']);
  });

  it('paginates with a total and no overlap between pages', async () => {
    const first = await members('page=1&pageSize=20');
    const third = await members('page=3&pageSize=20');
    expect(first.total).toBe(43);
    expect(first.items).toHaveLength(20);
    expect(third.items).toHaveLength(3);
    expect(new Set([...first.items, ...third.items].map((m) => m.id)).size).toBe(23);
  });

  it('adds a member once; a second time is a 409', async () => {
    const [person] = (await t.http.get('/api/people?q=Victoria Alsina').set('Authorization', secretary)).body.items;
    const added = await t.http
      .post(`/api/commissions/${commissionId}/members`)
      .set('Authorization', secretary)
      .send({ personId: person.id, role: 'observer' })
      .expect(201);
    expect(added.body).toMatchObject({ role: 'observer', votes: false, active: true, person: { name: 'Victoria Alsina Burgués' } });
    const again = await t.http
      .post(`/api/commissions/${commissionId}/members`)
      .set('Authorization', secretary)
      .send({ personId: person.id, role: 'commissioner' })
      .expect(409);
    expect(again.body.code).toBe('already_member');
    expect((await members('role=observer')).total).toBe(1);
  });

  it('counts a member from their first day to their last, inclusive', async () => {
    const [person] = (await t.http.get('/api/people?q=Raúl Cazares').set('Authorization', secretary)).body.items;
    const added = await t.http
      .post(`/api/commissions/${commissionId}/members`)
      .set('Authorization', secretary)
      .send({ personId: person.id, role: 'commissioner', since: '2099-01-01' })
      .expect(201);
    expect(added.body.active).toBe(false);
    expect((await members('q=Cazares')).total).toBe(0);
    const raul = await t.login('raul.cazares@demo.cocrea.mx');
    expect((await t.http.get('/api/auth/me').set('Authorization', raul)).body.commissions).toEqual([]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
    await t.http
      .patch(`/api/commissions/${commissionId}/members/${added.body.id}`)
      .set('Authorization', secretary)
      .send({ until: null })
      .expect(200);
    const [gilda] = (await members('q=Gilda Segovia')).items;
    const lastDay = await t.http
      .patch(`/api/commissions/${commissionId}/members/${gilda.id}`)
      .set('Authorization', secretary)
      .send({ until: today })
      .expect(200);
    expect(lastDay.body.active).toBe(true);
    await t.http
      .patch(`/api/commissions/${commissionId}/members/${gilda.id}`)
      .set('Authorization', secretary)
      .send({ until: null })
      .expect(200);
  });

  it('reads one member, and 404 for a member of no such id', async () => {
    const [chair] = (await members('role=chair')).items;
    const one = await t.http.get(`/api/commissions/${commissionId}/members/${chair.id}`).set('Authorization', secretary).expect(200);
    expect(one.body).toMatchObject({ role: 'chair', person: { name: 'María del Carmen Nava Polina' } });
    await t.http
      .get(`/api/commissions/${commissionId}/members/5b0e8c1d-2f3a-4b5c-8d6e-7f8091a2b3c4`)
      .set('Authorization', secretary)
      .expect(404);
  });

  it('records that a member left, and refuses an end before the start', async () => {
    const [member] = (await members('q=Villar Pinto')).items;
    await t.http
      .patch(`/api/commissions/${commissionId}/members/${member.id}`)
      .set('Authorization', secretary)
      .send({ until: '2019-01-01' })
      .expect(400);
    const updated = await t.http
      .patch(`/api/commissions/${commissionId}/members/${member.id}`)
      .set('Authorization', secretary)
      .send({ until: '2021-06-30' })
      .expect(200);
    expect(updated.body).toMatchObject({ until: '2021-06-30', active: false });
  });

  it('exports the members of a state as CSV and JSON', async () => {
    const csv = await t.http
      .get(`/api/commissions/${commissionId}/members/export?state=Yucat%C3%A1n`)
      .set('Authorization', secretary)
      .expect(200);
    const lines = csv.text.slice(1).trim().split('\n');
    expect(lines[0]).toBe('member_id,person_id,name,role,votes,organization,state,since,until,active');
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual([
      'Aldrin Martín Briceño Conrado',
      'Carlos Fernando Pavón Duran',
      'María Gilda Segovia Chab',
    ]);
    const json = await t.http
      .get(`/api/commissions/${commissionId}/members/export?format=json&role=chair`)
      .set('Authorization', secretary)
      .expect(200);
    expect(JSON.parse(json.text)).toEqual([expect.objectContaining({ name: 'María del Carmen Nava Polina', role: 'chair', votes: true })]);
  });

  it('answers 404 for a commission that does not exist', async () => {
    await t.http.get('/api/commissions/0b6f3c5e-2d4a-4e8f-9a1b-3c5d7e9f1a2b/members').set('Authorization', secretary).expect(404);
  });
});
