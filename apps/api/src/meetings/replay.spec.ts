import { MeetingMinutes, MeetingState, Page, MeetingSummary } from '@cocrea/contracts';
import demoRecord from '../seed/demo-commission.json';
import { DemoRecord } from '../seed/demo-record';
import { demoDecisions, demoRollCall, DemoSessionRecord } from '../seed/demo-session';
import { DEMO, startAsSecretary, TestApp } from '../testing/test-app';
import { CALL_ISSUED, createMeeting, memberIds, personId, seedCall } from './testing/meeting-fixtures';

const record = demoRecord as unknown as DemoRecord & DemoSessionRecord;
const { session } = record;

/**
 * Runs the 2021-02-15 session again through the api, as the secretary would have recorded it —
 * its call, roll call with the five representations, opening at 11:23, the three show-of-hands
 * decisions and the closing at 12:57 — and checks that the minutes state the record's facts.
 */
describe('replaying the seed session through the api', () => {
  let t: TestApp;
  let secretary: string;
  let chair: string;
  let commissionId: string;
  let minutes: MeetingMinutes;
  let state: MeetingState;

  beforeAll(async () => {
    ({ t, secretary, commissionId } = await startAsSecretary());
    chair = await t.login(DEMO.chair);
    const ids = await memberIds(t, secretary, commissionId);
    const api = (method: 'post' | 'put', path: string, auth = secretary) => t.http[method](`/api${path}`).set('Authorization', auth);

    const { meeting } = await createMeeting(
      t,
      secretary,
      commissionId,
      seedCall({ title: 'Réplica de la Primera Sesión Ordinaria 2021', videoUrl: null }),
    );
    await api('post', `/meetings/${meeting.id}/convene`).send(CALL_ISSUED).expect(200);

    const roll = demoRollCall(record).filter((e) => e.status !== 'absent');
    for (const entry of roll) {
      let body: object = { status: entry.status };
      if (entry.representative) {
        const representativePersonId = await personId(t, secretary, entry.representative);
        await api('post', `/meetings/${meeting.id}/representations`)
          .send({ memberPersonId: ids.get(entry.name), representativePersonId, representativeName: entry.representative })
          .expect(201);
        body = { status: 'represented', representativePersonId };
      }
      // Late arrivals came after the quorum was declared: they are recorded after the opening below.
      if (entry.status !== 'late')
        await api('put', `/meetings/${meeting.id}/attendance/${ids.get(entry.name)}`)
          .send(body)
          .expect(200);
    }

    const at = (hhmm: string) => `${session.date}T${hhmm}:00-06:00`;
    state = (
      await api('post', `/meetings/${meeting.id}/open`, chair)
        .send({ at: at(session.opened_at) })
        .expect(200)
    ).body;
    for (const entry of roll.filter((e) => e.status === 'late'))
      await api('put', `/meetings/${meeting.id}/attendance/${ids.get(entry.name)}`)
        .send({ status: 'late', arrivedAt: null })
        .expect(200);
    for (const decision of demoDecisions(session)) {
      await api('post', `/meetings/${meeting.id}/decisions`)
        .send({
          agendaItemId: state.agenda[decision.agendaItem - 1].id,
          kind: decision.kind,
          subject: decision.subject,
          outcome: decision.outcome,
          at: at(session.opened_at),
        })
        .expect(201);
    }
    // Closing before what is on record (the decisions were recorded just now) is refused.
    const early = await api('post', `/meetings/${meeting.id}/close`, chair)
      .send({ at: at('11:00') })
      .expect(409);
    expect(early.body.code).toBe('meeting_wrong_status');
    state = (
      await api('post', `/meetings/${meeting.id}/close`, chair)
        .send({ at: at(session.closed_at) })
        .expect(200)
    ).body;
    minutes = (await t.http.get(`/api/meetings/${meeting.id}/minutes`).set('Authorization', secretary).expect(200)).body;
  });
  afterAll(() => t?.close());

  it('records the session as opened at 11:23 and closed at 12:57 Mexico City time', () => {
    expect(state.meeting).toMatchObject({ status: 'closed', openedAt: '2021-02-15T17:23:00.000Z', closedAt: '2021-02-15T18:57:00.000Z' });
    expect(minutes.markdown).toContain('Siendo las 11:23 horas del 15 de febrero de 2021, se declaró instalada la sesión.');
    expect(minutes.markdown).toContain('Siendo las 12:57 horas del 15 de febrero de 2021, se declaró clausurada la sesión.');
  });

  it('lists the record’s five represented members and who stood in for each, Ruvalcaba for both Durango commissioners', () => {
    const standIns: Array<[string, string]> = [
      ['Paulina Elizabeth Compean Torres', 'Ruvalcaba'],
      ['Luz María Mariscal Cárdenas', 'Ruvalcaba'],
      ['Salvador Romero Espinosa', 'Jimena Reigosa'],
      ['Cynthia Patricia Cantero Pacheco', 'Claudia Arteaga'],
      ['Dora Ivonne Rosales Sotelo', 'Jorge Contreras'],
    ];
    for (const [member, representative] of standIns) {
      expect(minutes.markdown).toContain(`- ${member}, en representación: ${representative}`);
      expect(minutes.markdown).toContain(`${representative} en representación de ${member}: sin oficio adjunto`);
    }
    const represented = state.attendance.filter((a) => a.status === 'represented');
    expect(represented.map((a) => [a.name, a.representativeName]).sort()).toEqual([...standIns].sort());
  });

  it('declares the quorum taken at the opening and states the three unanimous decisions under their items', () => {
    // The secretary announced 33 at the quorum check, but the transcript names only 28 voting members then: the chair,
    // the secretary and 19 commissioners answering, the 5 represented and the 2 INAI commissioners taking part.
    // Whom the other 5 were it does not say; the 2 late arrivals (Conrado Mendoza Márquez, Josefina Díaz) came
    // after 11:23 and do not count. The minutes state what the data gives.
    expect(minutes.markdown).toContain('Se declaró quórum legal con 28 de 43 integrantes con voto (5 en representación; se requerían 22).');
    expect(state.decisions.map((d) => [d.kind, d.outcome])).toEqual([
      ['agenda_approval', 'unanimous'],
      ['waive_reading', 'unanimous'],
      ['minutes_approval', 'unanimous'],
    ]);
    expect(minutes.markdown).toContain('**Acuerdo:** Aprobación del Orden del Día: aprobado por unanimidad.');
    expect(minutes.markdown).toContain(
      '**Acuerdo:** Dispensa de la lectura de los documentos circulados con la convocatoria (art. 65): aprobado por unanimidad.',
    );
    expect(minutes.markdown).toContain(
      '**Acuerdo:** Aprobación del acta de la Cuarta Sesión Ordinaria 2020 (2020-12-17): aprobado por unanimidad.',
    );
    expect(minutes.markdown).toContain('- Conrado Mendoza Márquez');
  });

  it('puts the replayed session’s minutes to approval at the next call, and approving them there records where', async () => {
    const suggestion = (
      await t.http.get(`/api/commissions/${commissionId}/meetings/call-suggestion`).set('Authorization', secretary).expect(200)
    ).body;
    expect(suggestion.pendingMinutes).toMatchObject({ meetingId: state.meeting.id, title: 'Réplica de la Primera Sesión Ordinaria 2021' });
    const commissioner = await t.login(DEMO.commissioner);
    await t.http.get(`/api/commissions/${commissionId}/meetings/call-suggestion`).set('Authorization', commissioner).expect(403);

    const next = await createMeeting(
      t,
      secretary,
      commissionId,
      seedCall({ title: 'Segunda Sesión Ordinaria 2021', scheduledAt: '2021-04-19T11:00:00-05:00' }),
    );
    const ids = await memberIds(t, secretary, commissionId);
    await t.http.post(`/api/meetings/${next.meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
    for (const name of [...ids.keys()].filter((n) => n !== 'Pedro Delfino Arzeta García').slice(0, 22)) {
      await t.http
        .put(`/api/meetings/${next.meeting.id}/attendance/${ids.get(name)}`)
        .set('Authorization', secretary)
        .send({ status: 'present' })
        .expect(200);
    }
    await t.http.post(`/api/meetings/${next.meeting.id}/open`).set('Authorization', chair).expect(200);
    await t.http
      .post(`/api/meetings/${next.meeting.id}/decisions`)
      .set('Authorization', secretary)
      .send({
        agendaItemId: next.agenda[2].id,
        kind: 'minutes_approval',
        subject: 'Aprobación del acta de la sesión anterior',
        outcome: 'unanimous',
      })
      .expect(201);
    const approved = (await t.http.get(`/api/meetings/${state.meeting.id}/minutes`).set('Authorization', secretary).expect(200))
      .body as MeetingMinutes;
    expect(approved.approvedIn).toEqual({ meetingId: next.meeting.id, title: 'Segunda Sesión Ordinaria 2021' });
    const after = (
      await t.http.get(`/api/commissions/${commissionId}/meetings/call-suggestion`).set('Authorization', secretary).expect(200)
    ).body;
    // The demo's own 2021-02-15 session is older and still pending.
    expect(after.pendingMinutes.title).toBe('Primera Sesión Ordinaria 2021');
  });

  it('holds the demo’s own record of that session with the same quorum at the opening', async () => {
    const list = (await t.http.get(`/api/commissions/${commissionId}/meetings?status=closed`).set('Authorization', secretary).expect(200))
      .body as Page<MeetingSummary>;
    const seeded = list.items.find((m) => m.title === session.title) as MeetingSummary;
    const demo = (await t.http.get(`/api/meetings/${seeded.id}/minutes`).set('Authorization', secretary).expect(200))
      .body as MeetingMinutes;
    expect(demo.markdown).toContain('Se declaró quórum legal con 28 de 43 integrantes con voto (5 en representación; se requerían 22).');
  });
});
