import { Page, PersonDetail, PersonEntry } from '@cocrea/contracts';
import { DEMO, startAsSecretary, TestApp } from '../testing/test-app';

describe('people', () => {
  let t: TestApp;
  let secretary: string;
  beforeAll(async () => ({ t, secretary } = await startAsSecretary()));
  afterAll(() => t?.close());

  const list = async (query: string) =>
    (await t.http.get(`/api/people?${query}`).set('Authorization', secretary).expect(200)).body as Page<PersonEntry>;

  it('creates a person who can then log in, and never returns the password hash', async () => {
    const org = (await t.http.get('/api/organizations?q=GESOC').set('Authorization', secretary)).body.items[0];
    const created = await t.http
      .post('/api/people')
      .set('Authorization', secretary)
      .send({ name: 'Ana Pérez López', email: 'Ana.Perez@Example.org', organizationId: org.id, password: 'una-clave-larga' })
      .expect(201);
    expect(created.body).toMatchObject({ email: 'ana.perez@example.org', organization: { name: 'GESOC' }, locale: 'es-MX' });
    expect(JSON.stringify(created.body)).not.toMatch(/hash|argon/i);
    await t.login('ana.perez@example.org', 'una-clave-larga');
  });

  it('refuses a duplicate email whatever its case with 409', async () => {
    const response = await t.http
      .post('/api/people')
      .set('Authorization', secretary)
      .send({ name: 'Otra Persona', email: DEMO.chair.toUpperCase() })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'email_taken' });
  });

  it('refuses an organization that does not exist with 400 naming the field', async () => {
    const response = await t.http
      .post('/api/people')
      .set('Authorization', secretary)
      .send({ name: 'Sin Organización', email: 'sin.org@example.org', organizationId: '7a0c3a52-9e1f-4b0b-9d7e-8a4c1b2d3e4f' })
      .expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ path: 'organizationId', message: 'No existe esa organización.' })]);
    expect((await list('q=sin.org')).total).toBe(0);
  });

  it('filters by state through the organization and searches without accents', async () => {
    expect((await list('state=Durango')).items.map((p) => p.name).sort()).toEqual([
      'Luz María Mariscal Cárdenas',
      'Paulina Elizabeth Compean Torres',
      'Ruvalcaba',
    ]);
    expect((await list('q=jose alfredo')).items.map((p) => p.name)).toEqual(['José Alfredo Beltrán Estrada']);
  });

  it('lists people in Spanish order: accents and case do not send a name to the end, José before Josefina', async () => {
    for (const name of [
      'Zoe Ibarra',
      'ávila Ruiz',
      'Ñuño Pérez',
      'Josefina Luna',
      'Ángel Soto',
      'José Luis Mora',
      'Nora Vega',
      'Beatriz Díaz',
    ]) {
      const email = `${name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\W/g, '.').toLowerCase()}@orden.example`;
      await t.http.post('/api/people').set('Authorization', secretary).send({ name, email }).expect(201);
    }
    expect((await list('q=orden.example')).items.map((p) => p.name)).toEqual([
      'Ángel Soto',
      'ávila Ruiz',
      'Beatriz Díaz',
      'José Luis Mora',
      'Josefina Luna',
      'Nora Vega',
      'Ñuño Pérez',
      'Zoe Ibarra',
    ]);
  });

  it('offers only people who take part unless asked for the deactivated or everyone', async () => {
    const admin = await t.login(DEMO.admin);
    const [person] = (await list('q=Ana%20P%C3%A9rez')).items;
    await t.http.post(`/api/people/${person.id}/deactivate`).set('Authorization', admin).expect(200);
    expect((await list('q=Ana%20P%C3%A9rez')).items).toEqual([]);
    expect((await list('q=Ana%20P%C3%A9rez&status=deactivated')).items).toEqual([
      expect.objectContaining({ id: person.id, active: false }),
    ]);
    expect((await list('q=Ana%20P%C3%A9rez&status=all')).items).toEqual([expect.objectContaining({ id: person.id, active: false })]);
    await t.http.post(`/api/people/${person.id}/reactivate`).set('Authorization', admin).expect(200);
    expect((await list('q=Ana%20P%C3%A9rez')).items).toEqual([expect.objectContaining({ id: person.id, active: true })]);
  });

  it('shows a person with their memberships in every commission, and 404 for an unknown id', async () => {
    const [pedro] = (await list('q=Arzeta')).items;
    const detail = (await t.http.get(`/api/people/${pedro.id}`).set('Authorization', secretary).expect(200)).body as PersonDetail;
    expect(detail.memberships).toEqual([
      expect.objectContaining({ role: 'commissioner', until: '2021-02-08', active: false }),
      expect.objectContaining({ commissionName: 'Comisión de Archivos y Gestión Documental', role: 'commissioner', active: true }),
    ]);
    const missing = await t.http.get('/api/people/6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b').set('Authorization', secretary).expect(404);
    expect(missing.body.detail).toBe('No existe una persona con ese identificador.');
  });

  it('lets the secretary update a profile', async () => {
    const [jorge] = (await list('q=Jorge Contreras')).items;
    await t.http
      .patch(`/api/people/${jorge.id}`)
      .set('Authorization', secretary)
      .send({ title: 'Director de Gobierno Abierto' })
      .expect(200);
    expect((await list('q=Jorge Contreras')).items[0].title).toBe('Director de Gobierno Abierto');
  });

  it('keeps credentials and admin accounts out of the secretary’s reach', async () => {
    const [admin] = (await list('q=admin@demo')).items;
    const [claudia] = (await list('q=Claudia Arteaga')).items;
    const attempts = [
      [admin.id, { password: 'tomada-por-la-secretaria' }],
      [admin.id, { title: 'Otra' }],
      [claudia.id, { password: 'tomada-por-la-secretaria' }],
      [claudia.id, { email: 'secretaria@example.org' }],
    ] as const;
    for (const [id, changes] of attempts) {
      const response = await t.http.patch(`/api/people/${id}`).set('Authorization', secretary).send(changes).expect(403);
      expect(response.body.code).toBe('forbidden');
    }
    await t.login(DEMO.admin);
    await t.login(claudia.email);
  });

  it('lets an admin reset a password, which ends the person’s open sessions', async () => {
    const admin = await t.login(DEMO.admin);
    const [jorge] = (await list('q=Jorge Contreras')).items;
    const before = await t.login(jorge.email);
    await t.http.patch(`/api/people/${jorge.id}`).set('Authorization', admin).send({ password: 'nueva-clave-2021' }).expect(200);
    await t.http.get('/api/auth/me').set('Authorization', before).expect(401);
    await t.login(jorge.email, 'nueva-clave-2021');
  });

  it('exports people as CSV', async () => {
    const csv = await t.http.get('/api/people/export?state=Jalisco').set('Authorization', secretary).expect(200);
    const lines = csv.text.slice(1).trim().split('\n');
    expect(lines[0]).toBe('id,name,email,title,organization,state,active');
    expect(lines).toHaveLength(1 + 4);
  });
});
