import {
  MeetingState,
  PollState,
  PUBLIC_LIVE_NAMESPACE,
  PublicDocumentVersionDetail,
  PublicLiveEvents,
  PublicLiveItem,
  PublicPoll,
  PublicSessionDetail,
  REDACTION_MARKER,
} from '@cocrea/contracts';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Socket as ServerSocket } from 'socket.io';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { samplePdf } from '../testing/sample-files';
import { MAX_PUBLIC_ROOMS_PER_SOCKET, PublicLiveGateway, publicRoom } from './public-live.gateway';
import { startAsSecretary, TestApp } from '../testing/test-app';
import { createPoll, minutesItem, OpenSession, openSessionWithProxy, PROXIED_MEMBER, yesOf, noOf } from '../voting/testing/voting-fixtures';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

describe('public portal: an open session, its polls, the live room and versiones públicas', () => {
  let t: TestApp;
  let s: OpenSession;
  let sql: DataSource;
  let url: string;
  let meetingId: string;
  let named: PollState;
  let secret: PollState;
  const sockets: Socket[] = [];

  const api = (method: 'get' | 'post' | 'put', path: string, auth: string) => t.http[method](`/api${path}`).set('Authorization', auth);
  const idOf = (name: string) => s.ids.get(name) as string;
  const vote = (auth: string, pollId: string, memberPersonId: string, optionId: string) =>
    api('post', `/polls/${pollId}/ballots`, auth).send({ memberPersonId, optionId, idempotencyKey: randomUUID() }).expect(201);
  const publicSession = async () => (await t.http.get(`/api/public/sessions/${meetingId}`).expect(200)).body as PublicSessionDetail;
  const connect = () => {
    const socket = io(`${url}${PUBLIC_LIVE_NAMESPACE}`, { transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(socket);
    return socket;
  };
  const until = async <T>(seen: T[], test: (value: T) => boolean): Promise<T | undefined> => {
    for (let i = 0; i < 150 && !seen.some(test); i++) await new Promise((r) => setTimeout(r, 20));
    return seen.find(test);
  };

  // Seeding the demo commission (and opening a session) takes most of a minute on a busy machine.
  beforeAll(async () => {
    let secretary: string;
    let commissionId: string;
    ({ t, secretary, commissionId } = await startAsSecretary());
    s = await openSessionWithProxy(t, secretary, commissionId);
    meetingId = s.meeting.meeting.id;
    sql = t.app.get(DataSource);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const item = minutesItem(s.meeting);
    named = await createPoll(t, s.as.secretary, meetingId, {
      agendaItemId: item,
      subject: 'Aprobación del acta, nominal',
      method: 'named',
    });
    secret = await createPoll(t, s.as.secretary, meetingId, { agendaItemId: item, subject: 'Designación, secreta', method: 'secret' });
  }, 180_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  it('shows an open session publicly but no poll while it is running', async () => {
    await api('post', `/polls/${named.id}/open`, s.as.secretary).expect(200);
    await vote(s.as.secretary, named.id, idOf('Luis Gustavo Parra Noriega'), yesOf(named));
    const session = await publicSession();
    expect(session.status).toBe('open');
    expect(session.polls).toEqual([]);
  });

  it('publishes a closed named poll with each name, and names (only) the representative who voted for a member', async () => {
    await vote(s.as.representative, named.id, idOf(PROXIED_MEMBER), noOf(named));
    await vote(s.as.chair, named.id, idOf('María del Carmen Nava Polina'), yesOf(named));
    await api('post', `/polls/${named.id}/close`, s.as.chair).expect(200);
    const res = await t.http.get(`/api/public/sessions/${meetingId}`).expect(200);
    const poll = (res.body as PublicSessionDetail).polls.find((p) => p.id === named.id) as PublicPoll;
    expect(poll.votes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Luis Gustavo Parra Noriega', meaning: 'yes', castBy: null }),
        expect.objectContaining({ name: PROXIED_MEMBER, meaning: 'no', castBy: 'Jimena Reigosa' }),
      ]),
    );
    expect(poll.votes).toHaveLength(3);
    const jimena = (await api('get', '/auth/me', s.as.representative)).body.id as string;
    expect(res.text).not.toContain(jimena);
    expect(res.text).not.toMatch(EMAIL);
  });

  it('gives a closed secret poll’s totals to the live room and the session page, never its voters', async () => {
    const socket = connect();
    const results: PublicPoll[] = [];
    const items: PublicLiveItem[] = [];
    const everything: string[] = [];
    socket.on(PublicLiveEvents.result, (p: PublicPoll) => results.push(p));
    socket.on(PublicLiveEvents.item, (i: PublicLiveItem) => items.push(i));
    socket.onAny((event: string, payload: unknown) => everything.push(`${event} ${JSON.stringify(payload)}`));
    expect(await socket.emitWithAck(PublicLiveEvents.join, { meetingId })).toEqual({ ok: true });
    expect(await until(items, (i) => i.meetingId === meetingId)).toMatchObject({ status: 'open' });

    await api('post', `/polls/${secret.id}/open`, s.as.secretary).expect(200);
    await vote(s.as.secretary, secret.id, idOf('Luis Gustavo Parra Noriega'), yesOf(secret));
    await vote(s.as.representative, secret.id, idOf(PROXIED_MEMBER), noOf(secret));
    await new Promise((r) => setTimeout(r, 400));
    expect(results).toEqual([]);
    await api('post', `/polls/${secret.id}/close`, s.as.chair).expect(200);

    const result = await until(results, (p) => p.id === secret.id);
    expect(result).toMatchObject({ method: 'secret', votes: null, yes: 1, no: 1 });
    const logged = everything.join('\n');
    expect(logged).not.toContain('Luis Gustavo Parra Noriega');
    expect(logged).not.toContain(PROXIED_MEMBER);
    expect(logged).not.toContain(idOf('Luis Gustavo Parra Noriega'));

    const res = await t.http.get(`/api/public/sessions/${meetingId}`).expect(200);
    const poll = (res.body as PublicSessionDetail).polls.find((p) => p.id === secret.id) as PublicPoll;
    expect(poll).toMatchObject({ votes: null, yes: 1, no: 1 });
    expect(poll.options.map((o) => o.count).sort()).toEqual([0, 1, 1]);
  });

  it('sends the public room the new agenda item and drops the cached session document on a change', async () => {
    const before = await t.http.get(`/api/public/sessions/${meetingId}`).expect(200);
    const socket = connect();
    const items: PublicLiveItem[] = [];
    socket.on(PublicLiveEvents.item, (i: PublicLiveItem) => items.push(i));
    await socket.emitWithAck(PublicLiveEvents.join, { meetingId });
    const other = s.meeting.agenda.find((i) => i.id !== before.body.currentItemId && i.kind !== 'procedural') ?? s.meeting.agenda[1];
    await api('put', `/meetings/${meetingId}/current-item`, s.as.chair).send({ agendaItemId: other.id }).expect(200);
    expect(await until(items, (i) => i.currentItem?.id === other.id)).toMatchObject({ currentItem: { title: other.title } });
    const after = await t.http.get(`/api/public/sessions/${meetingId}`).set('If-None-Match', before.headers['etag']).expect(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect((after.body as PublicSessionDetail).currentItemId).toBe(other.id);
  });

  it('refuses the public room for a bad or unknown session', async () => {
    const socket = connect();
    expect(await socket.emitWithAck(PublicLiveEvents.join, { meetingId: 'x' })).toEqual({ ok: false, code: 'validation_failed' });
    expect(await socket.emitWithAck(PublicLiveEvents.join, { meetingId: randomUUID() })).toEqual({ ok: false, code: 'not_found' });
  });

  it('keeps at most a few public rooms per socket, leaving the oldest', async () => {
    const old = Array.from({ length: MAX_PUBLIC_ROOMS_PER_SOCKET + 1 }, () => publicRoom(randomUUID()));
    const rooms = new Set(['own-id', ...old]);
    const socket = {
      rooms,
      handshake: { address: '192.0.2.7' },
      join: (room: string) => void rooms.add(room),
      leave: (room: string) => void rooms.delete(room),
      emit: () => true,
    } as unknown as ServerSocket;
    expect(await t.app.get(PublicLiveGateway).join(socket, { meetingId })).toEqual({ ok: true });
    expect([...rooms].filter((r) => r.startsWith('public:'))).toEqual([
      ...old.slice(-(MAX_PUBLIC_ROOMS_PER_SOCKET - 1)),
      publicRoom(meetingId),
    ]);
  });

  it('lists every member of the roll, absent ones too, and states the room’s quorum of this moment, after a late arrival', async () => {
    const late = [...s.ids.keys()].find((name) => !s.present.includes(name) && name !== PROXIED_MEMBER) as string;
    await api('put', `/meetings/${meetingId}/attendance/${idOf(late)}`, s.as.secretary)
      .send({ status: 'late' })
      .expect(200);
    const room = (await api('get', `/meetings/${meetingId}`, s.as.secretary).expect(200)).body as MeetingState;
    const session = await publicSession();
    expect(session.attendance.map((a) => [a.personId, a.status])).toEqual(room.attendance.map((a) => [a.personId, a.status]));
    expect(session.attendance.filter((a) => a.status === 'absent').length).toBeGreaterThan(0);
    expect(session.attendance.find((a) => a.personId === idOf(PROXIED_MEMBER))).toMatchObject({
      status: 'represented',
      representedBy: 'Jimena Reigosa',
    });
    const { votingMembers, present, represented, required, reached } = room.quorum;
    expect(session.quorum).toEqual({ moment: 'now', votingMembers, present, represented, required, reached });
    expect(session.quorum?.represented).toBe(1);
  });

  describe('versiones públicas', () => {
    let documentId: string;
    let versionId: string;
    let original: string;

    beforeAll(async () => {
      [{ id: documentId }] = await sql.query<{ id: string }[]>('SELECT id FROM documents ORDER BY created_at LIMIT 1');
      versionId = (await api('post', `/documents/${documentId}/versions`, s.as.chair).send({ name: 'Para publicar' }).expect(201)).body.id;
      [{ text: original }] = await sql.query<{ text: string }[]>('SELECT text FROM document_versions WHERE id = $1', [versionId]);
    });

    it('keeps an unpublished version private', async () => {
      await t.http.get(`/api/public/documents/${versionId}`).expect(404);
      expect((await t.http.get('/api/public/documents').expect(200)).body.items.map((v: { id: string }) => v.id)).not.toContain(versionId);
    });

    it('lets only who may publish redact; 400 for a range past the end', async () => {
      const body = { redactions: [{ from: 0, to: 4 }] };
      await api('post', `/documents/${documentId}/versions/${versionId}/public-version`, s.as.commissioner).send(body).expect(403);
      await t.http.post(`/api/documents/${documentId}/versions/${versionId}/public-version`).send(body).expect(401);
      await api('post', `/documents/${documentId}/versions/${versionId}/public-version`, s.as.chair)
        .send({ redactions: [{ from: original.length + 5, to: original.length + 9 }] })
        .expect(400);
    });

    it('serves only the versión pública once published: the redacted words never reach the public', async () => {
      const secretWords = '32 entidades federativas';
      const from = original.indexOf(secretWords);
      expect(from).toBeGreaterThan(-1);
      const made = await api('post', `/documents/${documentId}/versions/${versionId}/public-version`, s.as.chair)
        .send({ redactions: [{ from, to: from + secretWords.length }] })
        .expect(200);
      expect(made.body.text).toContain(REDACTION_MARKER);
      const stored = await api('get', `/documents/${documentId}/versions/${versionId}/public-version`, s.as.chair).expect(200);
      expect(stored.body.redactions).toBe(1);
      await api('post', `/documents/${documentId}/versions/${versionId}/publish`, s.as.chair).expect(200);
      const res = await t.http.get(`/api/public/documents/${versionId}`).expect(200);
      const shown = res.body as PublicDocumentVersionDetail;
      expect(shown.redacted).toBe(true);
      expect(shown.text).toContain(REDACTION_MARKER);
      expect(res.text).not.toContain(secretWords);
      const search = await t.http.get(`/api/public/search?q=${encodeURIComponent('entidades federativas')}&kind=document`).expect(200);
      expect(search.text).not.toContain(secretWords);
      const dataset = await t.http.get('/api/public/datasets/documents?format=json').expect(200);
      expect(dataset.text).not.toContain(secretWords);
      await api('post', `/documents/${documentId}/versions/${versionId}/public-version`, s.as.chair)
        .send({ redactions: [{ from: 0, to: 1 }] })
        .expect(409);
    });

    it('serves an evidence file’s redacted stand-in, never the original; only chair or secretary set it', async () => {
      const upload = async (auth: string, name: string, marker: string) =>
        (
          await api('post', '/attachments', auth)
            .attach('file', Buffer.concat([samplePdf(), Buffer.from(`\n%${marker}\n`)]), name)
            .expect(201)
        ).body.id as string;
      const evidence = await upload(s.as.secretary, 'oficio-original.pdf', 'ORIGINAL-CON-DATOS');
      const agreementId = ((await t.http.get('/api/public/agreements?q=grupos%20de%20trabajo').expect(200)).body.items[0] as { id: string })
        .id;
      await api('post', `/agreements/${agreementId}/notes`, s.as.secretary)
        .send({ body: 'Se anexa el oficio.', attachmentIds: [evidence] })
        .expect(201);
      const res = await t.http.get(`/api/public/agreements/${agreementId}`).expect(200);
      expect(res.text).not.toContain('Se anexa el oficio.');
      const detail = res.body;
      const file = detail.followUp.at(-1).evidence[0] as { url: string };
      expect((await t.http.get(file.url).expect(200)).body.toString()).toContain('ORIGINAL-CON-DATOS');

      const redacted = await upload(s.as.secretary, 'oficio-version-publica.pdf', 'TESTADO');
      const mine = await upload(s.as.commissioner, 'otro.pdf', 'OTRO');
      await api('post', `/attachments/${evidence}/public-version`, s.as.commissioner).send({ publicVersionId: mine }).expect(403);
      await api('post', `/attachments/${evidence}/public-version`, s.as.secretary).send({ publicVersionId: mine }).expect(404);
      await api('post', `/attachments/${evidence}/public-version`, s.as.secretary).send({ publicVersionId: redacted }).expect(200);
      const served = await t.http.get(file.url).expect(200);
      expect(served.body.toString()).toContain('TESTADO');
      expect(served.body.toString()).not.toContain('ORIGINAL-CON-DATOS');
      expect(served.headers['content-disposition']).toContain('oficio-version-publica.pdf');
      await t.http.get(`/api/public/files/${mine}`).expect(404);
    });

    it('never serves as the original an evidence file whose stand-in was set before the note', async () => {
      const upload = async (auth: string, name: string, marker: string) =>
        (
          await api('post', '/attachments', auth)
            .attach('file', Buffer.concat([samplePdf(), Buffer.from(`\n%${marker}\n`)]), name)
            .expect(201)
        ).body.id as string;
      const evidence = await upload(s.as.secretary, 'constancia.pdf', 'CONSTANCIA-CON-CURP');
      const redacted = await upload(s.as.secretary, 'constancia-version-publica.pdf', 'CONSTANCIA-TESTADA');
      await api('post', `/attachments/${evidence}/public-version`, s.as.commissioner).send({ publicVersionId: redacted }).expect(404);
      await api('post', `/attachments/${evidence}/public-version`, s.as.secretary).send({ publicVersionId: redacted }).expect(200);
      await t.http.get(`/api/public/files/${evidence}`).expect(404);
      const agreementId = ((await t.http.get('/api/public/agreements?q=grupos%20de%20trabajo').expect(200)).body.items[0] as { id: string })
        .id;
      await api('post', `/agreements/${agreementId}/notes`, s.as.secretary)
        .send({ body: 'Se anexa la constancia.', attachmentIds: [evidence] })
        .expect(201);
      const served = await t.http.get(`/api/public/files/${evidence}`).expect(200);
      expect(served.body.toString()).toContain('CONSTANCIA-TESTADA');
      expect(served.body.toString()).not.toContain('CONSTANCIA-CON-CURP');
      expect(served.headers['cache-control']).toBe('public, no-cache');
    });
  });
});
