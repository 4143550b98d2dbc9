import { AppNotification, DeliverableSummary, HomeView, NotificationKind, Page, WorkingGroup } from '@cocrea/contracts';
import { addDays, commissionDay } from '@cocrea/domain';
import { DataSource } from 'typeorm';
import { minutesItem, openSessionWithProxy, OpenSession } from '../voting/testing/voting-fixtures';
import { mimeParts, SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { DueNotices } from './due-notices';
import { OutboxWorker } from './outbox-worker';

const APP_URL = 'http://cocrea.test';
/** A voting commissioner outside the group "Vitrina de apertura y transparencia proactiva". */
const OUTSIDER = 'christian.velasco@demo.cocrea.mx';

/** Every kind a domain event raises reaches its people: the notification row, and the mail at a real SMTP server. */
describe('notices of every kind', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let db: DataSource;
  let chair: string;
  let commissionId: string;
  const groups: Record<string, WorkingGroup> = {};

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ seed: true, env: { SMTP_URL: sink.url, MAIL_POLL_MS: '3600000', APP_URL } });
    db = t.app.get(DataSource);
    chair = await t.login(DEMO.chair);
    commissionId = (await t.http.get('/api/commissions').set('Authorization', chair)).body.items[0].id as string;
    for (const g of (await t.http.get(`/api/commissions/${commissionId}/groups`).set('Authorization', chair)).body.items as WorkingGroup[])
      groups[g.name] = g;
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const notices = async (auth: string, kind: NotificationKind) =>
    (
      (await t.http.get('/api/notifications?pageSize=100').set('Authorization', auth).expect(200)).body as Page<AppNotification>
    ).items.filter((n) => n.kind === kind);
  const idOf = async (email: string) =>
    ((await db.query(`SELECT id FROM people WHERE email = $1`, [email])) as Array<{ id: string }>)[0].id;
  /** The plain-text part of the first mail to `address` that contains `text`, once the outbox has sent it. */
  const mailWith = async (address: string, text: string) => {
    await t.app.get(OutboxWorker).tick();
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = sink.received
        .filter((m) => m.to.includes(address))
        .map((m) => mimeParts(m.raw).find((p) => p.contentType === 'text/plain')?.body ?? '')
        .find((body) => body.includes(text));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${address} with ${text}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  describe('in a session', () => {
    let session: OpenSession;

    beforeAll(async () => {
      session = await openSessionWithProxy(t, await t.login(DEMO.secretary), commissionId);
    });

    it('tells the representative named in a recorded letter, in the app and by mail', async () => {
      const [notice] = await notices(session.as.representative, 'representation_recorded');
      expect(notice).toMatchObject({
        link: `/sessions/${session.meeting.meeting.id}`,
        body: expect.stringContaining('Salvador Romero Espinosa'),
      });
      expect(await mailWith(DEMO.representative, `${APP_URL}/sessions/${session.meeting.meeting.id}`)).toContain(
        'Salvador Romero Espinosa',
      );
    });

    it('tells everyone holding a voting right when a poll opens, the representative too, and nobody without one', async () => {
      const poll = (
        await t.http
          .post(`/api/meetings/${session.meeting.meeting.id}/polls`)
          .set('Authorization', session.as.secretary)
          .send({ agendaItemId: minutesItem(session.meeting), subject: 'Aprobación del acta anterior', method: 'named' })
          .expect(201)
      ).body as { id: string };
      expect(await notices(session.as.commissioner, 'poll_opened')).toEqual([]);
      await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', session.as.chair).send({}).expect(200);

      const rows = (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'poll_opened' AND link = $1`, [
        `/sessions/${session.meeting.meeting.id}`,
      ])) as Array<{ n: number }>;
      expect(rows[0].n).toBe(session.present.length + 1);
      expect(await notices(session.as.commissioner, 'poll_opened')).toEqual([
        expect.objectContaining({ title: 'Votación abierta: Aprobación del acta anterior' }),
      ]);
      expect(await notices(session.as.representative, 'poll_opened')).toHaveLength(1);
      expect(await notices(session.as.partner, 'poll_opened')).toEqual([]);
      expect(await mailWith(DEMO.commissioner, 'Aprobación del acta anterior')).toContain(
        `${APP_URL}/sessions/${session.meeting.meeting.id}`,
      );
    });

    it('leaves no notice of the session unread once it is closed: the call, the poll and the letter no longer wait', async () => {
      const meetingId = session.meeting.meeting.id;
      await t.http.post(`/api/meetings/${meetingId}/close`).set('Authorization', session.as.chair).send({}).expect(200);
      const unread = async (auth: string) =>
        (
          (await t.http.get('/api/notifications?unread=true&pageSize=100').set('Authorization', auth).expect(200))
            .body as Page<AppNotification>
        ).items.filter((n) => n.link === `/sessions/${meetingId}`);
      expect(await unread(session.as.commissioner)).toEqual([]);
      expect(await unread(session.as.representative)).toEqual([]);
    });
  });

  it('tells the person who asked to join a group its answer and reason', async () => {
    const outsider = await t.login(OUTSIDER);
    const group = groups['Vitrina de apertura y transparencia proactiva'];
    const request = (await t.http.post(`/api/groups/${group.id}/join-requests`).set('Authorization', outsider).send({}).expect(201)).body;
    await t.http
      .post(`/api/groups/${group.id}/join-requests/${request.id}/decline`)
      .set('Authorization', chair)
      .send({ reason: 'El grupo cerró su integración este año.' })
      .expect(200);
    expect(await notices(outsider, 'join_request_answered')).toEqual([
      expect.objectContaining({ link: `/groups/${group.id}`, body: 'El grupo cerró su integración este año.' }),
    ]);
    expect(await mailWith(OUTSIDER, 'El grupo cerró su integración este año.')).toContain(`${APP_URL}/groups/${group.id}`);
  });

  it('tells an input’s author the coordination’s answer', async () => {
    const partner = await t.login(DEMO.partner);
    const list = (await t.http.get(`/api/groups/${groups['Apertura en COVID-19'].id}/deliverables`).set('Authorization', chair))
      .body as Page<DeliverableSummary>;
    const deliverable = list.items.find((d) => d.status !== 'delivered' && d.status !== 'cancelled') as DeliverableSummary;
    const submitted = await t.http
      .post(`/api/deliverables/${deliverable.id}/inputs`)
      .set('Authorization', partner)
      .send({ title: 'Aporte de GESOC', body: 'Una propuesta.' });
    expect(submitted.status).toBe(201);
    const input = (submitted.body as { inputs: Array<{ id: string; title: string }> }).inputs.find((i) => i.title === 'Aporte de GESOC');
    await t.http
      .post(`/api/deliverables/${deliverable.id}/inputs/${input?.id}/review`)
      .set('Authorization', chair)
      .send({ decision: 'needs_changes', reason: 'Falta la fuente de los datos.' })
      .expect(200);
    expect(await notices(partner, 'input_answered')).toEqual([
      expect.objectContaining({ link: `/groups/deliverables/${deliverable.id}`, body: 'Falta la fuente de los datos.' }),
    ]);
    expect(await mailWith(DEMO.partner, 'Falta la fuente de los datos.')).toContain(`${APP_URL}/groups/deliverables/${deliverable.id}`);
  });

  it('mails nobody who cannot sign in, and keeps the notice in the app for when they can', async () => {
    const admin = await t.login(DEMO.admin);
    const outsiderId = await idOf(OUTSIDER);
    const group = groups['Apertura en COVID-19'];
    const request = (
      await t.http
        .post(`/api/groups/${group.id}/join-requests`)
        .set('Authorization', await t.login(OUTSIDER))
        .send({})
    ).body as { id: string };
    await t.http.post(`/api/people/${outsiderId}/account/disable`).set('Authorization', admin).expect(200);
    await t.http
      .post(`/api/groups/${group.id}/join-requests/${request.id}/decline`)
      .set('Authorization', chair)
      .send({ reason: 'Sin cupo en el grupo por ahora.' })
      .expect(200);
    await t.app.get(OutboxWorker).tick();
    const mailed = (await db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = $1 AND subject LIKE $2`, [
      OUTSIDER,
      '%Apertura en COVID-19%',
    ])) as Array<{ n: number }>;
    expect(mailed[0].n).toBe(0);
    const kept = (await db.query(`SELECT body FROM notifications WHERE person_id = $1 AND link = $2`, [
      outsiderId,
      `/groups/${group.id}`,
    ])) as Array<{
      body: string;
    }>;
    expect(kept).toEqual([{ body: 'Sin cupo en el grupo por ahora.' }]);
    await t.http.post(`/api/people/${outsiderId}/account/enable`).set('Authorization', admin).expect(200);
  });

  describe('an agreement assigned', () => {
    let agreement: { id: string; number: string; text: string };

    beforeAll(async () => {
      agreement = (
        await t.http.get(`/api/commissions/${commissionId}/agreements?status=pending&pageSize=1`).set('Authorization', chair).expect(200)
      ).body.items[0];
    });

    it('tells the person it is assigned to, in the app and by mail, and lists it on their home', async () => {
      const commissioner = await t.login(DEMO.commissioner);
      const assigned = await t.http
        .patch(`/api/agreements/${agreement.id}`)
        .set('Authorization', chair)
        .send({ assigneePersonId: await idOf(DEMO.commissioner), dueOn: '2027-05-31' })
        .expect(200);
      expect(assigned.body.assignee).toMatchObject({ name: expect.any(String) });
      const [notice] = await notices(commissioner, 'agreement_assigned');
      expect(notice).toMatchObject({ title: `Acuerdo asignado: ${agreement.number}`, link: `/voting/agreements/${agreement.id}` });
      expect(await mailWith(DEMO.commissioner, `${APP_URL}/voting/agreements/${agreement.id}`)).toContain('31 de mayo de 2027');
      const home = (await t.http.get('/api/home').set('Authorization', commissioner).expect(200)).body as HomeView;
      expect(home.myAgreements.map((a) => a.id)).toContain(agreement.id);
    });

    it('tells nobody again when the follow-up changes but the assignee stays', async () => {
      await t.http.patch(`/api/agreements/${agreement.id}`).set('Authorization', chair).send({ dueOn: '2027-06-30' }).expect(200);
      expect(await notices(await t.login(DEMO.commissioner), 'agreement_assigned')).toHaveLength(1);
    });

    it('refuses a deactivated person, and changes nothing', async () => {
      const admin = await t.login(DEMO.admin);
      const outsiderId = await idOf(OUTSIDER);
      await t.http.post(`/api/people/${outsiderId}/deactivate`).set('Authorization', admin).expect(200);
      const refused = await t.http
        .patch(`/api/agreements/${agreement.id}`)
        .set('Authorization', chair)
        .send({ assigneePersonId: outsiderId })
        .expect(400);
      expect(refused.body.errors[0].path).toBe('assigneePersonId');
      await t.http.post(`/api/people/${outsiderId}/reactivate`).set('Authorization', admin).expect(200);
      expect(await notices(await t.login(OUTSIDER), 'agreement_assigned')).toHaveLength(0);
    });
  });

  describe('the daily due job', () => {
    const today = commissionDay();
    let deliverableId: string;
    let milestoneId: string;

    beforeAll(async () => {
      const group = groups['Apertura en COVID-19'];
      const deliverable = await t.http
        .post(`/api/groups/${group.id}/deliverables`)
        .set('Authorization', chair)
        .send({ title: 'Informe de cierre', kind: 'report', ownerId: await idOf(DEMO.commissioner), dueOn: addDays(today, 3) })
        .expect(201);
      deliverableId = deliverable.body.id;
      const milestone = await t.http
        .post(`/api/groups/${group.id}/milestones`)
        .set('Authorization', chair)
        .send({ title: 'Entrega del tablero', dueOn: addDays(today, 10) })
        .expect(201);
      milestoneId = milestone.body.id;
    });

    /** Noon in Mexico City on `day`: the job's "today" is the commission's day of the clock's instant. */
    const noonOn = (day: string) => new Date(`${day}T18:00:00Z`);
    afterEach(() => t.clock.release());

    it('tells a deliverable’s owner from six days before it is due (not seven), once however often it runs', async () => {
      const job = t.app.get(DueNotices);
      const dueOn = addDays(today, 3);
      t.clock.set(noonOn(addDays(dueOn, -7)));
      expect(await job.run()).toBe(0);
      t.clock.set(noonOn(addDays(dueOn, -6)));
      await job.run();
      await job.run();
      t.clock.release();
      const commissioner = await t.login(DEMO.commissioner);
      expect(await notices(commissioner, 'due_soon')).toEqual([
        expect.objectContaining({ title: 'Vence pronto: Informe de cierre', link: `/groups/deliverables/${deliverableId}` }),
      ]);
      expect(await mailWith(DEMO.commissioner, 'Informe de cierre')).toContain(`${APP_URL}/groups/deliverables/${deliverableId}`);
    });

    it('tells the owner again once the day has passed (not on the day), as overdue, once', async () => {
      const job = t.app.get(DueNotices);
      const dueOn = addDays(today, 3);
      t.clock.set(new Date(`${dueOn}T23:30:00-06:00`));
      expect(await job.run()).toBe(0);
      t.clock.set(noonOn(addDays(dueOn, 1)));
      await job.run();
      t.clock.set(noonOn(addDays(dueOn, 2)));
      await job.run();
      t.clock.release();
      const overdue = await notices(await t.login(DEMO.commissioner), 'overdue');
      expect(overdue.map((n) => n.title)).toEqual(['Vencido: Informe de cierre']);
    });

    it('tells the group’s coordinators about a milestone nobody is named on, and leaves it alone when completed', async () => {
      const job = t.app.get(DueNotices);
      await job.run(addDays(today, 5));
      const coordinators = (await db.query(
        `SELECT p.email FROM group_members gm JOIN people p ON p.id = gm.person_id WHERE gm.group_id = $1 AND gm.role = 'coordinator'`,
        [groups['Apertura en COVID-19'].id],
      )) as Array<{ email: string }>;
      expect(coordinators.length).toBeGreaterThan(0);
      const rows = (await db.query(`SELECT person_id FROM notifications WHERE kind = 'due_soon' AND link = $1`, [
        `/groups/${groups['Apertura en COVID-19'].id}`,
      ])) as unknown[];
      expect(rows).toHaveLength(coordinators.length);
      const [{ recipients }] = (await db.query(`SELECT recipients FROM due_notices WHERE item_id = $1`, [milestoneId])) as Array<{
        recipients: number;
      }>;
      expect(recipients).toBe(coordinators.length);

      await db.query(`UPDATE milestones SET completed_on = $2 WHERE id = $1`, [milestoneId, addDays(today, 6)]);
      await job.run(addDays(today, 12));
      expect(await db.query(`SELECT kind FROM due_notices WHERE item_id = $1`, [milestoneId])).toEqual([{ kind: 'due_soon' }]);
    });
  });
});
