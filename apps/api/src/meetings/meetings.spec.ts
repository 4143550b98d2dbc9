import { AppNotification, MeetingMinutes, MeetingState, Page } from '@cocrea/contracts';
import { LogMailer } from '../notifications';
import { eventually } from '../testing/cluster/services';
import { samplePdf } from '../testing/sample-files';
import { DEMO, startAsSecretary, TestApp } from '../testing/test-app';
import { CALL_ISSUED, createMeeting, markPresent, memberIds, personId, seedCall } from './testing/meeting-fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('meetings: call, roll call, quorum, floor, closing', () => {
  let t: TestApp;
  let secretary: string;
  let chair: string;
  let commissioner: string;
  let representative: string;
  let partner: string;
  let commissionId: string;
  let ids: Map<string, string>;

  beforeAll(async () => {
    ({ t, secretary, commissionId } = await startAsSecretary());
    [chair, commissioner, representative, partner] = await Promise.all(
      [DEMO.chair, DEMO.commissioner, DEMO.representative, DEMO.partner].map((e) => t.login(e)),
    );
    ids = await memberIds(t, secretary, commissionId);
  });
  afterAll(() => t?.close());

  const api = (method: 'get' | 'post' | 'put', path: string, auth: string) => t.http[method](`/api${path}`).set('Authorization', auth);
  const voterNames = () => [...ids.keys()].filter((n) => n !== 'Pedro Delfino Arzeta García');

  describe('the call', () => {
    it('drafts a session with a numbered agenda and its circulated documents; a commissioner may not (403) and bad input is a 400', async () => {
      const document = await t.http
        .post('/api/attachments')
        .set('Authorization', secretary)
        .attach('file', samplePdf(), 'acta-4a-sesion-2020.pdf')
        .expect(201);
      const state = await createMeeting(t, secretary, commissionId, seedCall({ documentIds: [document.body.id] }));
      expect(state.documents).toEqual([expect.objectContaining({ id: document.body.id, filename: 'acta-4a-sesion-2020.pdf' })]);
      await api('post', `/commissions/${commissionId}/meetings`, secretary)
        .send(seedCall({ documentIds: [MISSING] }))
        .expect(404);
      expect(state.meeting).toMatchObject({ status: 'draft', kind: 'ordinary', title: 'Primera Sesión Ordinaria 2021 (réplica)' });
      expect(state.agenda.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(state.agenda[5]).toMatchObject({
        kind: 'presentation',
        presenter: 'Victoria Alsina Burgués (GovLab, New York University)',
        minutesAllotted: 10,
      });
      expect(state.quorum).toMatchObject({ votingMembers: 43, present: 0, required: 22, reached: false });

      await api('post', `/commissions/${commissionId}/meetings`, commissioner).send(seedCall()).expect(403);
      await api('post', `/commissions/${commissionId}/meetings`, representative).send(seedCall()).expect(403);
      const bad = await api('post', `/commissions/${commissionId}/meetings`, secretary)
        .send({ ...seedCall(), agenda: [] })
        .expect(400);
      expect(bad.body.code).toBe('validation_failed');
      const working = await api('post', `/commissions/${commissionId}/meetings`, secretary)
        .send(seedCall({ kind: 'working' }))
        .expect(400);
      expect(working.body.errors[0].path).toBe('kind');
      await api('post', `/commissions/${MISSING}/meetings`, secretary).send(seedCall()).expect(403);
    });

    it('issues the call: draft → convened, notifies every current member in-app and, through the outbox, by the mail interface', async () => {
      const { meeting } = await createMeeting(t, secretary, commissionId, seedCall({ title: 'Sesión para notificar' }));
      await api('post', `/meetings/${meeting.id}/convene`, commissioner).expect(403);
      const mailer = t.app.get(LogMailer);
      const before = mailer.sentCount;
      const convened = (await api('post', `/meetings/${meeting.id}/convene`, secretary).send(CALL_ISSUED).expect(200)).body as MeetingState;
      expect(convened.meeting.status).toBe('convened');
      expect(convened.meeting.convenedAt).not.toBeNull();
      // The outbox worker sends after the commit, never inside the request.
      await eventually(() => mailer.sentCount - before >= 43, 'the call mailed to every member');
      expect(mailer.sentCount - before).toBe(43);
      expect(mailer.recent.at(-1)?.subject).toBe('Convocatoria: Sesión para notificar');

      const again = await api('post', `/meetings/${meeting.id}/convene`, secretary).expect(409);
      expect(again.body).toMatchObject({
        code: 'meeting_wrong_status',
        detail: 'La sesión está convocada: solo se convoca una sesión en borrador.',
      });

      const inbox = (await api('get', '/notifications?unread=true', commissioner).expect(200)).body as Page<AppNotification>;
      const notice = inbox.items.find((n) => n.title === 'Convocatoria: Sesión para notificar');
      expect(notice).toMatchObject({ kind: 'meeting_convened', link: `/sessions/${meeting.id}`, readAt: null });
      const read = await api('post', `/notifications/${notice?.id}/read`, commissioner).expect(200);
      expect(read.body.readAt).not.toBeNull();
      await api('post', `/notifications/${notice?.id}/read`, secretary).expect(404);
      expect(((await api('get', '/notifications', partner).expect(200)).body as Page<AppNotification>).total).toBe(0);
      await t.http.get('/api/notifications').expect(401);
    });

    it('refuses (400) to draft or convene a session whose date has passed, unless it records an earlier session', async () => {
      const past = seedCall({ title: 'Sesión con fecha pasada', scheduledAt: '2020-01-10T10:00:00-06:00', pastRecord: undefined });
      const drafted = await api('post', `/commissions/${commissionId}/meetings`, secretary).send(past).expect(400);
      expect(drafted.body.errors[0]).toMatchObject({
        path: 'scheduledAt',
        messages: {
          es: 'La fecha de la sesión ya pasó: elija una fecha y hora futuras, o registre una sesión ya celebrada con «pastRecord» (modo de registro posterior, con las horas declaradas).',
          en: 'The session date has already passed: choose a future date and time, or record a session already held with "pastRecord" (the past-record mode, with declared times).',
        },
      });
      const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const { meeting } = await createMeeting(
        t,
        secretary,
        commissionId,
        seedCall({ title: 'Sesión futura', scheduledAt: future, pastRecord: undefined, place: null, videoUrl: null }),
      );
      expect(meeting.status).toBe('draft');
      const record = await createMeeting(t, secretary, commissionId, { ...past, pastRecord: true });
      const convened = await api('post', `/meetings/${record.meeting.id}/convene`, secretary).expect(400);
      expect(convened.body.errors[0].path).toBe('scheduledAt');
      await api('post', `/meetings/${record.meeting.id}/convene`, secretary).send({ at: future }).expect(400);
      await api('post', `/meetings/${record.meeting.id}/convene`, secretary).send({ at: '2020-01-01T10:00:00-06:00' }).expect(200);
      const now = (await api('post', `/meetings/${meeting.id}/convene`, secretary).expect(200)).body as MeetingState;
      expect(now.meeting.status).toBe('convened');
      // The notice ends with one full stop, also after "a.m."/"p.m.".
      const inbox = (await api('get', '/notifications', commissioner).expect(200)).body as Page<AppNotification>;
      const body = inbox.items.find((n) => n.title === 'Convocatoria: Sesión futura')?.body ?? '';
      expect(body).toMatch(/[^.]\.$|[ap]\.m\.$/);
      expect(body).not.toMatch(/\.\.$/);
    });

    it('convenes (200) even when the mail transport fails after the commit', async () => {
      const { meeting } = await createMeeting(t, secretary, commissionId, seedCall({ title: 'Sesión con el correo caído' }));
      const mailer = t.app.get(LogMailer);
      const send = jest.spyOn(mailer, 'send').mockRejectedValue(new Error('SMTP 421: service not available'));
      try {
        const convened = (await api('post', `/meetings/${meeting.id}/convene`, secretary).send(CALL_ISSUED).expect(200))
          .body as MeetingState;
        expect(convened.meeting.status).toBe('convened');
        // The outbox tries each member's mail once the request is over (mail queued by earlier tests may go too).
        const tries = () => send.mock.calls.filter(([mail]) => mail.subject === 'Convocatoria: Sesión con el correo caído').length;
        await eventually(() => tries() >= 43, 'every queued mail tried once');
        expect(tries()).toBe(43);
      } finally {
        send.mockRestore();
      }
      const inbox = (await api('get', '/notifications?unread=true', commissioner).expect(200)).body as Page<AppNotification>;
      expect(inbox.items.some((n) => n.title === 'Convocatoria: Sesión con el correo caído')).toBe(true);
    });

    it('keeps only the latest mails of the log transport in memory', async () => {
      const mailer = new LogMailer();
      for (let i = 0; i < 150; i++) await mailer.send({ to: `p${i}@example.org`, subject: `s${i}`, text: '' });
      expect(mailer.sentCount).toBe(150);
      expect(mailer.recent).toHaveLength(100);
      expect(mailer.recent[0].subject).toBe('s50');
    });

    it('lists the commission’s sessions to its members, and to a person without a seat only those where they represent someone', async () => {
      const page = (await api('get', `/commissions/${commissionId}/meetings?status=convened`, commissioner).expect(200)).body;
      expect(page.items.map((m: { title: string }) => m.title)).toContain('Sesión para notificar');
      const represented = (await api('get', `/commissions/${commissionId}/meetings`, representative).expect(200)).body;
      expect(represented.items.map((m: { title: string }) => m.title)).toEqual(['Primera Sesión Ordinaria 2021']);
      const outsider = (await api('get', `/commissions/${commissionId}/meetings`, partner).expect(200)).body;
      expect(outsider.total).toBe(0);
      await api('get', `/commissions/${MISSING}/meetings`, secretary).expect(404);
    });

    it('404s an unknown session, 400s a malformed id, 403s a non-member', async () => {
      await api('get', `/meetings/${MISSING}`, secretary).expect(404);
      await api('get', '/meetings/not-a-uuid', secretary).expect(400);
      const { meeting } = await createMeeting(t, secretary, commissionId);
      const outsider = await api('get', `/meetings/${meeting.id}`, partner).expect(403);
      expect(outsider.body.code).toBe('not_in_meeting');
    });
  });

  describe('roll call with proxies, quorum and opening', () => {
    let meetingId: string;
    beforeAll(async () => {
      meetingId = (await createMeeting(t, secretary, commissionId)).meeting.id;
    });

    it('takes no roll call on a draft (409), then records present, represented and late; quorum follows', async () => {
      const durango = ids.get('Paulina Elizabeth Compean Torres') as string;
      const early = await api('put', `/meetings/${meetingId}/attendance/${durango}`, secretary).send({ status: 'present' }).expect(409);
      expect(early.body.code).toBe('meeting_wrong_status');
      await api('post', `/meetings/${meetingId}/convene`, secretary).send(CALL_ISSUED).expect(200);

      const ruvalcaba = await personId(t, secretary, 'Ruvalcaba');
      await api('put', `/meetings/${meetingId}/attendance/${durango}`, commissioner).send({ status: 'present' }).expect(403);
      const state = (
        await api('put', `/meetings/${meetingId}/attendance/${durango}`, secretary)
          .send({ status: 'represented', representativePersonId: ruvalcaba })
          .expect(200)
      ).body as MeetingState;
      const row = state.attendance.find((a) => a.personId === durango);
      expect(row).toMatchObject({
        status: 'represented',
        representativeName: 'Ruvalcaba',
        representativePersonId: ruvalcaba,
        proxyWarning: true,
      });
      expect(state.quorum).toMatchObject({ present: 1, represented: 1 });

      const both = await api('put', `/meetings/${meetingId}/attendance/${durango}`, secretary).send({ status: 'present' }).expect(409);
      expect(both.body).toMatchObject({ code: 'attendance_conflict' });
      expect(both.body.messages.en.detail).toContain('cannot be both present and represented');
      const noName = await api('put', `/meetings/${meetingId}/attendance/${ids.get('Mariana Contreras Soto')}`, secretary)
        .send({ status: 'represented' })
        .expect(409);
      expect(noName.body.code).toBe('attendance_conflict');
      await api('put', `/meetings/${meetingId}/attendance/${MISSING}`, secretary).send({ status: 'present' }).expect(404);
      await api('put', `/meetings/${meetingId}/attendance/${durango}`, secretary).send({ status: 'sleeping' }).expect(400);
    });

    it('records a representation letter: the warning goes away; bad references are 400', async () => {
      const durango = ids.get('Paulina Elizabeth Compean Torres') as string;
      const ruvalcaba = await personId(t, secretary, 'Ruvalcaba');
      const letter = await t.http
        .post('/api/attachments')
        .set('Authorization', secretary)
        .attach('file', samplePdf(), 'oficio-durango.pdf')
        .expect(201);
      const body = {
        memberPersonId: durango,
        representativePersonId: ruvalcaba,
        representativeName: 'Ruvalcaba',
        letterAttachmentId: letter.body.id,
      };
      await api('post', `/meetings/${meetingId}/representations`, commissioner).send(body).expect(403);
      const unknownLetter = await api('post', `/meetings/${meetingId}/representations`, secretary)
        .send({ ...body, letterAttachmentId: MISSING })
        .expect(404);
      expect(unknownLetter.body.code).toBe('not_found');
      const state = (await api('post', `/meetings/${meetingId}/representations`, secretary).send(body).expect(201)).body as MeetingState;
      expect(state.representations).toHaveLength(1);
      expect(state.representations[0].letter).toMatchObject({
        id: letter.body.id,
        filename: 'oficio-durango.pdf',
        mediaType: 'application/pdf',
      });
      expect(state.attendance.find((a) => a.personId === durango)?.proxyWarning).toBe(false);
      const outsider = await api('post', `/meetings/${meetingId}/representations`, secretary)
        .send({ ...body, memberPersonId: ruvalcaba })
        .expect(400);
      expect(outsider.body.errors[0].path).toBe('memberPersonId');
      await api('post', `/meetings/${meetingId}/representations`, secretary)
        .send({ ...body, agendaItemIds: [MISSING] })
        .expect(400);
      await api('post', `/meetings/${meetingId}/representations`, secretary)
        .send({ ...body, validFrom: '2021-02-15T18:00:00Z', validUntil: '2021-02-15T17:00:00Z' })
        .expect(400);
    });

    it('refuses to open without quorum (409), opens with it (chair only) and records the time', async () => {
      await markPresent(t, secretary, meetingId, ids, voterNames().slice(0, 19));
      const short = await api('post', `/meetings/${meetingId}/open`, chair).expect(409);
      expect(short.body).toMatchObject({ code: 'no_quorum' });
      expect(short.body.detail).toContain('se requieren 22');
      const state = await markPresent(t, secretary, meetingId, ids, voterNames().slice(19, 22));
      expect(state.quorum.reached).toBe(true);
      await api('post', `/meetings/${meetingId}/open`, secretary).expect(403);
      await api('post', `/meetings/${meetingId}/open`, commissioner).expect(403);
      const opened = (await api('post', `/meetings/${meetingId}/open`, chair).expect(200)).body as MeetingState;
      expect(opened.meeting.status).toBe('open');
      expect(Date.now() - Date.parse(opened.meeting.openedAt as string)).toBeLessThan(60_000);
      expect(opened.currentItemId).toBe(opened.agenda[0].id);
    });

    it('adds a late member and updates quorum', async () => {
      const late = voterNames()[30];
      const before = ((await api('get', `/meetings/${meetingId}`, commissioner).expect(200)).body as MeetingState).quorum.present;
      const state = (
        await api('put', `/meetings/${meetingId}/attendance/${ids.get(late)}`, secretary)
          .send({ status: 'late', arrivedAt: '2021-02-15T17:40:00Z' })
          .expect(200)
      ).body as MeetingState;
      expect(state.quorum.present).toBe(before + 1);
      expect(state.attendance.find((a) => a.name === late)).toMatchObject({ status: 'late', arrivedAt: '2021-02-15T17:40:00.000Z' });
    });

    it('records agenda decisions; members add "Asuntos Generales" only before the agenda is approved', async () => {
      let state = (await api('get', `/meetings/${meetingId}`, commissioner).expect(200)).body as MeetingState;
      expect(state.otherBusinessOpen).toBe(true);
      state = (
        await api('post', `/meetings/${meetingId}/other-business`, commissioner)
          .send({ title: 'Informe sobre micrositios COVID' })
          .expect(201)
      ).body;
      expect(state.agenda.map((i) => i.title).slice(9, 12)).toEqual([
        'Asuntos Generales',
        'Informe sobre micrositios COVID',
        'Cierre de la sesión',
      ]);
      expect(state.agenda.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(state.agenda[10].addedBy).toBe('Mariana Contreras Soto');
      await api('post', `/meetings/${meetingId}/other-business`, partner).send({ title: 'x' }).expect(403);

      const item2 = state.agenda[1].id;
      await api('post', `/meetings/${meetingId}/decisions`, commissioner)
        .send({ agendaItemId: item2, subject: 'x', outcome: 'unanimous' })
        .expect(403);
      state = (
        await api('post', `/meetings/${meetingId}/decisions`, secretary)
          .send({
            agendaItemId: item2,
            kind: 'agenda_approval',
            subject: 'Aprobación del Orden del Día',
            outcome: 'majority',
            yes: 20,
            no: 1,
            abstain: 2,
          })
          .expect(201)
      ).body;
      expect(state.decisions[0]).toMatchObject({ kind: 'agenda_approval', outcome: 'majority', yes: 20, no: 1, abstain: 2 });
      expect(state.otherBusinessOpen).toBe(false);
      const late = await api('post', `/meetings/${meetingId}/other-business`, commissioner).send({ title: 'Tarde' }).expect(409);
      expect(late.body.code).toBe('meeting_wrong_status');
      await api('post', `/meetings/${meetingId}/decisions`, secretary)
        .send({ agendaItemId: MISSING, subject: 'x', outcome: 'unanimous' })
        .expect(400);
      await api('post', `/meetings/${meetingId}/decisions`, secretary)
        .send({ agendaItemId: item2, subject: 'x', outcome: 'maybe' })
        .expect(400);
    });

    it('lets a member ask for the floor only while the roll call has them present, not absent nor represented', async () => {
      const mariana = ids.get('Mariana Contreras Soto') as string;
      const roll = (body: object) => api('put', `/meetings/${meetingId}/attendance/${mariana}`, secretary).send(body).expect(200);
      await roll({ status: 'absent' });
      const absent = (await api('post', `/meetings/${meetingId}/speakers`, commissioner).expect(403)).body;
      expect(absent).toMatchObject({ code: 'room_refused', detail: 'El pase de lista no le registra como presente en esta sesión.' });
      await roll({ status: 'represented', representativeName: 'Claudia Arteaga' });
      // Her seat takes part through her representative, not twice.
      const represented = (await api('post', `/meetings/${meetingId}/speakers`, commissioner).expect(403)).body;
      expect(represented.messages.en.detail).toBe('Your representative holds your seat in this session and asks for the floor for you.');
      await roll({ status: 'absent' });
      await markPresent(t, secretary, meetingId, ids, [
        'Mariana Contreras Soto',
        'Luis Gustavo Parra Noriega',
        'María del Carmen Nava Polina',
      ]);
    });

    it('moves the current item (manage only); a recusal drops the member out of that item’s quorum', async () => {
      let state = (await api('get', `/meetings/${meetingId}`, secretary).expect(200)).body as MeetingState;
      const item6 = state.agenda[5].id;
      await api('put', `/meetings/${meetingId}/current-item`, commissioner).send({ agendaItemId: item6 }).expect(403);
      await api('put', `/meetings/${meetingId}/current-item`, secretary).send({ agendaItemId: MISSING }).expect(400);
      state = (await api('put', `/meetings/${meetingId}/current-item`, secretary).send({ agendaItemId: item6 }).expect(200)).body;
      expect(state.currentItemId).toBe(item6);
      const before = state.quorum;
      state = (
        await api('post', `/meetings/${meetingId}/recusals`, commissioner)
          .send({ agendaItemId: item6, reason: 'colaboro con la invitada' })
          .expect(201)
      ).body;
      expect(state.recusals).toEqual([expect.objectContaining({ name: 'Mariana Contreras Soto', reason: 'colaboro con la invitada' })]);
      expect(state.quorum.votingMembers).toBe(before.votingMembers - 1);
      await api('post', `/meetings/${meetingId}/recusals`, commissioner).send({ agendaItemId: item6 }).expect(409);
      await api('post', `/meetings/${meetingId}/recusals`, representative).send({ agendaItemId: item6 }).expect(403);
      const refused = await api('post', `/meetings/${meetingId}/speakers`, commissioner).expect(409);
      expect(refused.body.code).toBe('floor_conflict');
    });

    it('runs the floor: ask, order, give (with the presentation limit), finish; totals add up', async () => {
      await api('post', `/meetings/${meetingId}/speakers`, representative).expect(403);
      const jimena = await personId(t, secretary, 'Jimena Reigosa');
      await api('put', `/meetings/${meetingId}/attendance/${ids.get('Salvador Romero Espinosa')}`, secretary)
        .send({ status: 'represented', representativePersonId: jimena })
        .expect(200);
      const asks = [];
      for (const auth of [representative, secretary, chair])
        asks.push((await api('post', `/meetings/${meetingId}/speakers`, auth).expect(201)).body as MeetingState);
      let state = asks.at(-1) as MeetingState;
      const waiting = state.speakers.filter((s) => s.status === 'waiting');
      expect(waiting.map((s) => s.name)).toEqual(['Jimena Reigosa', 'Luis Gustavo Parra Noriega', 'María del Carmen Nava Polina']);
      expect(waiting[0].limitSeconds).toBe(600);
      const twice = await api('post', `/meetings/${meetingId}/speakers`, representative).expect(409);
      expect(twice.body.code).toBe('floor_conflict');

      const reversed = [...waiting].reverse().map((s) => s.id);
      await api('put', `/meetings/${meetingId}/speakers/order`, commissioner).send({ entryIds: reversed }).expect(403);
      await api('put', `/meetings/${meetingId}/speakers/order`, secretary)
        .send({ entryIds: reversed.slice(1) })
        .expect(400);
      state = (await api('put', `/meetings/${meetingId}/speakers/order`, secretary).send({ entryIds: reversed }).expect(200)).body;
      expect(
        state.speakers
          .filter((s) => s.status === 'waiting')
          .sort((a, b) => a.position - b.position)
          .map((s) => s.name)[0],
      ).toBe('María del Carmen Nava Polina');

      const first = reversed[0];
      await api('post', `/meetings/${meetingId}/speakers/${first}/give`, commissioner).expect(403);
      await api('post', `/meetings/${meetingId}/speakers/${MISSING}/give`, chair).expect(404);
      state = (await api('post', `/meetings/${meetingId}/speakers/${first}/give`, chair).expect(200)).body;
      expect(state.speakers.find((s) => s.id === first)).toMatchObject({ status: 'speaking' });
      // Giving the floor to the next one ends the current intervention.
      state = (await api('post', `/meetings/${meetingId}/speakers/${reversed[1]}/give`, secretary).expect(200)).body;
      expect(state.speakers.find((s) => s.id === first)?.status).toBe('done');
      await api('post', `/meetings/${meetingId}/speakers/${first}/give`, chair).expect(409);
      await api('post', `/meetings/${meetingId}/speakers/${reversed[1]}/finish`, representative).expect(403);
      state = (await api('post', `/meetings/${meetingId}/speakers/${reversed[1]}/finish`, secretary).expect(200)).body;
      await api('post', `/meetings/${meetingId}/speakers/${reversed[2]}/withdraw`, representative).expect(200);
      expect(Object.keys(state.speakingTotals.byPerson)).toHaveLength(2);
      // The totals are the seconds between each done intervention's start and end, per item and per person.
      const seconds = (s: MeetingState['speakers'][number]) =>
        Math.round((Date.parse(s.endedAt as string) - Date.parse(s.startedAt as string)) / 1000);
      const done = state.speakers.filter((s) => s.status === 'done');
      expect(done).toHaveLength(2);
      expect(state.speakingTotals.byItem[state.currentItemId as string]).toBe(done.reduce((sum, s) => sum + seconds(s), 0));
      for (const s of done) expect(state.speakingTotals.byPerson[s.personId as string]).toBe(seconds(s));
    });

    it('closes (chair only, time recorded); after it the floor and decisions are 409; the minutes draft states the facts', async () => {
      await api('post', `/meetings/${meetingId}/speakers`, secretary).expect(201);
      await api('post', `/meetings/${meetingId}/close`, secretary).expect(403);
      const closed = (await api('post', `/meetings/${meetingId}/close`, chair).expect(200)).body as MeetingState;
      expect(closed.meeting.status).toBe('closed');
      expect(closed.speakers.some((s) => s.status === 'waiting' || s.status === 'speaking')).toBe(false);
      await api('post', `/meetings/${meetingId}/close`, chair).expect(409);
      // The call's notice no longer waits in anyone's unread list once the session is over.
      const link = `/sessions/${meetingId}`;
      const unread = (await api('get', '/notifications?unread=true&pageSize=100', commissioner).expect(200)).body as Page<AppNotification>;
      expect(unread.items.some((n) => n.link === link)).toBe(false);
      const all = (await api('get', '/notifications?pageSize=100', commissioner).expect(200)).body as Page<AppNotification>;
      expect(all.items.find((n) => n.link === link)?.readAt).not.toBeNull();
      expect(all.items.some((n) => n.link === link)).toBe(true);
      const floor = await api('post', `/meetings/${meetingId}/speakers`, commissioner).expect(409);
      expect(floor.body.messages.en.detail).toBe('The session is closed: the floor is only asked for while the session is open.');
      const entry = closed.speakers.find((s) => s.status === 'withdrawn') as { id: string };
      const give = await api('post', `/meetings/${meetingId}/speakers/${entry.id}/give`, chair).expect(409);
      expect(give.body.detail).toBe('La sesión está cerrada: no se puede dar la palabra.');
      await api('post', `/meetings/${meetingId}/decisions`, secretary)
        .send({ agendaItemId: closed.agenda[0].id, subject: 'x', outcome: 'unanimous' })
        .expect(409);

      const minutes = (await api('get', `/meetings/${meetingId}/minutes`, commissioner).expect(200)).body;
      expect(minutes.edited).toBe(false);
      expect(minutes.markdown).toContain('Paulina Elizabeth Compean Torres, en representación: Ruvalcaba');
      expect(minutes.markdown).toContain(
        'Ruvalcaba en representación de Paulina Elizabeth Compean Torres: oficio «oficio-durango.pdf»; alcance: toda la sesión.',
      );
      expect(minutes.markdown).toContain('se declaró clausurada la sesión');
      expect(minutes.markdown).toContain('Mariana Contreras Soto se excusó de este punto');
      expect(minutes.markdown).toContain('Aprobación del Orden del Día: aprobado por mayoría (20 a favor, 1 en contra, 2 abstenciones)');
      expect(minutes.markdown).toMatch(/Intervenciones:\n- María del Carmen Nava Polina, \d\d:\d\d/);
      await api('get', `/meetings/${meetingId}/minutes`, partner).expect(403);
    });

    it('lets the secretary edit the minutes once closed and downloads them as Markdown', async () => {
      const loaded = (await api('get', `/meetings/${meetingId}/minutes`, secretary).expect(200)).body as MeetingMinutes;
      const version = loaded.version;
      await api('put', `/meetings/${meetingId}/minutes`, commissioner).send({ markdown: '# x', version }).expect(403);
      await api('put', `/meetings/${meetingId}/minutes`, secretary).send({ markdown: '', version }).expect(400);
      await api('put', `/meetings/${meetingId}/minutes`, secretary).send({ markdown: '# x' }).expect(400);
      const saved = (
        await api('put', `/meetings/${meetingId}/minutes`, secretary).send({ markdown: '# Acta corregida\n', version }).expect(200)
      ).body as MeetingMinutes;
      expect(saved).toMatchObject({ edited: true, markdown: '# Acta corregida\n', version: version + 1 });
      // A second editor who loaded the same version would overwrite the first save: refused.
      const stale = await api('put', `/meetings/${meetingId}/minutes`, secretary)
        .send({ markdown: '# Otra versión\n', version })
        .expect(409);
      expect(stale.body.code).toBe('minutes_conflict');
      const file = await api('get', `/meetings/${meetingId}/minutes.md`, commissioner).expect(200);
      expect(file.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(file.headers['content-disposition']).toContain('attachment');
      expect(file.text).toBe('# Acta corregida\n');
      const draft = (await createMeeting(t, secretary, commissionId)).meeting.id;
      const early = await api('put', `/meetings/${draft}/minutes`, secretary).send({ markdown: '# x', version: 0 }).expect(409);
      expect(early.body.code).toBe('meeting_wrong_status');
    });
  });

  describe('guards: votes, foreign ids, the floor per item, closing time, minutes approval', () => {
    let a: MeetingState;
    let b: MeetingState;
    let seededId: string;
    const inPerson = () => [
      ...voterNames().slice(0, 22),
      'Mariana Contreras Soto',
      'Luis Gustavo Parra Noriega',
      'María del Carmen Nava Polina',
    ];
    const openWithQuorum = async (call = seedCall(), at?: string) => {
      const { meeting } = await createMeeting(t, secretary, commissionId, call);
      await api('post', `/meetings/${meeting.id}/convene`, secretary).send(CALL_ISSUED).expect(200);
      await markPresent(t, secretary, meeting.id, ids, inPerson());
      return (
        await api('post', `/meetings/${meeting.id}/open`, chair)
          .send(at ? { at } : {})
          .expect(200)
      ).body as MeetingState;
    };

    beforeAll(async () => {
      const closed = (
        await api('get', `/commissions/${commissionId}/meetings?status=closed&q=Primera Sesión Ordinaria 2021`, secretary).expect(200)
      ).body as Page<{ id: string; title: string }>;
      seededId = (closed.items.find((m) => m.title === 'Primera Sesión Ordinaria 2021') as { id: string }).id;
      const agenda = seedCall().agenda.map((item, index) => (index === 2 ? { ...item, approvesMinutesOf: seededId } : item));
      a = await openWithQuorum(seedCall({ title: 'Sesión A', agenda }), new Date(Date.now() - 60 * 60_000).toISOString());
      b = await openWithQuorum(seedCall({ title: 'Sesión B', scheduledAt: '2021-03-15T11:00:00-06:00' }));
    });

    it('checks a show of hands against its outcome (400) and the voting rights present (409)', async () => {
      const vote = (body: object) =>
        api('post', `/meetings/${a.meeting.id}/decisions`, secretary).send({ agendaItemId: a.agenda[1].id, subject: 'Votación', ...body });
      const present = a.quorum.present;
      expect((await vote({ outcome: 'majority' }).expect(400)).body.errors[0].path).toBe('yes');
      const tie = await vote({ outcome: 'majority', yes: 10, no: 10 }).expect(400);
      expect(JSON.stringify(tie.body.errors)).toContain('Por mayoría, los votos a favor deben superar a los votos en contra.');
      expect((await vote({ outcome: 'unanimous', yes: 20, no: 1 }).expect(400)).body.errors[0].path).toBe('no');
      const tooMany = await vote({ outcome: 'majority', yes: present, no: 1 }).expect(409);
      expect(tooMany.body).toMatchObject({ code: 'decision_conflict' });
      expect(tooMany.body.detail).toBe(`Se registran más votos que los ${present} derechos de voto presentes en este punto.`);
      await vote({ outcome: 'majority', yes: present - 1, no: 1 }).expect(201);
    });

    it('refuses agenda items and requests for the floor of another session', async () => {
      const foreignItem = b.agenda[1].id;
      await api('post', `/meetings/${a.meeting.id}/decisions`, secretary)
        .send({ agendaItemId: foreignItem, subject: 'x', outcome: 'unanimous' })
        .expect(400);
      await api('put', `/meetings/${a.meeting.id}/current-item`, secretary).send({ agendaItemId: foreignItem }).expect(400);
      await api('post', `/meetings/${a.meeting.id}/recusals`, commissioner).send({ agendaItemId: foreignItem }).expect(400);
      const inB = (await api('post', `/meetings/${b.meeting.id}/speakers`, commissioner).expect(201)).body as MeetingState;
      const foreignEntry = inB.speakers[0].id;
      for (const action of ['give', 'finish', 'withdraw'])
        await api('post', `/meetings/${a.meeting.id}/speakers/${foreignEntry}/${action}`, chair).expect(404);
      await api('put', `/meetings/${a.meeting.id}/speakers/order`, secretary)
        .send({ entryIds: [foreignEntry] })
        .expect(400);
    });

    it('withdraws the waiting requests when the item changes; the floor is given only on the item under way', async () => {
      const asked = (await api('post', `/meetings/${a.meeting.id}/speakers`, commissioner).expect(201)).body as MeetingState;
      const entry = asked.speakers.find((s) => s.status === 'waiting') as { id: string; agendaItemId: string };
      expect(entry.agendaItemId).toBe(a.agenda[0].id);
      const moved = (
        await api('put', `/meetings/${a.meeting.id}/current-item`, secretary).send({ agendaItemId: a.agenda[3].id }).expect(200)
      ).body as MeetingState;
      expect(moved.speakers.find((s) => s.id === entry.id)?.status).toBe('withdrawn');
      const give = await api('post', `/meetings/${a.meeting.id}/speakers/${entry.id}/give`, chair).expect(409);
      expect(give.body.code).toBe('floor_conflict');
    });

    it('approves the minutes the agenda item names, once: a second approval is a 409, not an older session’s minutes', async () => {
      const approve = () =>
        api('post', `/meetings/${a.meeting.id}/decisions`, secretary).send({
          agendaItemId: a.agenda[2].id,
          kind: 'minutes_approval',
          subject: 'Aprobación del acta de la Primera Sesión Ordinaria 2021',
          outcome: 'unanimous',
        });
      expect(a.agenda[2].approvesMinutesOf).toBe(seededId);
      await approve().expect(201);
      const minutes = (await api('get', `/meetings/${seededId}/minutes`, secretary).expect(200)).body as MeetingMinutes;
      expect(minutes.approvedIn).toEqual({ meetingId: a.meeting.id, title: 'Sesión A' });
      const again = await approve().expect(409);
      // One outcome per item and question: the item already decided its minutes (409 before they could be approved twice).
      expect(again.body).toMatchObject({ code: 'decision_conflict' });
      // Approved minutes no longer change.
      const edit = await api('put', `/meetings/${seededId}/minutes`, secretary)
        .send({ markdown: '# x', version: minutes.version })
        .expect(409);
      expect(edit.body.code).toBe('minutes_conflict');
      // A call can only name a closed session of its commission.
      const bad = await api('post', `/commissions/${commissionId}/meetings`, secretary)
        .send(seedCall({ agenda: [{ title: 'Acta', kind: 'vote', approvesMinutesOf: b.meeting.id }] }))
        .expect(400);
      expect(bad.body.errors[0].path).toBe('agenda.0.approvesMinutesOf');
    });

    it('does not close before the last decision or intervention on record (409); the next session approves the previous minutes once', async () => {
      // A was opened an hour ago; decisions were recorded just now.
      const early = await api('post', `/meetings/${a.meeting.id}/close`, chair)
        .send({ at: new Date(Date.now() - 30 * 60_000).toISOString() })
        .expect(409);
      expect(early.body.code).toBe('meeting_wrong_status');
      expect(early.body.messages.en.detail).toContain('it cannot close before what is already on record');
      await api('post', `/meetings/${a.meeting.id}/close`, chair).expect(200);
      // B's call named, when it was drafted, whose minutes its item 3 approves (the session pending then): passing it
      // approves exactly those and says which. A, closed after B was called, stays pending: the old fallback approved
      // "the previous minutes" at vote time without saying which (finding 3).
      const item3 = b.agenda[2];
      expect(item3.approvesMinutesOf).not.toBeNull();
      const approve = () =>
        api('post', `/meetings/${b.meeting.id}/decisions`, secretary).send({
          agendaItemId: item3.id,
          kind: 'minutes_approval',
          subject: 'Acta anterior',
          outcome: 'unanimous',
        });
      const approved = (await approve().expect(201)).body as MeetingState;
      expect(approved.decisions.find((d) => d.kind === 'minutes_approval')?.approvedMinutesOf?.meetingId).toBe(item3.approvesMinutesOf);
      await approve().expect(409);
      const minutesOfA = (await api('get', `/meetings/${a.meeting.id}/minutes`, secretary).expect(200)).body as MeetingMinutes;
      expect(minutesOfA.approvedIn).toBeNull();
    });
  });

  describe('proxy letters in the live roll call', () => {
    it('warns unless the letter covers the item under way, names the recorded representative and is in force now', async () => {
      const { meeting, agenda } = await createMeeting(t, secretary, commissionId);
      await api('post', `/meetings/${meeting.id}/convene`, secretary).send(CALL_ISSUED).expect(200);
      const salvador = ids.get('Salvador Romero Espinosa') as string;
      const durango = ids.get('Paulina Elizabeth Compean Torres') as string;
      const [letter1, letter2] = await Promise.all(
        ['oficio-1.pdf', 'oficio-2.pdf'].map(
          async (name) =>
            (await t.http.post('/api/attachments').set('Authorization', secretary).attach('file', samplePdf(), name).expect(201)).body
              .id as string,
        ),
      );
      // Salvador's letter names Jimena Reigosa for item 6 only.
      await api('post', `/meetings/${meeting.id}/representations`, secretary)
        .send({
          memberPersonId: salvador,
          representativeName: 'Jimena Reigosa',
          letterAttachmentId: letter1,
          agendaItemIds: [agenda[5].id],
        })
        .expect(201);
      await api('put', `/meetings/${meeting.id}/attendance/${salvador}`, secretary)
        .send({ status: 'represented', representativeName: 'Jimena Reigosa' })
        .expect(200);
      // Durango's letter names Ruvalcaba, but the roll call records someone else; the letter also ran out 5 minutes ago.
      await api('post', `/meetings/${meeting.id}/representations`, secretary)
        .send({ memberPersonId: durango, representativeName: 'Ruvalcaba', letterAttachmentId: letter2 })
        .expect(201);
      await api('put', `/meetings/${meeting.id}/attendance/${durango}`, secretary)
        .send({ status: 'represented', representativeName: 'Claudia Arteaga' })
        .expect(200);
      await markPresent(
        t,
        secretary,
        meeting.id,
        ids,
        voterNames()
          .filter((n) => n !== 'Salvador Romero Espinosa' && !n.startsWith('Paulina'))
          .slice(0, 22),
      );
      const warning = (s: MeetingState, personId: string) => s.attendance.find((a) => a.personId === personId)?.proxyWarning;

      // Opened 10 minutes ago (recorded afterwards): a letter in force then but not now must warn now.
      const openedAt = new Date(Date.now() - 10 * 60_000).toISOString();
      let state = (await api('post', `/meetings/${meeting.id}/open`, chair).send({ at: openedAt }).expect(200)).body as MeetingState;
      expect(state.currentItemId).toBe(agenda[0].id);
      expect(warning(state, salvador)).toBe(true);
      expect(warning(state, durango)).toBe(true);
      state = (await api('put', `/meetings/${meeting.id}/current-item`, secretary).send({ agendaItemId: agenda[5].id }).expect(200)).body;
      expect(warning(state, salvador)).toBe(false);
      // The right representative fixes Durango's; a letter that ran out after the opening warns again now.
      await api('put', `/meetings/${meeting.id}/attendance/${durango}`, secretary).send({ status: 'absent' }).expect(200);
      state = (
        await api('put', `/meetings/${meeting.id}/attendance/${durango}`, secretary)
          .send({ status: 'represented', representativeName: 'Ruvalcaba' })
          .expect(200)
      ).body;
      expect(warning(state, durango)).toBe(false);
      const expired = new Date(Date.now() - 5 * 60_000).toISOString();
      state = (
        await api('post', `/meetings/${meeting.id}/representations`, secretary)
          .send({ memberPersonId: salvador, representativeName: 'Jimena Reigosa', letterAttachmentId: letter1, validUntil: expired })
          .expect(201)
      ).body;
      state = (await api('put', `/meetings/${meeting.id}/current-item`, secretary).send({ agendaItemId: agenda[6].id }).expect(200)).body;
      expect(warning(state, salvador)).toBe(true);
    });
  });

  describe('a refusal that names the rule', () => {
    it('refuses the floor and a ballot to a representative whose letter covers other items, saying which (403)', async () => {
      const { meeting, agenda } = await createMeeting(t, secretary, commissionId);
      await api('post', `/meetings/${meeting.id}/convene`, secretary).send(CALL_ISSUED).expect(200);
      const salvador = ids.get('Salvador Romero Espinosa') as string;
      const jimena = await personId(t, secretary, 'Jimena Reigosa');
      const letter = (
        await t.http.post('/api/attachments').set('Authorization', secretary).attach('file', samplePdf(), 'oficio.pdf').expect(201)
      ).body.id as string;
      await api('post', `/meetings/${meeting.id}/representations`, secretary)
        .send({
          memberPersonId: salvador,
          representativePersonId: jimena,
          representativeName: 'Jimena Reigosa',
          letterAttachmentId: letter,
          agendaItemIds: [agenda[1].id, agenda[2].id],
        })
        .expect(201);
      await api('put', `/meetings/${meeting.id}/attendance/${salvador}`, secretary)
        .send({ status: 'represented', representativePersonId: jimena })
        .expect(200);
      await markPresent(
        t,
        secretary,
        meeting.id,
        ids,
        voterNames()
          .filter((n) => n !== 'Salvador Romero Espinosa')
          .slice(0, 22),
      );
      await api('post', `/meetings/${meeting.id}/open`, chair).expect(200);
      expect((await api('get', `/meetings/${meeting.id}`, secretary).expect(200)).body.currentItemId).toBe(agenda[0].id);

      const floor = (await api('post', `/meetings/${meeting.id}/speakers`, representative).expect(403)).body;
      expect(floor).toMatchObject({ code: 'room_refused', detail: 'La carta de representación cubre los puntos 2–3.' });
      expect(floor.messages.en.detail).toBe('The representation letter covers items 2–3.');

      const poll = (
        await api('post', `/meetings/${meeting.id}/polls`, secretary)
          .send({ agendaItemId: agenda[0].id, subject: 'Punto 1', method: 'named' })
          .expect(201)
      ).body as { id: string; options: Array<{ id: string; meaning: string }> };
      await api('post', `/polls/${poll.id}/open`, secretary).expect(200);
      const ballot = (
        await api('post', `/polls/${poll.id}/ballots`, representative)
          .send({ memberPersonId: salvador, optionId: poll.options[0].id, idempotencyKey: 'refused-ballot-1' })
          .expect(403)
      ).body;
      expect(ballot).toMatchObject({ code: 'room_refused', detail: 'La carta de representación cubre los puntos 2–3.' });

      await api('put', `/meetings/${meeting.id}/current-item`, secretary).send({ agendaItemId: agenda[1].id }).expect(200);
      await api('post', `/meetings/${meeting.id}/speakers`, representative).expect(201);
    });
  });

  it('holds the seed’s session as a closed session with its minutes', async () => {
    const list = (
      await api('get', `/commissions/${commissionId}/meetings?status=closed&q=Primera Sesión Ordinaria 2021`, commissioner).expect(200)
    ).body;
    const seeded = list.items.find((m: { title: string }) => m.title === 'Primera Sesión Ordinaria 2021');
    expect(seeded).toMatchObject({ status: 'closed', openedAt: '2021-02-15T17:23:00.000Z', closedAt: '2021-02-15T18:57:00.000Z' });
    const state = (await api('get', `/meetings/${seeded.id}`, commissioner).expect(200)).body as MeetingState;
    expect(state.attendance.filter((a) => a.status === 'represented')).toHaveLength(5);
    expect(new Set(state.attendance.filter((a) => a.status === 'represented').map((a) => a.representativeName))).toEqual(
      new Set(['Ruvalcaba', 'Jimena Reigosa', 'Claudia Arteaga', 'Jorge Contreras']),
    );
    expect(state.decisions).toHaveLength(3);
    const minutes = (await api('get', `/meetings/${seeded.id}/minutes`, commissioner).expect(200)).body;
    expect(minutes.markdown).toContain('Siendo las 11:23 horas del 15 de febrero de 2021, se declaró instalada la sesión.');
    expect(minutes.markdown).toContain('Siendo las 12:57 horas del 15 de febrero de 2021, se declaró clausurada la sesión.');
    // A representative recorded in a session may enter its room.
    await api('get', `/meetings/${seeded.id}`, representative).expect(200);
  });
});
