import { Organization, Page } from '@cocrea/contracts';
import { startAsSecretary, TestApp } from '../testing/test-app';

describe('organizations', () => {
  let t: TestApp;
  let secretary: string;
  beforeAll(async () => ({ t, secretary } = await startAsSecretary()));
  afterAll(() => t?.close());

  const list = async (query: string) =>
    (await t.http.get(`/api/organizations?${query}`).set('Authorization', secretary).expect(200)).body as Page<Organization>;

  it('creates, reads and updates an organization', async () => {
    const created = await t.http
      .post('/api/organizations')
      .set('Authorization', secretary)
      .send({ name: 'Transparencia Mexicana', shortName: 'TM', kind: 'civil_society', state: 'Ciudad de México' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Transparencia Mexicana', kind: 'civil_society', state: 'Ciudad de México' });
    const updated = await t.http
      .patch(`/api/organizations/${created.body.id}`)
      .set('Authorization', secretary)
      .send({ state: null })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Transparencia Mexicana', state: null, shortName: 'TM' });
    expect((await t.http.get(`/api/organizations/${created.body.id}`).set('Authorization', secretary)).body.state).toBeNull();
  });

  it('refuses a second organization with the same name with 409, keeping the first', async () => {
    const response = await t.http
      .post('/api/organizations')
      .set('Authorization', secretary)
      .send({ name: 'GESOC', kind: 'academia' })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'organization_name_taken', detail: 'Ya existe una organización llamada «GESOC».' });
    expect((await list('q=GESOC')).items).toEqual([expect.objectContaining({ name: 'GESOC', kind: 'civil_society' })]);
  });

  it('lists organizations in Spanish order, accented initials among their letters', async () => {
    for (const name of [
      'Zacatecas Abierto (orden)',
      'Órgano Garante (orden)',
      'Ñandú Cívico (orden)',
      'Oficina Nacional (orden)',
      'Academia (orden)',
    ]) {
      await t.http.post('/api/organizations').set('Authorization', secretary).send({ name, kind: 'civil_society' }).expect(201);
    }
    expect((await list('q=(orden)')).items.map((o) => o.name)).toEqual([
      'Academia (orden)',
      'Ñandú Cívico (orden)',
      'Oficina Nacional (orden)',
      'Órgano Garante (orden)',
      'Zacatecas Abierto (orden)',
    ]);
  });

  it('filters by kind and by state', async () => {
    const guarantors = await list('kind=guarantor&pageSize=100');
    expect(guarantors.items.every((o) => o.kind === 'guarantor')).toBe(true);
    // The 22 states of the roll call, plus Ciudad de México (the chair's).
    expect(guarantors.total).toBe(23);
    expect((await list('state=Jalisco')).items.map((o) => o.name)).toEqual(['Organismo garante de transparencia de Jalisco']);
  });

  it('paginates in a stable order', async () => {
    const all = await list('pageSize=100');
    const first = await list('page=1&pageSize=5');
    const second = await list('page=2&pageSize=5');
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((o) => o.id)).toEqual(all.items.slice(0, 10).map((o) => o.id));
    expect((await list(`page=${Math.ceil(all.total / 5) + 1}&pageSize=5`)).items).toEqual([]);
  });

  it('searches without regard to accents or case', async () => {
    expect((await list('q=NUCLEO')).items.map((o) => o.shortName)).toEqual(['NOSC de la AGA México']);
    expect((await list('q=michoacan')).items).toHaveLength(1);
  });

  it('exports the filtered list as CSV with a BOM and as JSON', async () => {
    const csv = await t.http.get('/api/organizations/export?format=csv&kind=academia').set('Authorization', secretary).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="organizations-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.slice(1).split('\n')[0]).toBe('id,name,short_name,kind,state');
    expect(csv.text).toContain('"GovLab, New York University",GovLab,academia,');
    const json = await t.http.get('/api/organizations/export?format=json&kind=academia').set('Authorization', secretary).expect(200);
    expect(JSON.parse(json.text)).toEqual([expect.objectContaining({ name: 'GovLab, New York University', kind: 'academia' })]);
  });
});
