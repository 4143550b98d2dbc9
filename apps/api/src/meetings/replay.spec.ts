import { MeetingMinutes, MeetingState, Page, MeetingSummary } from '@cocrea/contracts';
import demoRecord from '../seed/demo-commission.json';
import { DemoRecord } from '../seed/demo-record';
import { DemoSessionRecord } from '../seed/demo-session';
import { DEMO, startAsSecretary, TestApp } from '../testing/test-app';
import { createMeeting, memberIds, personId, seedCall } from './testing/meeting-fixtures';

const record = demoRecord as unknown as DemoRecord & DemoSessionRecord;
const { session, people } = record;

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
    await api('post', `/meetings/${meeting.id}/convene`).expect(200);

    const late = new Set(session.late_arrivals_recorded);
    const roll: Array<{ name: string; body: object }> = [
      { name: people.chair.name, body: { status: 'present' } },
      { name: people.secretary.name, body: { status: 'present' } },
    ];
    for (const entry of people.roll_call) {
      const representative = entry.represented_by?.split(',')[0].trim();
      if (representative) {
        const representativePersonId = await personId(t, secretary, representative);
        await api('post', `/meetings/${meeting.id}/representations`)
          .send({ memberPersonId: ids.get(entry.name), representativePersonId, representativeName: representative })
          .expect(201);
        roll.push({ name: entry.name, body: { status: 'represented', representativePersonId } });
      } else if (entry.answered) roll.push({ name: entry.name, body: { status: 'present' } });
      else if (late.has(entry.name)) roll.push({ name: entry.name, body: { status: 'late', arrivedAt: null } });
    }
    for (const name of ['Adrián Alcalá Méndez', 'Oscar Mauricio Guerra Ford']) roll.push({ name, body: { status: 'present' } });
    for (const { name, body } of roll)
      await api('put', `/meetings/${meeting.id}/attendance/${ids.get(name)}`)
        .send(body)
        .expect(200);

    const at = (hhmm: string) => `${session.date}T${hhmm}:00-06:00`;
    state = (
      await api('post', `/meetings/${meeting.id}/open`, chair)
        .send({ at: at(session.opened_at) })
        .expect(200)
    ).body;
    const kinds = ['agenda_approval', 'waive_reading', 'minutes_approval'];
    for (const [index, vote] of session.votes.entries()) {
      await api('post', `/meetings/${meeting.id}/decisions`)
        .send({ agendaItemId: state.agenda[vote.agenda_item - 1].id, kind: kinds[index], subject: vote.subject, outcome: 'unanimous' })
        .expect(201);
    }
    const early = await api('post', `/meetings/${meeting.id}/close`, chair)
      .send({ at: at('11:00') })
      .expect(400);
    expect(early.body.errors[0].path).toBe('at');
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

  it('lists five represented members and their four representatives, Ruvalcaba for both Durango commissioners', () => {
    for (const entry of people.roll_call.filter((r) => r.represented_by)) {
      const representative = entry.represented_by?.split(',')[0].trim();
      expect(minutes.markdown).toContain(`- ${entry.name}, en representación: ${representative}`);
      expect(minutes.markdown).toContain(`${representative} en representación de ${entry.name}: sin oficio adjunto`);
    }
    expect(state.attendance.filter((a) => a.status === 'represented')).toHaveLength(5);
    expect(new Set(state.attendance.filter((a) => a.status === 'represented').map((a) => a.representativeName)).size).toBe(4);
  });

  it('declares quorum and states the three unanimous decisions under their items', () => {
    expect(minutes.markdown).toMatch(
      /Se declaró quórum legal con \d+ de 43 integrantes con voto \(5 en representación; se requerían 22\)\./,
    );
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
    await t.http.post(`/api/meetings/${next.meeting.id}/convene`).set('Authorization', secretary).expect(200);
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

  it('states the same facts as the demo’s own record of that session', async () => {
    const list = (await t.http.get(`/api/commissions/${commissionId}/meetings?status=closed`).set('Authorization', secretary).expect(200))
      .body as Page<MeetingSummary>;
    const seeded = list.items.find((m) => m.title === session.title) as MeetingSummary;
    const demo = (await t.http.get(`/api/meetings/${seeded.id}/minutes`).set('Authorization', secretary).expect(200))
      .body as MeetingMinutes;
    const facts = (text: string) => text.split('\n').filter((line) => !line.startsWith('# ') && !line.startsWith('**Lugar'));
    expect(facts(minutes.markdown)).toEqual(facts(demo.markdown));
  });
});
