import { Deliverable, GroupEvent, GroupsDashboard, Page, WorkingGroup } from '@cocrea/contracts';
import { addDays, commissionDay } from '@cocrea/domain';
import { samplePdf } from '../testing/sample-files';
import { DEMO, startSeededOnServerIfAvailable, TestApp } from '../testing/test-app';

/** A member of group 1 ("Apertura en COVID-19") who does not coordinate it. */
const COVID_MEMBER = 'oscar.guerra@demo.cocrea.mx';

/** Inputs that can never be answered, the dashboard's horizon, cross-deliverable ids, other people's files and races. */
describe('deliverables: isolation, dashboard and races', () => {
  let t: TestApp;
  let covid: WorkingGroup;
  const as: Record<string, string> = {};

  beforeAll(async () => {
    t = await startSeededOnServerIfAvailable();
    for (const [who, email] of Object.entries({ ...DEMO, covidMember: COVID_MEMBER })) as[who] = await t.login(email);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', as.chair)).body.items[0].id;
    const groups = (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.chair)).body
      .items as WorkingGroup[];
    covid = groups.find((g) => g.name === 'Apertura en COVID-19') as WorkingGroup;
  });
  afterAll(() => t?.close());

  const create = async (title: string, extra: Record<string, unknown> = {}) =>
    (
      await t.http
        .post(`/api/groups/${covid.id}/deliverables`)
        .set('Authorization', as.chair)
        .send({ title, kind: 'other', ...extra })
        .expect(201)
    ).body as Deliverable;
  const submit = async (deliverable: Deliverable, title: string) => {
    const response = await t.http
      .post(`/api/deliverables/${deliverable.id}/inputs`)
      .set('Authorization', as.covidMember)
      .send({ title, body: 'Texto' })
      .expect(201);
    return (response.body as Deliverable).inputs.find((i) => i.title === title) as Deliverable['inputs'][number];
  };
  const dashboard = async () =>
    (await t.http.get('/api/groups/dashboard').set('Authorization', as.chair).expect(200)).body as GroupsDashboard;
  const activity = async () =>
    (await t.http.get(`/api/groups/${covid.id}/activity?pageSize=100`).set('Authorization', as.chair).expect(200)).body as Page<GroupEvent>;

  it('drops the inputs of a cancelled deliverable from the dashboard: nobody can answer them any more', async () => {
    const deliverable = await create('Producto que se cancela');
    const input = await submit(deliverable, 'Insumo sin respuesta');
    expect((await dashboard()).inputsToReview.map((i) => i.id)).toContain(input.id);
    await t.http
      .post(`/api/deliverables/${deliverable.id}/status`)
      .set('Authorization', as.chair)
      .send({ status: 'cancelled' })
      .expect(200);
    expect((await dashboard()).inputsToReview.map((i) => i.id)).not.toContain(input.id);
  });

  it('counts the next 30 days as due soon, today included, and leaves commitment milestones without a group', async () => {
    const today = commissionDay();
    await create('Vence el día 30', { dueOn: addDays(today, 29) });
    await create('Vence el día 31', { dueOn: addDays(today, 30) });
    const board = await dashboard();
    const soon = board.dueSoon.map((i) => i.title);
    expect(soon).toContain('Vence el día 30');
    expect(soon).not.toContain('Vence el día 31');
    const commitment = board.overdue.find((i) => i.kind === 'milestone' && i.title.startsWith('Compromiso 13'));
    expect(commitment).toMatchObject({ groupId: null, groupName: null });
  });

  it('answers 404 when an input is answered or revised through another deliverable’s address', async () => {
    const first = await create('Primero');
    const second = await create('Segundo');
    const input = await submit(first, 'Insumo del primero');
    await t.http
      .post(`/api/deliverables/${second.id}/inputs/${input.id}/review`)
      .set('Authorization', as.chair)
      .send({ decision: 'accepted', reason: 'Bien' })
      .expect(404);
    await t.http
      .patch(`/api/deliverables/${second.id}/inputs/${input.id}`)
      .set('Authorization', as.covidMember)
      .send({ body: 'Otro' })
      .expect(404);
    const unchanged = (await t.http.get(`/api/deliverables/${first.id}`).set('Authorization', as.chair)).body as Deliverable;
    expect(unchanged.inputs[0]).toMatchObject({ status: 'pending', body: 'Texto' });
  });

  it('answers two answers to the same input at once with one answer and one 409', async () => {
    const deliverable = await create('Con dos respuestas');
    const input = await submit(deliverable, 'Insumo disputado');
    const answer = (decision: string) =>
      t.http
        .post(`/api/deliverables/${deliverable.id}/inputs/${input.id}/review`)
        .set('Authorization', as.chair)
        .send({ decision, reason: `Respuesta ${decision}` });
    const statuses = (await Promise.all([answer('accepted'), answer('declined')])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect((await activity()).items.filter((e) => e.kind === 'input_reviewed' && e.subject === 'Insumo disputado')).toHaveLength(1);
  });

  it('applies two identical status moves at once only once', async () => {
    const deliverable = await create('Se mueve dos veces');
    const move = () =>
      t.http.post(`/api/deliverables/${deliverable.id}/status`).set('Authorization', as.chair).send({ status: 'in_progress' });
    const statuses = (await Promise.all([move(), move()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const history = ((await t.http.get(`/api/deliverables/${deliverable.id}`).set('Authorization', as.chair)).body as Deliverable).history;
    expect(history.map((h) => h.to)).toEqual(['planned', 'in_progress']);
  });

  it('links only files the caller uploaded (someone else’s is a 404), and keeps files already linked', async () => {
    const upload = async (who: string) =>
      (await t.http.post('/api/attachments').set('Authorization', as[who]).attach('file', samplePdf(who), `${who}.pdf`).expect(201)).body
        .id as string;
    const chairs = await upload('chair');
    const members = await upload('covidMember');
    const deliverable = await create('Con archivos', { attachmentIds: [chairs] });
    await t.http
      .post(`/api/deliverables/${deliverable.id}/inputs`)
      .set('Authorization', as.covidMember)
      .send({ title: 'Con archivo ajeno', body: 'x', attachmentIds: [chairs] })
      .expect(404);
    await t.http
      .post(`/api/deliverables/${deliverable.id}/inputs`)
      .set('Authorization', as.covidMember)
      .send({ title: 'Con archivo propio', body: 'x', attachmentIds: [members] })
      .expect(201);
    await t.http
      .post(`/api/groups/${covid.id}/deliverables`)
      .set('Authorization', as.chair)
      .send({ title: 'Ajeno', kind: 'other', attachmentIds: [members] })
      .expect(404);
    const secretary = await upload('secretary');
    await t.http
      .patch(`/api/deliverables/${deliverable.id}`)
      .set('Authorization', as.chair)
      .send({ attachmentIds: [chairs, secretary] })
      .expect(404);
    await t.http
      .patch(`/api/deliverables/${deliverable.id}`)
      .set('Authorization', as.admin)
      .send({ attachmentIds: [chairs] })
      .expect(200);
  });

  it('stores an emptied description as none, as creation does', async () => {
    const deliverable = await create('Con descripción', { description: 'Algo' });
    const edited = (
      await t.http.patch(`/api/deliverables/${deliverable.id}`).set('Authorization', as.chair).send({ description: '' }).expect(200)
    ).body as Deliverable;
    expect(edited.description).toBeNull();
  });
});
