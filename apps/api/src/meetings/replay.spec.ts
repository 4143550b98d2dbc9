import {
  Agreement,
  MeetingMinutes,
  MeetingState,
  Page,
  MeetingSummary,
  PollState,
  PublicSessionDetail,
  SessionAuditReport,
  VotingRight,
} from '@cocrea/contracts';
import demoRecord from '../seed/demo-commission.json';
import { DemoRecord } from '../seed/demo-record';
import { DEMO_INVITED, demoDecisions, demoRollCall, DemoSessionRecord } from '../seed/demo-session';
import { DEMO, startAsSecretary, TestApp } from '../testing/test-app';
import { DataSource } from 'typeorm';
import { CALL_ISSUED, createMeeting, markPresent, memberIds, personId, seedCall } from './testing/meeting-fixtures';

const record = demoRecord as unknown as DemoRecord & DemoSessionRecord;
const { session } = record;
const PREVIOUS = 'Cuarta Sesión Ordinaria 2020 (réplica)';
/** How each of the record's three votes is taken in the replay: one method each. */
const METHODS = ['show_of_hands', 'named', 'secret'] as const;

/**
 * Runs the 2021-02-15 session again through the api, as the secretary would have recorded it afterwards —
 * a replica of the 2020 session whose minutes it approves, its call, roll call with the five representations
 * (four people), the invited participants, opening at 11:23, the record's three votes taken as polls of three
 * methods at declared times, and the closing at 12:57 — and checks that the minutes and the portal state each
 * outcome once, one agreement per passed outcome, and the 2020 minutes approved in that session.
 */
describe('replaying the seed session through the api', () => {
  let t: TestApp;
  let secretary: string;
  let chair: string;
  let commissionId: string;
  let minutes: MeetingMinutes;
  let markdown: string;
  let state: MeetingState;
  let previousId: string;
  let polls: PollState[];
  let agreements: Agreement[];
  let duplicate: { status: number; type: string; body: { code: string } };

  beforeAll(async () => {
    ({ t, secretary, commissionId } = await startAsSecretary());
    chair = await t.login(DEMO.chair);
    const representative = await t.login(DEMO.representative);
    const ids = await memberIds(t, secretary, commissionId);
    const api = (method: 'post' | 'put' | 'get', path: string, auth = secretary) =>
      t.http[method](`/api${path}`).set('Authorization', auth);
    const at = (hhmm: string, date = session.date) => `${date}T${hhmm}:00-06:00`;

    // The 2020 session, held and closed, whose minutes are still pending.
    const previous = (
      await createMeeting(t, secretary, commissionId, seedCall({ title: PREVIOUS, scheduledAt: at('11:00', '2020-12-17'), videoUrl: null }))
    ).meeting;
    previousId = previous.id;
    await api('post', `/meetings/${previousId}/convene`)
      .send({ at: at('10:00', '2020-12-10') })
      .expect(200);
    await markPresent(t, secretary, previousId, ids, [...ids.keys()].filter((n) => n !== 'Pedro Delfino Arzeta García').slice(0, 26));
    const opened = await api('post', `/meetings/${previousId}/open`, chair).send({ at: at('11:05', '2020-12-17') });
    expect([opened.status, opened.body.detail]).toEqual([200, undefined]);
    await api('post', `/meetings/${previousId}/close`, chair)
      .send({ at: at('12:30', '2020-12-17') })
      .expect(200);

    const { meeting, agenda } = await createMeeting(
      t,
      secretary,
      commissionId,
      seedCall({ title: 'Réplica de la Primera Sesión Ordinaria 2021', videoUrl: null }),
    );
    // Drafting the call named the minutes its item 3 approves: the previous session still pending.
    expect(agenda[2].approvesMinutesOf).toBe(previousId);
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
    for (const guest of DEMO_INVITED) await api('post', `/meetings/${meeting.id}/invited-participants`).send(guest).expect(201);

    state = (
      await api('post', `/meetings/${meeting.id}/open`, chair)
        .send({ at: at(session.opened_at) })
        .expect(200)
    ).body;
    for (const entry of roll.filter((e) => e.status === 'late'))
      await api('put', `/meetings/${meeting.id}/attendance/${ids.get(entry.name)}`)
        .send({ status: 'late', arrivedAt: null })
        .expect(200);

    // The record's three votes, each a poll of another method, opened and closed at declared times.
    polls = [];
    for (const [index, decision] of demoDecisions(session).entries()) {
      const method = METHODS[index];
      const poll: PollState = (
        await api('post', `/meetings/${meeting.id}/polls`)
          .send({ agendaItemId: state.agenda[decision.agendaItem - 1].id, subject: decision.subject, method, kind: decision.kind })
          .expect(201)
      ).body;
      await api('post', `/polls/${poll.id}/open`, chair)
        .send({ at: at(`11:${30 + index * 5}`) })
        .expect(200);
      const yes = poll.options.find((o) => o.meaning === 'yes')?.id;
      if (method === 'show_of_hands') {
        const roster: VotingRight[] = (await api('get', `/polls/${poll.id}/roster`).expect(200)).body;
        polls.push(
          (
            await api('post', `/polls/${poll.id}/show-of-hands`)
              .send({ yes: roster.length, no: 0, abstain: 0, at: at(`11:${32 + index * 5}`) })
              .expect(200)
          ).body,
        );
        continue;
      }
      for (const voter of [chair, secretary, representative]) {
        const rights: VotingRight[] = (await api('get', `/polls/${poll.id}/rights`, voter).expect(200)).body;
        for (const right of rights)
          await api('post', `/polls/${poll.id}/ballots`, voter)
            .send({ memberPersonId: right.memberPersonId, optionId: yes, idempotencyKey: `${poll.id}-${right.memberPersonId}` })
            .expect(201);
      }
      polls.push(
        (
          await api('post', `/polls/${poll.id}/close`, chair)
            .send({ at: at(`11:${32 + index * 5}`) })
            .expect(200)
        ).body,
      );
    }
    // The secretary records the minutes' approval a second time as a decision: the poll already decided it.
    const again = await api('post', `/meetings/${meeting.id}/decisions`).send({
      agendaItemId: state.agenda[2].id,
      kind: 'minutes_approval',
      subject: 'Aprobación del acta de la Cuarta Sesión Ordinaria 2020 (2020-12-17)',
      outcome: 'unanimous',
      at: at('11:50'),
    });
    duplicate = { status: again.status, type: again.type, body: again.body };

    // Closing before what is on record (the last poll closed at 11:42) is refused.
    const early = await api('post', `/meetings/${meeting.id}/close`, chair)
      .send({ at: at('11:40') })
      .expect(409);
    expect(early.body.code).toBe('meeting_wrong_status');
    state = (
      await api('post', `/meetings/${meeting.id}/close`, chair)
        .send({ at: at(session.closed_at) })
        .expect(200)
    ).body;
    minutes = (await api('get', `/meetings/${meeting.id}/minutes`).expect(200)).body;
    markdown = (await api('get', `/meetings/${meeting.id}/minutes.md`).buffer(true).expect(200)).text;
    agreements = (await api('get', `/meetings/${meeting.id}/agreements`).expect(200)).body;
  }, 600_000);
  afterAll(() => t?.close());

  const occurrences = (text: string, part: string) => text.split(part).length - 1;

  it('records the session as opened at 11:23 and closed at 12:57 Mexico City time', () => {
    expect(state.meeting).toMatchObject({ status: 'closed', openedAt: '2021-02-15T17:23:00.000Z', closedAt: '2021-02-15T18:57:00.000Z' });
    expect(markdown).toBe(minutes.markdown);
    expect(markdown).toContain('Siendo las 11:23 horas del 15 de febrero de 2021, se declaró instalada la sesión.');
    expect(markdown).toContain('Siendo las 12:57 horas del 15 de febrero de 2021, se declaró clausurada la sesión.');
  });

  it('states the header: call date, chair and secretary by name', () => {
    expect(markdown).toContain('**Convocatoria:** 1 de febrero de 2021');
    expect(markdown).toContain('**Presidencia:** María del Carmen Nava Polina');
    expect(markdown).toContain('**Secretaría Técnica:** Luis Gustavo Parra Noriega');
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
      expect(markdown).toContain(`- ${member}, en representación: ${representative}`);
      expect(markdown).toContain(`${representative} en representación de ${member}: sin oficio adjunto`);
    }
    const represented = state.attendance.filter((a) => a.status === 'represented');
    expect(represented.map((a) => [a.name, a.representativeName]).sort()).toEqual([...standIns].sort());
    expect(new Set(represented.map((a) => a.representativeName)).size).toBe(4);
  });

  it('lists the invited participants with their organization', () => {
    expect(markdown).toContain('- Victoria Alsina Burgués (GovLab, New York University, Invitada académica)');
    expect(markdown).toContain(
      '- Raúl Cazares Urban (Red Nacional de Comités de Participación Ciudadana, Presidente de la Comisión de Gobierno Abierto)',
    );
    expect(markdown).toContain('- Javier Moro (GESOC, En representación del NOSC de la AGA México)');
    expect(markdown).toContain('- Josefina Díaz (Comité de Participación Ciudadana de Aguascalientes)');
  });

  it('takes each vote as one outcome of its item, whatever the method, with its counts', () => {
    expect(markdown).toContain('Se declaró quórum legal con 28 de 43 integrantes con voto (5 en representación; se requerían 22).');
    expect(state.decisions.map((d) => [d.kind, d.method, d.outcome, d.pollId])).toEqual([
      ['agenda_approval', 'show_of_hands', 'unanimous', polls[0].id],
      ['waive_reading', 'named', 'unanimous', polls[1].id],
      ['minutes_approval', 'secret', 'unanimous', polls[2].id],
    ]);
    const raised = polls[0].result?.yes as number;
    expect(raised).toBeGreaterThan(20);
    expect(occurrences(markdown, '**Acuerdo:** Aprobación del Orden del Día: aprobado por unanimidad')).toBe(1);
    expect(markdown).toContain(
      `**Acuerdo:** Aprobación del Orden del Día: aprobado por unanimidad de los votos emitidos: ${raised} de ${polls[0].rights} derechos (${raised} a favor, 0 en contra, 0 abstenciones).`,
    );
    expect(markdown).toContain('Método: votación económica (a mano alzada).');
    const named = polls[1].result?.yes as number;
    expect(named).toBeGreaterThanOrEqual(2);
    expect(
      occurrences(
        markdown,
        `**Acuerdo:** Dispensa de la lectura de los documentos circulados con la convocatoria (art. 65): aprobado por unanimidad de los votos emitidos: ${named} de ${polls[1].rights} derechos (${named} a favor`,
      ),
    ).toBe(1);
    expect(markdown).toContain('Método: votación nominal.');
    // The record's proxies have no letter on file, so they hold no right: the named votes are the members present who voted.
    expect(markdown).toContain('  - Luis Gustavo Parra Noriega: A favor');
    expect(markdown).toContain('  - María del Carmen Nava Polina: A favor');
    expect(markdown).not.toContain('emitido por Jimena Reigosa');
    expect(markdown).toContain('Método: votación secreta.');
    expect(markdown).toContain('Fundamento: mayoría simple de los votos emitidos.');
  });

  it('makes one agreement per passed outcome, numbered once in the minutes', () => {
    expect(agreements).toHaveLength(3);
    expect(agreements.map((a) => a.pollId)).toEqual(polls.map((p) => p.id));
    for (const a of agreements) expect(occurrences(markdown, `Acuerdo ${a.number}.`)).toBe(1);
    expect(polls.map((p) => p.agreementNumber)).toEqual(agreements.map((a) => a.number));
  });

  it('refuses to record the minutes’ approval a second time (409 problem+json)', () => {
    expect(duplicate.status).toBe(409);
    expect(duplicate.type).toBe('application/problem+json');
    expect(duplicate.body.code).toBe('decision_conflict');
  });

  it('approves exactly the 2020 minutes named in the call, says so, and publishes them frozen with their hash', async () => {
    expect(polls[2].result?.approvedMinutesOf).toEqual({ meetingId: previousId, title: PREVIOUS });
    expect(state.decisions[2].approvedMinutesOf).toEqual({ meetingId: previousId, title: PREVIOUS });
    expect(markdown).toContain(`Se aprueba el acta de la ${PREVIOUS}.`);
    const approved = (await t.http.get(`/api/meetings/${previousId}/minutes`).set('Authorization', secretary).expect(200))
      .body as MeetingMinutes;
    expect(approved.approvedIn).toEqual({ meetingId: state.meeting.id, title: 'Réplica de la Primera Sesión Ordinaria 2021' });
    const published = (await t.http.get(`/api/public/sessions/${previousId}`).expect(200)).body as PublicSessionDetail;
    expect(published.minutes).toMatchObject({
      markdown: approved.markdown,
      approvedInId: state.meeting.id,
      approvedInTitle: 'Réplica de la Primera Sesión Ordinaria 2021',
    });
    expect(published.minutes?.sha256).toMatch(/^[0-9a-f]{64}$/);
    await t.http
      .put(`/api/meetings/${previousId}/minutes`)
      .set('Authorization', secretary)
      .send({ markdown: 'otro texto', version: 99 })
      .expect(409);
  });

  it('shows on the portal every outcome once with its counts, the agreements and the invited participants', async () => {
    const portal = (await t.http.get(`/api/public/sessions/${state.meeting.id}`).expect(200)).body as PublicSessionDetail;
    expect(portal.decisions.map((d) => [d.method, d.agreementNumber])).toEqual(
      METHODS.map((method, index) => [method, agreements[index].number]),
    );
    expect(portal.decisions[2].approvedMinutesOf).toEqual({ meetingId: previousId, title: PREVIOUS });
    expect(portal.agreements.map((a) => a.number)).toEqual(agreements.map((a) => a.number));
    // An agreement of a poll says how it was adopted with the poll's base: 2 votes of 28 rights are not the room's unanimity.
    expect(portal.agreements[1].adoptedBy).toBe(
      `por unanimidad de los votos emitidos: ${polls[1].result?.yes} de ${polls[1].rights} derechos`,
    );
    expect(portal.polls.map((p) => p.agreementNumber)).toEqual(agreements.map((a) => a.number));
    // A show of hands has no ballot rows: its option counts are the outcome's.
    const hands = portal.polls.find((p) => p.method === 'show_of_hands');
    expect(hands?.options.map((o) => o.count)).toEqual([hands?.yes, 0, 0]);
    expect(hands?.yes).toBe(polls[0].result?.yes);
    // Each poll states the rights in the room at its close, the base of its wording ("… de 28 derechos").
    expect(portal.polls.map((p) => p.rights)).toEqual(polls.map((p) => p.rights));
    expect(portal.invitedParticipants.map((i) => i.organization)).toEqual(DEMO_INVITED.map((i) => i.organization));
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

  it('keeps an audit trail of the replay that matches its record, and names a tampered attendance row and link', async () => {
    const meetingId = state.meeting.id;
    const audit = async () =>
      (await t.http.get(`/api/meetings/${meetingId}/audit`).set('Authorization', secretary).expect(200)).body as SessionAuditReport;
    const clean = await audit();
    expect(clean).toMatchObject({ chain: { ok: true }, matchesRecord: true, differences: [] });
    expect(clean.events).toBeGreaterThan(20);

    const db = t.app.get(DataSource);
    const row = { person_id: state.attendance.find((r) => r.status === 'present')?.personId as string };
    await db.query(`UPDATE attendances SET status = 'absent' WHERE meeting_id = $1 AND person_id = $2`, [meetingId, row.person_id]);
    const changedRow = await audit();
    expect(changedRow).toMatchObject({ chain: { ok: true }, matchesRecord: false });
    expect(changedRow.differences).toEqual([{ part: 'attendance', ids: [row.person_id] }]);
    await db.query(`UPDATE attendances SET status = 'present' WHERE meeting_id = $1 AND person_id = $2`, [meetingId, row.person_id]);

    await db.query(`UPDATE session_audit_events SET payload = jsonb_set(payload, '{version}', '999') WHERE meeting_id = $1 AND seq = 2`, [
      meetingId,
    ]);
    expect((await audit()).chain).toEqual({ ok: false, seq: 2, reason: 'hash_mismatch' });
  });
});
