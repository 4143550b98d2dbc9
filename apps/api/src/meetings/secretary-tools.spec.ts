import { MeetingChange, MeetingState } from '@cocrea/contracts';
import { LogMailer, OutgoingMail } from '../notifications';
import { eventually } from '../testing/cluster/services';
import { DEMO, startAsSecretary, TestApp } from '../testing/test-app';
import { CALL_ISSUED, createMeeting, memberIds, personId, seedCall } from './testing/meeting-fixtures';

/** The secretary's tools: correcting and cancelling calls, letters on the record, the quick roll call, the floor for anyone. */
/** The mails with `subject` the outbox hands to the log transport from now on (it sends after the request). */
function mailsWithIn(t: TestApp, subject: string): () => OutgoingMail[] {
  const send = jest.spyOn(t.app.get(LogMailer), 'send');
  return () => send.mock.calls.map(([mail]) => mail).filter((mail) => mail.subject === subject);
}

describe('meetings: the secretary’s tools', () => {
  let t: TestApp;
  let secretary: string;
  let chair: string;
  let commissioner: string;
  let commissionId: string;
  let ids: Map<string, string>;

  beforeAll(async () => {
    ({ t, secretary, commissionId } = await startAsSecretary());
    [chair, commissioner] = await Promise.all([DEMO.chair, DEMO.commissioner].map((e) => t.login(e)));
    ids = await memberIds(t, secretary, commissionId);
  }, 240_000);
  afterAll(() => t?.close());

  const api = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, auth: string) =>
    t.http[method](`/api${path}`).set('Authorization', auth);
  const convened = async (title: string) => {
    const { meeting } = await createMeeting(t, secretary, commissionId, seedCall({ title }));
    await api('post', `/meetings/${meeting.id}/convene`, secretary).send(CALL_ISSUED).expect(200);
    return meeting.id;
  };

  it('corrects a draft call (agenda included) without notice; a commissioner may not', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId, seedCall({ title: 'Borrador a corregir' }));
    const mailer = t.app.get(LogMailer);
    const before = mailer.sentCount;
    await api('patch', `/meetings/${meeting.id}`, commissioner).send({ title: 'x' }).expect(403);
    const state = (
      await api('patch', `/meetings/${meeting.id}`, secretary)
        .send({ place: 'Sala B', agenda: [{ title: 'Lista de asistencia', kind: 'procedural' }] })
        .expect(200)
    ).body as MeetingState;
    expect(state.meeting.place).toBe('Sala B');
    expect(state.agenda.map((i) => i.title)).toEqual(['Lista de asistencia']);
    expect(mailer.sentCount).toBe(before);
    await api('patch', `/meetings/${meeting.id}`, secretary).send({}).expect(400);
  });

  it('a change to an issued call notifies every member', async () => {
    const id = await convened('Convocatoria que cambia de sede');
    const sent = mailsWithIn(t, 'Cambio en la convocatoria: Convocatoria que cambia de sede');
    try {
      await api('patch', `/meetings/${id}`, secretary).send({ place: 'Auditorio' }).expect(200);
      await eventually(() => sent().length >= 43, 'the change mailed to every member');
      expect(sent()).toHaveLength(43);
      expect(sent()[0].text).toContain('el lugar');
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('withdraws a draft (gone: 404 after) but not an issued call (409)', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId, seedCall({ title: 'Borrador a retirar' }));
    await api('delete', `/meetings/${meeting.id}`, commissioner).expect(403);
    await api('delete', `/meetings/${meeting.id}`, secretary).expect(204);
    await api('get', `/meetings/${meeting.id}`, secretary).expect(404);
    const id = await convened('Convocatoria emitida');
    expect((await api('delete', `/meetings/${id}`, secretary).expect(409)).body.code).toBe('meeting_wrong_status');
  });

  it('cancels an issued call with a reason sent to every member; a cancelled session cannot open', async () => {
    const id = await convened('Sesión a cancelar');
    const sent = mailsWithIn(t, 'Cancelación: Sesión a cancelar');
    await api('post', `/meetings/${id}/cancel`, secretary).send({}).expect(400);
    const state = (await api('post', `/meetings/${id}/cancel`, secretary).send({ reason: 'Falta de sede' }).expect(200))
      .body as MeetingState;
    expect(state.meeting).toMatchObject({ status: 'cancelled', cancellationReason: 'Falta de sede' });
    try {
      await eventually(() => sent().length >= 43, 'the cancellation mailed to every member');
      expect(sent()).toHaveLength(43);
      expect(sent()[0].text).toContain('Motivo: Falta de sede');
    } finally {
      jest.restoreAllMocks();
    }
    await api('post', `/meetings/${id}/open`, chair).expect(409);
  });

  it('"todos presentes" marks only the members without a status; a letter fills the represented row once', async () => {
    const id = await convened('Pase de lista rápido');
    const durango = ids.get('Paulina Elizabeth Compean Torres') as string;
    const absent = ids.get('Conrado Mendoza Márquez') as string;
    const ruvalcaba = await personId(t, secretary, 'Ruvalcaba');
    const letter = (
      await api('post', `/meetings/${id}/representations`, secretary)
        .send({ memberPersonId: durango, representativePersonId: ruvalcaba, representativeName: 'Ruvalcaba' })
        .expect(201)
    ).body as MeetingState;
    expect(letter.attendance.find((a) => a.personId === durango)).toMatchObject({ status: 'represented', marked: true });
    await api('put', `/meetings/${id}/attendance/${absent}`, secretary).send({ status: 'absent' }).expect(200);
    await api('post', `/meetings/${id}/attendance/all-present`, commissioner).expect(403);
    const state = (await api('post', `/meetings/${id}/attendance/all-present`, secretary).expect(200)).body as MeetingState;
    expect(state.attendance.every((a) => a.marked)).toBe(true);
    expect(state.attendance.find((a) => a.personId === durango)?.status).toBe('represented');
    expect(state.attendance.find((a) => a.personId === absent)?.status).toBe('absent');
    expect(state.quorum).toMatchObject({ present: 42, represented: 1 });
  });

  it('records several exceptions in one command, one change with every row, all or none', async () => {
    const id = await convened('Ausentes nombrados juntos');
    await api('post', `/meetings/${id}/attendance/all-present`, secretary).expect(200);
    const absent = ['José Echavarría Trejo', 'Manuel Román Osorno Magaña', 'Hugo Alejandro Villar Pinto'].map((n) => ids.get(n) as string);
    const entries = absent.map((personId) => ({ personId, status: 'absent' }));
    await api('put', `/meetings/${id}/attendance`, commissioner).send({ entries }).expect(403);
    await api('put', `/meetings/${id}/attendance`, secretary)
      .send({ entries: [...entries, entries[0]] })
      .expect(400);
    const stranger = await personId(t, secretary, 'Jimena Reigosa');
    await api('put', `/meetings/${id}/attendance`, secretary)
      .send({ entries: [...entries, { personId: stranger, status: 'absent' }] })
      .expect(400);
    const unchanged = (await api('get', `/meetings/${id}`, secretary).expect(200)).body as MeetingState;
    expect(unchanged.quorum.present).toBe(43);

    const change = (await api('put', `/meetings/${id}/attendance`, secretary).send({ entries }).expect(200)).body as MeetingChange;
    expect(change.attendance.map((a) => [a.personId, a.status]).sort()).toEqual(absent.map((a) => [a, 'absent']).sort());
    expect(change.quorum.present).toBe(40);
  });

  it('withdraws an unused letter freely (its row goes); once the session opened with it, only with a reason kept on record', async () => {
    const id = await convened('Oficios');
    const durango = ids.get('Paulina Elizabeth Compean Torres') as string;
    const jalisco = ids.get('Salvador Romero Espinosa') as string;
    const first = (
      await api('post', `/meetings/${id}/representations`, secretary)
        .send({ memberPersonId: durango, representativeName: 'Ruvalcaba' })
        .expect(201)
    ).body as MeetingState;
    const unused = first.representations[0].id;
    const withdrawn = (await api('post', `/meetings/${id}/representations/${unused}/withdraw`, secretary).send({}).expect(200))
      .body as MeetingState;
    expect(withdrawn.representations).toEqual([]);
    expect(withdrawn.withdrawnRepresentations[0]).toMatchObject({ id: unused, withdrawalReason: null });
    expect(withdrawn.attendance.find((a) => a.personId === durango)?.marked).toBe(false);

    const second = (
      await api('post', `/meetings/${id}/representations`, secretary)
        .send({ memberPersonId: jalisco, representativeName: 'Jimena Reigosa' })
        .expect(201)
    ).body as MeetingState;
    const used = second.representations[0].id;
    await api('post', `/meetings/${id}/attendance/all-present`, secretary).expect(200);
    await api('post', `/meetings/${id}/open`, chair).expect(200);
    const refused = await api('patch', `/meetings/${id}/representations/${used}`, secretary)
      .send({ representativeName: 'Otra' })
      .expect(409);
    expect(refused.body.code).toBe('representation_conflict');
    const corrected = (
      await api('patch', `/meetings/${id}/representations/${used}`, secretary)
        .send({ representativeName: 'Jimena Reigosa Lozano', reason: 'Nombre completo' })
        .expect(200)
    ).body as MeetingState;
    expect(corrected.representations[0].corrections).toEqual([
      expect.objectContaining({ reason: 'Nombre completo', before: expect.objectContaining({ representativeName: 'Jimena Reigosa' }) }),
    ]);
    expect(corrected.attendance.find((a) => a.personId === jalisco)?.representativeName).toBe('Jimena Reigosa Lozano');
    await api('post', `/meetings/${id}/representations/${used}/withdraw`, secretary).send({}).expect(409);
    const kept = (
      await api('post', `/meetings/${id}/representations/${used}/withdraw`, secretary).send({ reason: 'Oficio revocado' }).expect(200)
    ).body as MeetingState;
    expect(kept.withdrawnRepresentations.map((r) => [r.id, r.withdrawalReason])).toContainEqual([used, 'Oficio revocado']);
  });

  it('members check themselves in only while the chair keeps it open', async () => {
    const id = await convened('Registro propio');
    const me = ids.get('Mariana Contreras Soto') as string;
    await api('post', `/meetings/${id}/check-in`, commissioner).expect(409);
    await api('put', `/meetings/${id}/self-check-in`, commissioner).send({ open: true }).expect(403);
    await api('put', `/meetings/${id}/self-check-in`, secretary).send({ open: true }).expect(200);
    const state = (await api('post', `/meetings/${id}/check-in`, commissioner).expect(200)).body as MeetingState;
    expect(state.attendance.find((a) => a.personId === me)).toMatchObject({ status: 'present', marked: true });
    await api('put', `/meetings/${id}/self-check-in`, secretary).send({ open: false }).expect(200);
  });

  it('the secretary puts a member and a guest presenter on the speakers’ list; a commissioner may only ask for themself', async () => {
    const id = await convened('Lista de oradores');
    await api('post', `/meetings/${id}/attendance/all-present`, secretary).expect(200);
    await api('post', `/meetings/${id}/open`, chair).expect(200);
    const member = ids.get('Mariana Contreras Soto') as string;
    await api('post', `/meetings/${id}/speakers`, commissioner).send({ guestName: 'Alguien' }).expect(403);
    await api('post', `/meetings/${id}/speakers`, secretary).send({ personId: member }).expect(201);
    const state = (
      await api('post', `/meetings/${id}/speakers`, secretary)
        .send({ guestName: 'Victoria Alsina Burgués', guestOrganization: 'GovLab' })
        .expect(201)
    ).body as MeetingState;
    expect(state.speakers.map((s) => [s.name, s.organization, s.personId === null])).toEqual([
      ['Mariana Contreras Soto', null, false],
      ['Victoria Alsina Burgués', 'GovLab', true],
    ]);
    const again = await api('post', `/meetings/${id}/speakers`, commissioner).send({}).expect(409);
    expect(again.body.code).toBe('floor_conflict');
    await api('post', `/meetings/${id}/speakers`, secretary).send({ personId: member, guestName: 'x' }).expect(400);
  });
});
