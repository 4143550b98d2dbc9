import { Deliverable, DeliverableInput, DeliverableSummary, GroupsDashboard, Page, WorkingGroup } from '@cocrea/contracts';
import { samplePdf } from '../testing/sample-files';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const NO_SUCH = '5b0e8c1d-2f3a-4b5c-8d6e-7f8091a2b3c4';
const REPORT = 'Reporte de buenas prácticas de transparencia proactiva por COVID-19';
const REPOSITORY = 'Repositorio electrónico público con la evidencia de los trabajos y productos de la Comisión';
/** A member of group 1 ("Apertura en COVID-19") who does not coordinate it. */
const COVID_MEMBER = 'oscar.guerra@demo.cocrea.mx';

describe('deliverables and inputs', () => {
  let t: TestApp;
  const as: Record<string, string> = {};
  const groups: Record<string, WorkingGroup> = {};
  const deliverables: Record<string, DeliverableSummary> = {};

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    for (const [who, email] of Object.entries({ ...DEMO, covidMember: COVID_MEMBER })) as[who] = await t.login(email);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', as.chair)).body.items[0].id;
    for (const g of (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', as.chair)).body
      .items as WorkingGroup[]) {
      groups[g.name] = g;
      const list = (await t.http.get(`/api/groups/${g.id}/deliverables`).set('Authorization', as.chair).expect(200))
        .body as Page<DeliverableSummary>;
      for (const d of list.items) deliverables[d.title] = d;
    }
  });
  afterEach(() => t.clock.release());
  afterAll(() => t?.close());

  const covid = () => groups['Apertura en COVID-19'];
  const vitrina = () => groups['Vitrina de apertura y transparencia proactiva'];
  const get = async (id: string, who = 'chair') =>
    (await t.http.get(`/api/deliverables/${id}`).set('Authorization', as[who]).expect(200)).body as Deliverable;

  it('lists the seed’s deliverables with kinds, statuses and progress measured by their status', () => {
    expect(Object.keys(deliverables)).toHaveLength(11);
    expect(deliverables[REPORT]).toMatchObject({
      kind: 'report',
      status: 'in_progress',
      progress: 25,
      progressBasis: 'status',
      inputCount: 4,
      pendingInputCount: 2,
    });
    expect(deliverables['Mapeo de los ejercicios locales de apertura']).toMatchObject({ kind: 'mapping', status: 'planned', progress: 0 });
    expect(deliverables['Diagnóstico de la situación de apertura en las entidades federativas']).toMatchObject({
      kind: 'diagnosis',
      dueOn: '2021-05-31',
      overdue: true,
    });
    expect(deliverables[REPORT].overdue).toBe(false);
  });

  it('counts a deliverable overdue from the day after its due day in Mexico City, by the api clock', async () => {
    const diagnosis = deliverables['Diagnóstico de la situación de apertura en las entidades federativas'];
    t.clock.set('2021-05-31T23:30:00-05:00');
    expect((await get(diagnosis.id)).overdue).toBe(false);
    t.clock.set('2021-06-01T00:30:00-05:00');
    expect((await get(diagnosis.id)).overdue).toBe(true);
    t.clock.release();
  });

  it('shows a deliverable with its inputs, their authors and organizations, reasons and status history', async () => {
    const report = await get(deliverables[REPORT].id, 'partner');
    expect(report.inputs.map((i) => [i.author.name, i.organization?.shortName ?? i.organization?.name, i.status])).toEqual([
      ['Oscar Mauricio Guerra Ford', 'INAI', 'accepted'],
      ['Javier Moro', 'GESOC', 'pending'],
      ['María de los Ángeles Ducoing Valdepeña', 'Organismo garante de transparencia de Guanajuato', 'accepted'],
      ['Raúl Cazares Urban', 'Red Nacional de CPC', 'pending'],
    ]);
    expect(report.inputs[0].reason).toMatch(/micrositio de vacunación/);
    expect(report.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'planned'],
      ['planned', 'in_progress'],
    ]);
    expect(report).toMatchObject({ groupName: 'Apertura en COVID-19', abilities: { manage: false, submitInput: true } });
  });

  it('answers 404 for an unknown deliverable, 403 for someone outside the commission and its groups', async () => {
    await t.http.get(`/api/deliverables/${NO_SUCH}`).set('Authorization', as.chair).expect(404);
    await t.http.get(`/api/deliverables/${deliverables[REPORT].id}`).set('Authorization', as.representative).expect(403);
    await t.http.get(`/api/groups/${covid().id}/deliverables`).set('Authorization', as.representative).expect(403);
  });

  describe('creating and editing', () => {
    let created: Deliverable;

    it('lets a coordinator create a deliverable with owner, contributors, due date and a file', async () => {
      const file = (
        await t.http.post('/api/attachments').set('Authorization', as.chair).attach('file', samplePdf('Plan'), 'plan.pdf').expect(201)
      ).body;
      const me = (await t.http.get('/api/auth/me').set('Authorization', as.covidMember)).body;
      const response = await t.http
        .post(`/api/groups/${covid().id}/deliverables`)
        .set('Authorization', as.chair)
        .send({
          title: 'Boletín COVID de marzo',
          kind: 'bulletin',
          ownerId: me.id,
          contributorIds: [me.id],
          dueOn: '2030-03-31',
          attachmentIds: [file.id],
        })
        .expect(201);
      created = response.body;
      expect(created).toMatchObject({
        status: 'planned',
        progress: 0,
        owner: { name: 'Oscar Mauricio Guerra Ford' },
        contributors: [{ name: 'Oscar Mauricio Guerra Ford' }],
        attachments: [{ filename: 'plan.pdf', mediaType: 'application/pdf' }],
        abilities: { manage: true },
      });
    });

    it.each([
      ['a member', 'covidMember'],
      ['a partner', 'partner'],
      ['a commissioner outside the group', 'commissioner'],
    ])('refuses creation to %s (403)', async (_, who) => {
      await t.http
        .post(`/api/groups/${covid().id}/deliverables`)
        .set('Authorization', as[who])
        .send({ title: 'Otro producto', kind: 'other' })
        .expect(403);
    });

    it('refuses a kind it does not know (400), an unknown file (404) and an unknown group (404)', async () => {
      await t.http
        .post(`/api/groups/${covid().id}/deliverables`)
        .set('Authorization', as.chair)
        .send({ title: 'Producto', kind: 'poster' })
        .expect(400);
      const dated = await t.http
        .post(`/api/groups/${covid().id}/deliverables`)
        .set('Authorization', as.chair)
        .set('Accept-Language', 'en')
        .send({ title: 'Producto', kind: 'other', dueOn: '1999-06-30' })
        .expect(400);
      expect(dated.body.errors).toEqual([expect.objectContaining({ path: 'dueOn', message: expect.stringContaining('January 1, 2000') })]);
      await t.http
        .post(`/api/groups/${covid().id}/deliverables`)
        .set('Authorization', as.chair)
        .send({ title: 'Producto', kind: 'other', attachmentIds: [NO_SUCH] })
        .expect(404);
      await t.http
        .post(`/api/groups/${NO_SUCH}/deliverables`)
        .set('Authorization', as.chair)
        .send({ title: 'Producto', kind: 'other' })
        .expect(404);
    });

    it('lets a coordinator edit it, and nobody else', async () => {
      await t.http.patch(`/api/deliverables/${created.id}`).set('Authorization', as.covidMember).send({ dueOn: '2030-04-30' }).expect(403);
      const edited = await t.http
        .patch(`/api/deliverables/${created.id}`)
        .set('Authorization', as.chair)
        .send({ dueOn: '2030-04-30', description: 'Mensual' })
        .expect(200);
      expect(edited.body).toMatchObject({ dueOn: '2030-04-30', description: 'Mensual' });
      await t.http.patch(`/api/deliverables/${NO_SUCH}`).set('Authorization', as.chair).send({ dueOn: '2030-04-30' }).expect(404);
    });

    it('moves through its statuses with a history, and answers an invalid move with a bilingual 409', async () => {
      await t.http
        .post(`/api/deliverables/${created.id}/status`)
        .set('Authorization', as.covidMember)
        .send({ status: 'in_progress' })
        .expect(403);
      const invalid = await t.http
        .post(`/api/deliverables/${created.id}/status`)
        .set('Authorization', as.chair)
        .send({ status: 'delivered' })
        .expect(409);
      expect(invalid.body).toMatchObject({
        code: 'deliverable_invalid_transition',
        detail: 'Un producto no puede pasar de «planeado» a «entregado».',
        messages: { en: { detail: 'A deliverable cannot go from “planned” to “delivered”.' } },
      });
      for (const status of ['in_progress', 'in_review', 'delivered']) {
        await t.http
          .post(`/api/deliverables/${created.id}/status`)
          .set('Authorization', as.chair)
          .send({ status, note: `a ${status}` })
          .expect(200);
      }
      const delivered = await get(created.id);
      expect(delivered).toMatchObject({ status: 'delivered', progress: 100, abilities: { submitInput: false } });
      expect(delivered.history.map((h) => h.to)).toEqual(['planned', 'in_progress', 'in_review', 'delivered']);
      expect(delivered.history[3]).toMatchObject({
        from: 'in_review',
        note: 'a delivered',
        changedBy: { name: 'María del Carmen Nava Polina' },
      });
      await t.http.post(`/api/deliverables/${created.id}/status`).set('Authorization', as.chair).send({ status: 'cancelled' }).expect(409);
      const closed = await t.http
        .post(`/api/deliverables/${created.id}/inputs`)
        .set('Authorization', as.partner)
        .send({ title: 'Tarde', body: 'Llego tarde' })
        .expect(409);
      expect(closed.body.code).toBe('deliverable_closed');
      await t.http.post(`/api/deliverables/${created.id}/status`).set('Authorization', as.chair).send({ status: 'finished' }).expect(400);
    });
  });

  describe('inputs', () => {
    it('lets a GESOC partner submit an input with a PDF; a coordinator accepts it and progress stays with the work', async () => {
      const repository = deliverables[REPOSITORY];
      expect(repository.progress).toBe(0);
      const file = (
        await t.http
          .post('/api/attachments')
          .set('Authorization', as.partner)
          .attach('file', samplePdf('Propuesta'), 'propuesta-repositorio.pdf')
          .expect(201)
      ).body;
      const submitted = await t.http
        .post(`/api/deliverables/${repository.id}/inputs`)
        .set('Authorization', as.partner)
        .send({ title: 'Estructura del repositorio', body: 'Propuesta de GESOC para organizar la evidencia.', attachmentIds: [file.id] })
        .expect(201);
      const input = (submitted.body as Deliverable).inputs[0];
      expect(input).toMatchObject({
        status: 'pending',
        author: { name: 'Javier Moro' },
        organization: { name: 'GESOC' },
        attachments: [{ filename: 'propuesta-repositorio.pdf' }],
      });
      expect((submitted.body as Deliverable).progress).toBe(0);
      const dashboard = (await t.http.get('/api/groups/dashboard').set('Authorization', as.chair)).body as GroupsDashboard;
      expect(dashboard.inputsToReview.map((i) => i.title)).toContain('Estructura del repositorio');

      await t.http
        .post(`/api/deliverables/${repository.id}/inputs/${input.id}/review`)
        .set('Authorization', as.partner)
        .send({ decision: 'accepted', reason: 'Sí' })
        .expect(403);
      await t.http
        .post(`/api/deliverables/${repository.id}/inputs/${input.id}/review`)
        .set('Authorization', as.commissioner)
        .send({ decision: 'accepted', reason: 'Sí' })
        .expect(403);
      await t.http
        .post(`/api/deliverables/${repository.id}/inputs/${input.id}/review`)
        .set('Authorization', as.chair)
        .send({ decision: 'accepted' })
        .expect(400);
      const reviewed = await t.http
        .post(`/api/deliverables/${repository.id}/inputs/${input.id}/review`)
        .set('Authorization', as.chair)
        .send({ decision: 'accepted', reason: 'Se adopta como estructura inicial del repositorio.' })
        .expect(200);
      expect(reviewed.body).toMatchObject({
        progress: 0,
        inputs: [{ status: 'accepted', reason: 'Se adopta como estructura inicial del repositorio.' }],
      });
      const again = await t.http
        .post(`/api/deliverables/${repository.id}/inputs/${input.id}/review`)
        .set('Authorization', as.chair)
        .send({ decision: 'declined', reason: 'No' })
        .expect(409);
      expect(again.body.code).toBe('input_already_reviewed');
      const seenByPartner = await get(repository.id, 'partner');
      expect(seenByPartner.inputs[0]).toMatchObject({
        status: 'accepted',
        reason: 'Se adopta como estructura inicial del repositorio.',
        reviewedBy: { name: 'María del Carmen Nava Polina' },
      });
      const activity = (await t.http.get(`/api/groups/${vitrina().id}/activity?pageSize=2`).set('Authorization', as.partner)).body;
      expect(activity.items.map((e: { kind: string }) => e.kind)).toEqual(['input_reviewed', 'input_submitted']);
      expect(activity.items[0]).toMatchObject({
        detail: null,
        answer: { decision: 'accepted', reason: 'Se adopta como estructura inicial del repositorio.' },
      });
    });

    it('asks for changes, then the answer can still change; answers leave progress where the work is', async () => {
      const report = deliverables[REPORT];
      const [, moro] = (await get(report.id)).inputs;
      const changes = await t.http
        .post(`/api/deliverables/${report.id}/inputs/${moro.id}/review`)
        .set('Authorization', as.chair)
        .send({ decision: 'needs_changes', reason: 'Falta indicar la periodicidad de actualización.' })
        .expect(200);
      expect(changes.body.progress).toBe(25);
      const declined = await t.http
        .post(`/api/deliverables/${report.id}/inputs/${moro.id}/review`)
        .set('Authorization', as.chair)
        .send({ decision: 'declined', reason: 'Se integra en la metodología.' })
        .expect(200);
      expect(declined.body.progress).toBe(25);
    });

    it('lets the author revise an input that needs changes; it waits for an answer again and the old answer stays in the activity', async () => {
      const report = deliverables[REPORT];
      const cazares = await t.login('raul.cazares@demo.cocrea.mx');
      const obra = (await get(report.id)).inputs.find((i) => i.author.name === 'Raúl Cazares Urban') as DeliverableInput;
      await t.http
        .post(`/api/deliverables/${report.id}/inputs/${obra.id}/review`)
        .set('Authorization', as.chair)
        .send({ decision: 'needs_changes', reason: 'Falta la lista de autores invitados.' })
        .expect(200);
      await t.http
        .patch(`/api/deliverables/${report.id}/inputs/${obra.id}`)
        .set('Authorization', as.chair)
        .send({ body: 'Otro texto' })
        .expect(403);
      await t.http
        .patch(`/api/deliverables/${report.id}/inputs/${obra.id}`)
        .set('Authorization', as.partner)
        .send({ body: 'Otro texto' })
        .expect(403);
      await t.http
        .patch(`/api/deliverables/${report.id}/inputs/${NO_SUCH}`)
        .set('Authorization', cazares)
        .send({ body: 'Otro texto' })
        .expect(404);
      await t.http.patch(`/api/deliverables/${report.id}/inputs/${obra.id}`).set('Authorization', cazares).send({ body: '' }).expect(400);
      const revised = await t.http
        .patch(`/api/deliverables/${report.id}/inputs/${obra.id}`)
        .set('Authorization', cazares)
        .send({ body: 'Obra colectiva con la lista de autores invitados de los CPC.' })
        .expect(200);
      expect((revised.body as Deliverable).inputs.find((i) => i.id === obra.id)).toMatchObject({
        status: 'pending',
        reason: null,
        body: 'Obra colectiva con la lista de autores invitados de los CPC.',
      });
      const activity = (await t.http.get(`/api/groups/${covid().id}/activity?pageSize=1`).set('Authorization', as.chair)).body;
      expect(activity.items[0]).toMatchObject({
        kind: 'input_revised',
        answer: { decision: 'needs_changes', reason: 'Falta la lista de autores invitados.' },
      });
      const ducoing = (await get(report.id)).inputs.find(
        (i) => i.author.name === 'María de los Ángeles Ducoing Valdepeña',
      ) as DeliverableInput;
      const mine = await t.login('maria.ducoing@demo.cocrea.mx');
      expect(
        (
          await t.http
            .patch(`/api/deliverables/${report.id}/inputs/${ducoing.id}`)
            .set('Authorization', mine)
            .send({ body: 'x' })
            .expect(409)
        ).body.code,
      ).toBe('input_already_reviewed');
    });

    it('refuses inputs from people who are not in the group (403), bad bodies (400), unknown files and inputs (404)', async () => {
      const report = deliverables[REPORT];
      await t.http
        .post(`/api/deliverables/${report.id}/inputs`)
        .set('Authorization', as.commissioner)
        .send({ title: 'Idea', body: 'Texto' })
        .expect(403);
      await t.http.post(`/api/deliverables/${report.id}/inputs`).set('Authorization', as.covidMember).send({ title: 'Idea' }).expect(400);
      await t.http
        .post(`/api/deliverables/${report.id}/inputs`)
        .set('Authorization', as.covidMember)
        .send({ title: 'Idea', body: 'Texto', attachmentIds: [NO_SUCH] })
        .expect(404);
      await t.http
        .post(`/api/deliverables/${report.id}/inputs/${NO_SUCH}/review`)
        .set('Authorization', as.chair)
        .send({ decision: 'accepted', reason: 'ok' })
        .expect(404);
      const byMember = await t.http
        .post(`/api/deliverables/${report.id}/inputs`)
        .set('Authorization', as.covidMember)
        .send({ title: 'Micrositio de vacunación', body: 'Avance del INAI' })
        .expect(201);
      expect((byMember.body as Deliverable).inputs.at(-1)).toMatchObject({
        author: { name: 'Oscar Mauricio Guerra Ford' },
        status: 'pending',
      });
    });
  });

  it('exports a group’s deliverables as CSV and JSON', async () => {
    const csv = await t.http.get(`/api/groups/${covid().id}/deliverables/export`).set('Authorization', as.partner).expect(200);
    const lines = csv.text.slice(1).trim().split('\n');
    expect(lines[0]).toBe('deliverable_id,group_id,title,kind,status,due_on,owner,progress,progress_basis,inputs,pending_inputs');
    const json = JSON.parse(
      (await t.http.get(`/api/groups/${vitrina().id}/deliverables/export?format=json`).set('Authorization', as.partner).expect(200)).text,
    );
    expect(json).toHaveLength(5);
    expect(json.find((d: { title: string }) => d.title === REPOSITORY)).toMatchObject({
      kind: 'repository',
      progress: 0,
      progress_basis: 'status',
      inputs: 1,
    });
  });

  it('keeps progress where it is when a partner sends an input', async () => {
    const report = deliverables[REPORT];
    const before = (await get(report.id)).progress;
    await t.http
      .post(`/api/deliverables/${report.id}/inputs`)
      .set('Authorization', as.partner)
      .send({ title: 'Fuentes adicionales', body: 'GESOC suma dos fuentes estatales.' })
      .expect(201);
    expect((await get(report.id)).progress).toBe(before);
  });

  it('lets a coordinator set the progress by hand, shows it as set, and give the measure back to the status', async () => {
    const report = deliverables[REPORT];
    const patch = (who: string, progressPercent: unknown) =>
      t.http.patch(`/api/deliverables/${report.id}`).set('Authorization', as[who]).send({ progressPercent });
    await patch('covidMember', 60).expect(403);
    await patch('chair', 101).expect(400);
    await patch('chair', 12.5).expect(400);
    expect((await patch('chair', 60).expect(200)).body).toMatchObject({ progress: 60, progressBasis: 'set' });
    expect((await patch('chair', null).expect(200)).body).toMatchObject({ progress: 25, progressBasis: 'status' });
  });
});
