import {
  Agreement,
  AgreementDetail,
  BallotReceipt,
  ChainVerification,
  LIVE_NAMESPACE,
  LiveEvents,
  Page,
  PollState,
  VotingRight,
} from '@cocrea/contracts';
import { resultWording } from '@cocrea/domain';
import { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { samplePdf } from '../testing/sample-files';
import { startAsSecretary, TestApp } from '../testing/test-app';
import {
  createPoll,
  fileLetter,
  minutesItem,
  noOf,
  openSessionWithProxy,
  OpenSession,
  PROXIED_MEMBER,
  yesOf,
} from './testing/voting-fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';
let keySeq = 0;
const key = () => `test-key-${Date.now()}-${++keySeq}`;

describe('voting: polls, ballots, results, audit chain and agreements', () => {
  let t: TestApp;
  let commissionId: string;
  let s: OpenSession;
  let sql: DataSource;
  let url: string;

  beforeAll(async () => {
    let secretary: string;
    ({ t, secretary, commissionId } = await startAsSecretary());
    s = await openSessionWithProxy(t, secretary, commissionId);
    sql = t.app.get(DataSource);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  const api = (method: 'get' | 'post' | 'put' | 'patch', path: string, auth: string) =>
    t.http[method](`/api${path}`).set('Authorization', auth);
  const idOf = (name: string) => s.ids.get(name) as string;
  const ballotRows = async (pollId: string) =>
    Number((await sql.query('SELECT count(*) AS n FROM ballots WHERE poll_id = $1', [pollId]))[0].n);
  const namedPoll = (subject: string, extra: Record<string, unknown> = {}) =>
    createPoll(t, s.as.secretary, s.meeting.meeting.id, { agendaItemId: minutesItem(s.meeting), subject, method: 'named', ...extra });
  const vote = (auth: string, pollId: string, memberPersonId: string, optionId: string, idempotencyKey = key()) =>
    api('post', `/polls/${pollId}/ballots`, auth).send({ memberPersonId, optionId, idempotencyKey });

  describe('drafting and opening', () => {
    it('lets chair and secretary draft a poll; others get 403, unknown session 404, bad input 400', async () => {
      const meetingId = s.meeting.meeting.id;
      const body = { agendaItemId: minutesItem(s.meeting), subject: 'Aprobación del acta' };
      await api('post', `/meetings/${meetingId}/polls`, s.as.commissioner).send(body).expect(403);
      await api('post', `/meetings/${meetingId}/polls`, s.as.representative).send(body).expect(403);
      expect((await api('post', `/meetings/${meetingId}/polls`, s.as.partner).send(body).expect(403)).body.code).toBe('not_in_meeting');
      await api('post', `/meetings/${MISSING}/polls`, s.as.secretary).send(body).expect(404);
      await api('post', `/meetings/${meetingId}/polls`, s.as.secretary)
        .send({ ...body, rule: 'most' })
        .expect(400);
      await api('post', `/meetings/${meetingId}/polls`, s.as.secretary)
        .send({ ...body, agendaItemId: MISSING })
        .expect(400);
      const secretChange = await api('post', `/meetings/${meetingId}/polls`, s.as.secretary)
        .send({ ...body, method: 'secret', allowChange: true })
        .expect(400);
      expect(secretChange.body.errors[0].path).toBe('allowChange');
      const secretReason = await api('post', `/meetings/${meetingId}/polls`, s.as.secretary)
        .send({ ...body, method: 'secret', askReason: true })
        .expect(400);
      expect(secretReason.body.errors[0].path).toBe('askReason');
      const poll = (await api('post', `/meetings/${meetingId}/polls`, s.as.chair).send(body).expect(201)).body as PollState;
      expect(poll).toMatchObject({ status: 'draft', method: 'named', rule: 'simple', base: 'votes_cast', voted: 0, rights: 23 });
      expect(poll.options.map((o) => o.label)).toEqual(['A favor', 'En contra', 'Abstención']);
    });

    it('opens a draft (chair or secretary only), once', async () => {
      const poll = await namedPoll('Apertura');
      await api('post', `/polls/${poll.id}/open`, s.as.commissioner).expect(403);
      await api('post', `/polls/${MISSING}/open`, s.as.secretary).expect(404);
      const opened = (await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200)).body as PollState;
      expect(opened.status).toBe('open');
      expect((await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(409)).body.code).toBe('poll_wrong_status');
      await api('patch', `/polls/${poll.id}`, s.as.secretary).send({ subject: 'Otro' }).expect(409);
    });

    it('never lets a secret poll become named: 409 from the api, an error from the database itself', async () => {
      const poll = await namedPoll('Secreta', { method: 'secret' });
      await api('patch', `/polls/${poll.id}`, s.as.commissioner).send({ subject: 'x' }).expect(403);
      expect((await api('patch', `/polls/${poll.id}`, s.as.secretary).send({ method: 'named' }).expect(409)).body.code).toBe(
        'poll_secret_locked',
      );
      await expect(sql.query(`UPDATE polls SET method = 'named' WHERE id = $1`, [poll.id])).rejects.toThrow(
        /secret poll cannot become named/,
      );
      const renamed = (await api('patch', `/polls/${poll.id}`, s.as.secretary).send({ subject: 'Secreta (bis)' }).expect(200))
        .body as PollState;
      expect(renamed).toMatchObject({ subject: 'Secreta (bis)', method: 'secret' });
    });
  });

  describe('casting', () => {
    let poll: PollState;
    beforeAll(async () => {
      poll = await namedPoll('Aprobación del acta de la Cuarta Sesión Ordinaria 2020');
      await api('post', `/polls/${poll.id}/open`, s.as.chair).expect(200);
    });

    it('tells each voter the rights they hold: their own, or the represented member’s', async () => {
      const mine = (await api('get', `/polls/${poll.id}/rights`, s.as.commissioner).expect(200)).body as VotingRight[];
      expect(mine).toEqual([
        { memberPersonId: idOf('Mariana Contreras Soto'), memberName: 'Mariana Contreras Soto', asProxy: false, used: false },
      ]);
      const proxy = (await api('get', `/polls/${poll.id}/rights`, s.as.representative).expect(200)).body as VotingRight[];
      expect(proxy).toEqual([{ memberPersonId: idOf(PROXIED_MEMBER), memberName: PROXIED_MEMBER, asProxy: true, used: false }]);
      await api('get', `/polls/${poll.id}/rights`, s.as.partner).expect(403);
    });

    it('takes a ballot once per right, acknowledges it with a receipt, and answers a retry with the first answer', async () => {
      const idempotencyKey = key();
      const first = (await vote(s.as.commissioner, poll.id, idOf('Mariana Contreras Soto'), yesOf(poll), idempotencyKey).expect(201))
        .body as BallotReceipt;
      expect(first.receipt).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
      const retry = (await vote(s.as.commissioner, poll.id, idOf('Mariana Contreras Soto'), yesOf(poll), idempotencyKey).expect(201))
        .body as BallotReceipt;
      expect(retry).toEqual({ ...first, replayed: true });
      expect((await vote(s.as.commissioner, poll.id, idOf('Mariana Contreras Soto'), noOf(poll)).expect(409)).body.code).toBe(
        'ballot_conflict',
      );
      expect(await ballotRows(poll.id)).toBe(1);
    });

    it('lets the proxy cast the represented member’s right, and nobody else’s', async () => {
      await vote(s.as.representative, poll.id, idOf(PROXIED_MEMBER), yesOf(poll)).expect(201);
      expect((await vote(s.as.commissioner, poll.id, idOf(PROXIED_MEMBER), yesOf(poll)).expect(403)).body.code).toBe('no_voting_right');
      const mine = (await api('get', `/polls/${poll.id}/rights`, s.as.representative).expect(200)).body as VotingRight[];
      expect(mine[0].used).toBe(true);
    });

    it('refuses, writing nothing: a right not held (403), a non-member (403), an unknown option (400), bad input (400), unknown poll (404)', async () => {
      const before = await ballotRows(poll.id);
      expect((await vote(s.as.representative, poll.id, idOf('Luis Gustavo Parra Noriega'), yesOf(poll)).expect(403)).body.code).toBe(
        'no_voting_right',
      );
      expect((await vote(s.as.partner, poll.id, idOf('Mariana Contreras Soto'), yesOf(poll)).expect(403)).body.code).toBe('not_in_meeting');
      await vote(s.as.secretary, poll.id, idOf('Luis Gustavo Parra Noriega'), MISSING).expect(400);
      await api('post', `/polls/${poll.id}/ballots`, s.as.secretary)
        .send({ memberPersonId: idOf('Luis Gustavo Parra Noriega') })
        .expect(400);
      await vote(s.as.secretary, MISSING, idOf('Luis Gustavo Parra Noriega'), yesOf(poll)).expect(404);
      expect(await ballotRows(poll.id)).toBe(before);
    });

    it('refuses a proxy the roll call does not record (403)', async () => {
      // Salvador's representation ends: marked absent, his right goes with it.
      const absentPoll = await namedPoll('Sin representación');
      await api('post', `/polls/${absentPoll.id}/open`, s.as.secretary).expect(200);
      await api('put', `/meetings/${s.meeting.meeting.id}/attendance/${idOf(PROXIED_MEMBER)}`, s.as.secretary)
        .send({ status: 'absent' })
        .expect(200);
      // The letter on file still lets her into the room; the right is gone.
      expect((await vote(s.as.representative, absentPoll.id, idOf(PROXIED_MEMBER), yesOf(absentPoll)).expect(403)).body.code).toBe(
        'no_voting_right',
      );
      await api('put', `/meetings/${s.meeting.meeting.id}/attendance/${idOf(PROXIED_MEMBER)}`, s.as.secretary)
        .send({ status: 'represented', representativePersonId: (await api('get', '/auth/me', s.as.representative)).body.id })
        .expect(200);
      await api('post', `/polls/${absentPoll.id}/close`, s.as.secretary).expect(200);
    });

    it('lets a proxy vote only with a letter on file that covers the poll’s agenda item (403 otherwise)', async () => {
      const meetingId = s.meeting.meeting.id;
      const member = idOf(PROXIED_MEMBER);
      const otherItem = s.meeting.agenda.find((i) => i.id !== minutesItem(s.meeting))?.id as string;
      const jimena = (await api('get', '/auth/me', s.as.representative)).body.id as string;
      const letters = await sql.query('SELECT * FROM representations WHERE meeting_id = $1 AND member_person_id = $2', [meetingId, member]);
      await sql.query('DELETE FROM representations WHERE meeting_id = $1 AND member_person_id = $2', [meetingId, member]);
      const poll = await namedPoll('Carta poder');
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      expect((await api('get', `/polls/${poll.id}/rights`, s.as.representative).expect(200)).body).toEqual([]);
      // The refusal names the rule that refused: no letter on file, then a letter for another item only.
      expect((await vote(s.as.representative, poll.id, member, yesOf(poll)).expect(403)).body).toMatchObject({
        code: 'room_refused',
        detail: 'No hay carta de representación en el expediente de esta sesión.',
      });
      await fileLetter(t, s.as.secretary, meetingId, member, jimena, [otherItem]);
      const position = s.meeting.agenda.find((i) => i.id === otherItem)?.position;
      const refused = (await vote(s.as.representative, poll.id, member, yesOf(poll)).expect(403)).body;
      expect(refused).toMatchObject({ code: 'room_refused', detail: `La carta de representación cubre el punto ${position}.` });
      expect(refused.messages.en.detail).toBe(`The representation letter covers item ${position}.`);
      await sql.query('DELETE FROM representations WHERE meeting_id = $1 AND member_person_id = $2', [meetingId, member]);
      await fileLetter(t, s.as.secretary, meetingId, member, jimena);
      expect(letters).toHaveLength(1);
      await vote(s.as.representative, poll.id, member, yesOf(poll)).expect(201);
      await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200);
    });

    it('shows everyone in the room the count live; closes with the domain’s result; an agreement follows; no ballot after the close', async () => {
      const socket = io(`${url}${LIVE_NAMESPACE}`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        auth: { token: s.as.chair.slice(7) },
      });
      const seen: PollState[] = [];
      socket.on(LiveEvents.poll, (p: PollState) => seen.push(p));
      try {
        expect(await socket.emitWithAck(LiveEvents.join, { meetingId: s.meeting.meeting.id })).toMatchObject({ ok: true });
        await vote(s.as.secretary, poll.id, idOf('Luis Gustavo Parra Noriega'), yesOf(poll)).expect(201);
        const until = async (test: (p: PollState) => boolean) => {
          for (let i = 0; i < 100 && !seen.some(test); i++) await new Promise((r) => setTimeout(r, 20));
          return seen.find(test) as PollState;
        };
        const live = await until((p) => p.id === poll.id && p.voted === 3);
        expect(live.tally?.[yesOf(poll)]).toBe(3);
        // Live updates of an open poll carry counts; the named list is there over REST, and live at the close.
        expect(live.namedVotes).toBeNull();
        const named = (await api('get', `/polls/${poll.id}`, s.as.commissioner).expect(200)).body as PollState;
        expect(named.namedVotes?.map((v) => v.memberName)).toEqual([
          'Luis Gustavo Parra Noriega',
          'Mariana Contreras Soto',
          PROXIED_MEMBER,
        ]);
        expect(named.namedVotes?.find((v) => v.memberName === PROXIED_MEMBER)?.castByName).toBe('Jimena Reigosa');

        await api('post', `/polls/${poll.id}/close`, s.as.commissioner).expect(403);
        const closed = (await api('post', `/polls/${poll.id}/close`, s.as.chair).expect(200)).body as PollState;
        expect(closed.status).toBe('closed');
        expect(closed.result).toMatchObject({
          passed: true,
          unanimous: true,
          yes: 3,
          no: 0,
          abstain: 0,
          rule: 'simple',
          base: 'votes_cast',
          quorum: { votingMembers: 43, present: 23, required: 22, reached: true },
          legalBasis: 'mayoría simple de los votos emitidos',
        });
        expect(closed.agreementNumber).toMatch(/^CGATP\/\d{2}\/15-02-2021$/);
        const closedLive = await until((p) => p.id === poll.id && p.status === 'closed');
        expect(closedLive.result?.passed).toBe(true);
        expect(closedLive.namedVotes).toHaveLength(3);
      } finally {
        socket.disconnect();
      }
      expect((await vote(s.as.chair, poll.id, idOf('María del Carmen Nava Polina'), yesOf(poll)).expect(409)).body.code).toBe(
        'poll_wrong_status',
      );
      await api('post', `/polls/${poll.id}/close`, s.as.chair).expect(409);
      const agreements = (await api('get', `/meetings/${s.meeting.meeting.id}/agreements`, s.as.commissioner).expect(200))
        .body as Agreement[];
      expect(agreements.find((a) => a.pollId === poll.id)).toMatchObject({
        status: 'pending',
        adoption: 'unanimity',
        // Three votes of the 23 rights in the room: the agreement states its base, not a bare "por unanimidad".
        adoptedBy: 'por unanimidad de los votos emitidos: 3 de 23 derechos',
      });
    });

    it('verifies the chain and the tally publicly, checks receipts, and detects a ballot edited or deleted in the database', async () => {
      const intact = (await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body as ChainVerification;
      expect(intact).toMatchObject({ intact: true, brokenAt: null, ballotsMatch: true, events: 6 });
      expect(intact.tally?.[yesOf(poll)]).toBe(3);
      await t.http.get(`/api/public/polls/${MISSING}/verify`).expect(404);

      const chair = s.as.chair;
      const chairPoll = await namedPoll('Recibo');
      await api('post', `/polls/${chairPoll.id}/open`, chair).expect(200);
      const receipt = (
        (await vote(chair, chairPoll.id, idOf('María del Carmen Nava Polina'), noOf(chairPoll)).expect(201)).body as BallotReceipt
      ).receipt;
      expect((await t.http.get(`/api/public/polls/${chairPoll.id}/receipts/${receipt.toLowerCase()}`).expect(200)).body).toMatchObject({
        counted: true,
      });
      expect((await t.http.get(`/api/public/polls/${chairPoll.id}/receipts/0000-0000-0000-0000-0000`).expect(200)).body.counted).toBe(
        false,
      );
      await t.http.get(`/api/public/polls/${chairPoll.id}/receipts/nope`).expect(400);

      await sql.query(`UPDATE ballots SET option_id = $1 WHERE poll_id = $2`, [yesOf(chairPoll), chairPoll.id]);
      const edited = (await t.http.get(`/api/public/polls/${chairPoll.id}/verify`).expect(200)).body as ChainVerification;
      expect(edited).toMatchObject({ intact: false, ballotsMatch: false, brokenAt: null });
      expect(edited.ballotProblem).toMatch(/^changed_row:/);

      await sql.query(`DELETE FROM ballots WHERE poll_id = $1`, [poll.id]);
      const deleted = (await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body as ChainVerification;
      expect(deleted).toMatchObject({ intact: false, ballotsMatch: false });
      expect(deleted.ballotProblem).toMatch(/^missing_row:/);

      await sql.query(
        `UPDATE poll_audit_events SET payload = jsonb_set(payload, '{optionId}', to_jsonb($1::text)) WHERE poll_id = $2 AND seq = 3`,
        [noOf(poll), poll.id],
      );
      const rewritten = (await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body as ChainVerification;
      expect(rewritten.brokenAt).toEqual({ seq: 3, reason: 'hash_mismatch' });
    });
  });

  describe('secret polls, roll-call votes, changes and exports', () => {
    it('keeps a secret ballot apart from its voter: no names in the ballots nor in the public chain', async () => {
      const poll = await namedPoll('Elección secreta', {
        method: 'secret',
        choices: ['Opción A', 'Opción B'],
        hideResultsUntilClose: true,
      });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      const a = poll.options[0].id;
      await vote(s.as.commissioner, poll.id, idOf('Mariana Contreras Soto'), a).expect(201);
      await vote(s.as.representative, poll.id, idOf(PROXIED_MEMBER), a).expect(201);
      const running = (await api('get', `/polls/${poll.id}`, s.as.commissioner).expect(200)).body as PollState;
      expect(running).toMatchObject({ voted: 2, tally: null, namedVotes: null });
      const rows = await sql.query('SELECT voter_person_id, cast_by_person_id FROM ballots WHERE poll_id = $1', [poll.id]);
      expect(rows).toEqual([
        { voter_person_id: null, cast_by_person_id: null },
        { voter_person_id: null, cast_by_person_id: null },
      ]);
      await expect(
        sql.query('UPDATE ballots SET voter_person_id = $1 WHERE poll_id = $2', [idOf('Mariana Contreras Soto'), poll.id]),
      ).rejects.toThrow(/secret ballot names nobody/);
      const chain = (await t.http.get(`/api/public/polls/${poll.id}/chain`).expect(200)).body as Array<{ kind: string; payload: object }>;
      const text = JSON.stringify(chain.filter((e) => e.kind === 'ballot_cast'));
      expect(text).not.toContain(idOf('Mariana Contreras Soto'));
      expect(text).not.toContain(idOf(PROXIED_MEMBER));
      const closed = (await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200)).body as PollState;
      expect(closed.result).toMatchObject({ passed: true, winningOptionId: a, yes: 2 });
      expect(closed.tally).toEqual({ [a]: 2, [poll.options[1].id]: 0, [poll.options[2].id]: 0 });
      expect(closed.namedVotes).toBeNull();
    });

    it('tells chair and secretary whose rights are still unused before the close, in a secret poll too; the result states its base', async () => {
      const poll = await namedPoll('Cierre con derechos sin usar', { method: 'secret' });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await vote(s.as.commissioner, poll.id, idOf('Mariana Contreras Soto'), yesOf(poll)).expect(201);
      const roster = (await api('get', `/polls/${poll.id}/roster`, s.as.chair).expect(200)).body as VotingRight[];
      expect(roster.filter((r) => r.used).map((r) => r.memberName)).toEqual(['Mariana Contreras Soto']);
      expect(roster.filter((r) => !r.used).length).toBeGreaterThan(20);
      await api('get', `/polls/${poll.id}/roster`, s.as.commissioner).expect(403);
      const closed = (await api('post', `/polls/${poll.id}/close`, s.as.chair).expect(200)).body as PollState;
      const result = closed.result as NonNullable<PollState['result']>;
      expect(result).toMatchObject({ passed: true, unanimous: true, yes: 1, base: 'votes_cast' });
      expect(resultWording({ ...result, rights: closed.rights })).toBe(
        `Aprobado por unanimidad de los votos emitidos: 1 de ${closed.rights} derechos`,
      );
    });

    it('rewrites a secret poll’s voter records and ballots at the close: no transaction id or row id left from the cast', async () => {
      const poll = await namedPoll('Secreta barajada', { method: 'secret' });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await vote(s.as.commissioner, poll.id, idOf('Mariana Contreras Soto'), yesOf(poll)).expect(201);
      await vote(s.as.chair, poll.id, idOf('María del Carmen Nava Polina'), noOf(poll)).expect(201);
      const xmins = async (table: string) =>
        new Set(
          ((await sql.query(`SELECT xmin::text AS x FROM ${table} WHERE poll_id = $1`, [poll.id])) as Array<{ x: string }>).map((r) => r.x),
        );
      const ids = async () =>
        ((await sql.query(`SELECT id FROM voting_right_uses WHERE poll_id = $1`, [poll.id])) as Array<{ id: string }>).map((r) => r.id);
      expect((await xmins('voting_right_uses')).size).toBe(2);
      const before = await ids();
      await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200);
      const after = [...(await xmins('voting_right_uses')), ...(await xmins('ballots'))];
      expect(new Set(after).size).toBe(1);
      expect((await ids()).some((id) => before.includes(id))).toBe(false);
      expect((await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body).toMatchObject({ intact: true });
    });

    it('records a roll-call vote taken aloud, by name, through the same tally; a rejected motion makes no agreement', async () => {
      const poll = await namedPoll('Votación nominal en sala', { rule: 'absolute', base: 'members_present' });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      const votes = s.present.slice(0, 5).map((name, i) => ({ memberPersonId: idOf(name), optionId: i < 3 ? yesOf(poll) : noOf(poll) }));
      await api('post', `/polls/${poll.id}/roll-call`, s.as.commissioner).send({ votes }).expect(403);
      await api('post', `/polls/${poll.id}/roll-call`, s.as.secretary)
        .send({ votes: [{ memberPersonId: MISSING, optionId: yesOf(poll) }] })
        .expect(400);
      const recorded = (await api('post', `/polls/${poll.id}/roll-call`, s.as.secretary).send({ votes }).expect(200)).body as PollState;
      expect(recorded.voted).toBe(5);
      expect(recorded.namedVotes?.every((v) => v.castByName === null)).toBe(true);
      expect(
        (
          await api('post', `/polls/${poll.id}/roll-call`, s.as.secretary)
            .send({ votes: votes.slice(0, 1) })
            .expect(409)
        ).body.code,
      ).toBe('ballot_conflict');
      const closed = (await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200)).body as PollState;
      expect(closed.result).toMatchObject({ passed: false, reason: 'not_reached', baseSize: 23, required: 12 });
      expect(closed.agreementNumber).toBeNull();
      expect(((await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body as ChainVerification).intact).toBe(true);
    });

    it('lets a voter change a named vote before the close only when the poll allows it, on the chain', async () => {
      const poll = await namedPoll('Con cambio', { allowChange: true, askReason: true });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      const mariana = idOf('Mariana Contreras Soto');
      await vote(s.as.commissioner, poll.id, mariana, yesOf(poll)).expect(400);
      const send = (optionId: string) =>
        api('post', `/polls/${poll.id}/ballots`, s.as.commissioner).send({
          memberPersonId: mariana,
          optionId,
          idempotencyKey: key(),
          reason: 'Por convicción',
        });
      await send(yesOf(poll)).expect(201);
      await send(noOf(poll)).expect(201);
      const state = (await api('get', `/polls/${poll.id}`, s.as.secretary).expect(200)).body as PollState;
      expect(state.tally).toMatchObject({ [yesOf(poll)]: 0, [noOf(poll)]: 1 });
      expect(state.namedVotes?.[0].reason).toBe('Por convicción');
      const chain = (await t.http.get(`/api/public/polls/${poll.id}/chain`).expect(200)).body as Array<{ kind: string }>;
      expect(chain.map((e) => e.kind)).toEqual(['poll_created', 'poll_opened', 'ballot_cast', 'ballot_changed']);
      expect(((await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body as ChainVerification).intact).toBe(true);
    });

    it('exports results as CSV and PDF to people of the session', async () => {
      const [poll] = (
        (await api('get', `/meetings/${s.meeting.meeting.id}/polls`, s.as.commissioner).expect(200)).body as PollState[]
      ).filter((p) => p.status === 'closed');
      const csv = await api('get', `/polls/${poll.id}/export.csv`, s.as.commissioner).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text).toContain('option,votes,member,cast_by');
      const pdf = await api('get', `/polls/${poll.id}/export.pdf`, s.as.commissioner).buffer(true).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      await api('get', `/polls/${poll.id}/export.csv`, s.as.partner).expect(403);
      await api('get', `/meetings/${s.meeting.meeting.id}/polls`, s.as.partner).expect(403);
    });
  });

  describe('agreements and their follow-up', () => {
    it('numbers agreements uniquely per commission, not globally (two commissions may share initials)', async () => {
      const [index] = (await sql.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'agreements_number_key'`)) as Array<{
        indexdef: string;
      }>;
      expect(index.indexdef).toMatch(/UNIQUE INDEX .*\(commission_id, number\)/);
    });

    it('turns a recorded show-of-hands decision into a numbered agreement', async () => {
      const item = s.meeting.agenda.find((i) => i.title === 'Aprobación del Orden del Día')?.id;
      await api('post', `/meetings/${s.meeting.meeting.id}/decisions`, s.as.secretary)
        .send({
          agendaItemId: item,
          kind: 'agenda_approval',
          subject: 'Aprobación del Orden del Día',
          outcome: 'majority',
          yes: 20,
          no: 2,
          abstain: 1,
        })
        .expect(201);
      const agreements = (await api('get', `/meetings/${s.meeting.meeting.id}/agreements`, s.as.commissioner).expect(200))
        .body as Agreement[];
      expect(agreements.find((a) => a.text === 'Aprobación del Orden del Día')).toMatchObject({
        adoption: 'majority',
        adoptedBy: 'por mayoría (20 a favor, 2 en contra, 1 abstención)',
      });
      expect(new Set(agreements.map((a) => a.number)).size).toBe(agreements.length);
    });

    it('lists the previous session’s agreements for the review item, with the statuses the record reports', async () => {
      const previous = (await api('get', `/meetings/${s.meeting.meeting.id}/previous-agreements`, s.as.commissioner).expect(200))
        .body as Agreement[];
      expect(previous.map((a) => [a.number, a.status])).toEqual([
        ['CGATP/01/17-12-2020', 'attended'],
        ['CGATP/02/17-12-2020', 'attended'],
        ['CGATP/03/17-12-2020', 'in_progress'],
        ['CGATP/04/17-12-2020', 'in_progress'],
        ['CGATP/05/17-12-2020', 'attended'],
        ['CGATP/06/17-12-2020', 'in_progress'],
      ]);
      await api('get', `/meetings/${MISSING}/previous-agreements`, s.as.commissioner).expect(404);
      await api('get', `/commissions/${MISSING}/agreements`, s.as.commissioner).expect(404);
    });

    it('keeps an agreement’s adopted text: a PATCH of the text is 409, a correction is an act with its reason kept in the history and on the portal', async () => {
      const board = (await api('get', `/commissions/${commissionId}/agreements?pageSize=100`, s.as.commissioner).expect(200))
        .body as Page<Agreement>;
      const target = board.items[board.items.length - 1];
      const silent = await api('patch', `/agreements/${target.id}`, s.as.secretary).send({ text: 'Otro texto' });
      expect([silent.status, silent.body.code]).toEqual([409, 'agreement_text_adopted']);
      await api('post', `/agreements/${target.id}/corrections`, s.as.commissioner).send({ text: 'x', reason: 'errata' }).expect(403);
      await api('post', `/agreements/${target.id}/corrections`, s.as.secretary).send({ text: 'Texto corregido' }).expect(400);
      const corrected = (
        await api('post', `/agreements/${target.id}/corrections`, s.as.secretary)
          .send({ text: `${target.text} (corregido)`, reason: 'Errata en el nombre del grupo' })
          .expect(201)
      ).body as AgreementDetail;
      expect(corrected).toMatchObject({ text: `${target.text} (corregido)`, adoptedText: target.text });
      expect(corrected.revisions).toEqual([
        expect.objectContaining({
          kind: 'correction',
          textBefore: target.text,
          reason: 'Errata en el nombre del grupo',
          byName: 'Luis Gustavo Parra Noriega',
        }),
      ]);
      const published = await t.http.get(`/api/public/agreements/${encodeURIComponent(target.number)}`).expect(200);
      expect(published.body).toMatchObject({ text: `${target.text} (corregido)`, adoptedText: target.text });
      expect(published.body.revisions[0].reason).toBe('Errata en el nombre del grupo');
    });

    it('follows an agreement up: dated notes with evidence and status moves by chair or secretary; overdue ones first on the board', async () => {
      const board = (await api('get', `/commissions/${commissionId}/agreements?pageSize=100`, s.as.commissioner).expect(200))
        .body as Page<Agreement>;
      const target = board.items.find((a) => a.status === 'pending') as Agreement;
      await api('patch', `/agreements/${target.id}`, s.as.commissioner).send({ dueOn: '2021-03-01' }).expect(403);
      await api('patch', `/agreements/${MISSING}`, s.as.secretary).send({ dueOn: '2021-03-01' }).expect(404);
      await api('patch', `/agreements/${target.id}`, s.as.secretary).send({ dueOn: 'mañana' }).expect(400);
      const updated = (
        await api('patch', `/agreements/${target.id}`, s.as.secretary)
          .send({ dueOn: '2021-03-01', responsible: 'Secretaría Técnica' })
          .expect(200)
      ).body as AgreementDetail;
      expect(updated).toMatchObject({ overdue: true, responsible: 'Secretaría Técnica' });
      const first = (await api('get', `/commissions/${commissionId}/agreements`, s.as.commissioner).expect(200)).body as Page<Agreement>;
      expect(first.items[0].id).toBe(target.id);
      const overdue = (await api('get', `/commissions/${commissionId}/agreements?overdue=true`, s.as.commissioner).expect(200))
        .body as Page<Agreement>;
      expect(overdue.items.map((a) => a.id)).toEqual([target.id]);

      const evidence = await t.http
        .post('/api/attachments')
        .set('Authorization', s.as.secretary)
        .attach('file', samplePdf('Evidencia'), 'evidencia.pdf')
        .expect(201);
      const attachmentIds = [evidence.body.id as string];
      const noted = (
        await api('post', `/agreements/${target.id}/notes`, s.as.secretary)
          .send({ body: 'Se turnó a la Secretaría.', status: 'in_progress', attachmentIds })
          .expect(201)
      ).body as AgreementDetail;
      expect(noted.status).toBe('in_progress');
      expect(noted.notes[0]).toMatchObject({ statusFrom: 'pending', statusTo: 'in_progress', authorName: 'Luis Gustavo Parra Noriega' });
      expect(noted.notes[0].attachments.map((a) => a.id)).toEqual(attachmentIds);
      await api('post', `/agreements/${target.id}/notes`, s.as.commissioner).send({ body: 'x' }).expect(403);
      expect(
        (await api('post', `/agreements/${target.id}/notes`, s.as.secretary).send({ body: 'Atrás', status: 'pending' }).expect(409)).body
          .code,
      ).toBe('conflict');
      await api('post', `/agreements/${target.id}/notes`, s.as.secretary).send({ body: '' }).expect(400);
      const detail = (await api('get', `/agreements/${target.id}`, s.as.commissioner).expect(200)).body as AgreementDetail;
      expect(detail.notes).toHaveLength(1);
      await api('get', `/agreements/${MISSING}`, s.as.commissioner).expect(404);
      const attended = (await api('get', `/commissions/${commissionId}/agreements?status=attended`, s.as.commissioner).expect(200))
        .body as Page<Agreement>;
      expect(attended.items.every((a) => a.status === 'attended')).toBe(true);
    });
  });
  describe('secrecy until the close, and a chain that cannot be cut, edited or padded unnoticed', () => {
    const pub = (pollId: string, what: string) => t.http.get(`/api/public/polls/${pollId}/${what}`);
    const verify = async (pollId: string) => (await pub(pollId, 'verify').expect(200)).body as ChainVerification;
    const chair = idOf.bind(null, 'María del Carmen Nava Polina');
    const mariana = idOf.bind(null, 'Mariana Contreras Soto');

    it('answers 404 for an unknown poll and an unknown session’s polls', async () => {
      await api('get', `/polls/${MISSING}`, s.as.commissioner).expect(404);
      await api('get', `/meetings/${MISSING}/polls`, s.as.commissioner).expect(404);
    });

    it('shows no running count of a secret poll, even with "hide until close" off: not over REST, live, nor the public routes', async () => {
      const poll = await namedPoll('Secreta sin ocultar', { method: 'secret', hideResultsUntilClose: false });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      const receipt = ((await vote(s.as.commissioner, poll.id, mariana(), yesOf(poll)).expect(201)).body as BallotReceipt).receipt;
      expect((await api('get', `/polls/${poll.id}`, s.as.chair).expect(200)).body).toMatchObject({ voted: 1, tally: null });
      const open = await verify(poll.id);
      expect(open).toMatchObject({ intact: true, tally: null });
      const chain = (await pub(poll.id, 'chain').expect(200)).body as Array<{ kind: string; payload: Record<string, unknown> }>;
      expect(chain.find((e) => e.kind === 'ballot_cast')?.payload.optionId).toBeNull();
      expect(JSON.stringify(chain.filter((e) => e.kind === 'ballot_cast'))).not.toContain(yesOf(poll));
      // The receipt proves the ballot is in, and nothing more: no position on the chain that would point at its option.
      expect((await pub(poll.id, `receipts/${receipt}`).expect(200)).body).toEqual({ pollId: poll.id, counted: true, seq: null });
      await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200);
      expect((await verify(poll.id)).tally?.[yesOf(poll)]).toBe(1);
    });

    it('hides a named poll’s options and tally from the public routes while it hides its results', async () => {
      const poll = await namedPoll('Nominal oculta', { hideResultsUntilClose: true });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await vote(s.as.commissioner, poll.id, mariana(), noOf(poll)).expect(201);
      expect((await verify(poll.id)).tally).toBeNull();
      const chain = (await pub(poll.id, 'chain').expect(200)).body as Array<{ kind: string }>;
      expect(JSON.stringify(chain.filter((e) => e.kind === 'ballot_cast'))).not.toContain(noOf(poll));
      await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200);
    });

    it('detects a chain cut off at its end, a removed close, an edited result and voter records that differ from the ballots', async () => {
      const poll = await namedPoll('Cadena recortada');
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await vote(s.as.commissioner, poll.id, mariana(), yesOf(poll)).expect(201);
      await vote(s.as.chair, poll.id, chair(), yesOf(poll)).expect(201);
      await api('post', `/polls/${poll.id}/close`, s.as.chair).expect(200);
      expect(await verify(poll.id)).toMatchObject({ intact: true, events: 5, resultProblem: null, ballotProblem: null });

      const [result] = (await sql.query('SELECT result FROM polls WHERE id = $1', [poll.id])) as Array<{ result: object }>;
      await sql.query(`UPDATE polls SET result = jsonb_set(result, '{passed}', 'false') WHERE id = $1`, [poll.id]);
      expect(await verify(poll.id)).toMatchObject({ intact: false, resultProblem: 'stored_result_differs' });
      await sql.query(`UPDATE polls SET result = $2 WHERE id = $1`, [poll.id, JSON.stringify(result)]);

      await sql.query(`DELETE FROM voting_right_uses WHERE poll_id = $1 AND member_person_id = $2`, [poll.id, chair()]);
      expect(await verify(poll.id)).toMatchObject({ intact: false, ballotProblem: 'voter_records_differ:1/2' });

      // Deleting the close (and even moving the head kept on the poll row to match) is seen.
      await sql.query(`DELETE FROM poll_audit_events WHERE poll_id = $1 AND kind = 'poll_closed'`, [poll.id]);
      expect((await verify(poll.id)).brokenAt).toEqual({ seq: 5, reason: 'length_mismatch' });
      await sql.query(
        `UPDATE polls SET chain_length = 4, chain_head = (SELECT hash FROM poll_audit_events WHERE poll_id = $1 AND seq = 4) WHERE id = $1`,
        [poll.id],
      );
      expect(await verify(poll.id)).toMatchObject({ intact: false, brokenAt: null, resultProblem: 'closed_event_missing' });
    });

    it('detects the last ballot deleted with its event and its voter record while the poll is open', async () => {
      const poll = await namedPoll('Último voto borrado');
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await vote(s.as.commissioner, poll.id, mariana(), yesOf(poll)).expect(201);
      await vote(s.as.chair, poll.id, chair(), noOf(poll)).expect(201);
      await sql.query(`DELETE FROM poll_audit_events WHERE poll_id = $1 AND seq = 4`, [poll.id]);
      await sql.query(`DELETE FROM ballots WHERE poll_id = $1 AND voter_person_id = $2`, [poll.id, chair()]);
      await sql.query(`DELETE FROM voting_right_uses WHERE poll_id = $1 AND member_person_id = $2`, [poll.id, chair()]);
      expect(await verify(poll.id)).toMatchObject({ intact: false, brokenAt: { seq: 4, reason: 'length_mismatch' }, ballotsMatch: true });
    });

    it('closes a tie with the chair’s casting vote only: the secretary gets 403, a vote without a tie 409; verify recomputes it', async () => {
      const poll = await namedPoll('Empate', { chairCastingVote: true });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await vote(s.as.commissioner, poll.id, mariana(), yesOf(poll)).expect(201);
      await vote(s.as.chair, poll.id, chair(), noOf(poll)).expect(201);
      await api('post', `/polls/${poll.id}/close`, s.as.secretary).send({ castingVote: 'yes' }).expect(403);
      const closed = (await api('post', `/polls/${poll.id}/close`, s.as.chair).send({ castingVote: 'yes' }).expect(200)).body as PollState;
      expect(closed.result).toMatchObject({ passed: true, reason: 'tie_casting_yes', yes: 1, no: 1 });
      expect(await verify(poll.id)).toMatchObject({ intact: true, resultProblem: null });

      const noTie = await namedPoll('Sin empate', { chairCastingVote: true });
      await api('post', `/polls/${noTie.id}/open`, s.as.secretary).expect(200);
      await vote(s.as.commissioner, noTie.id, mariana(), yesOf(noTie)).expect(201);
      expect((await api('post', `/polls/${noTie.id}/close`, s.as.chair).send({ castingVote: 'no' }).expect(409)).body.code).toBe(
        'casting_vote_without_tie',
      );
      await api('post', `/polls/${noTie.id}/close`, s.as.chair).expect(200);
    });

    it('answers a retry with the first answer even after the poll closed (the key is looked up before any state check)', async () => {
      const poll = await namedPoll('Reintento tras el cierre');
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      const idempotencyKey = key();
      const first = (await vote(s.as.commissioner, poll.id, mariana(), yesOf(poll), idempotencyKey).expect(201)).body as BallotReceipt;
      await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200);
      const retry = (await vote(s.as.commissioner, poll.id, mariana(), yesOf(poll), idempotencyKey).expect(201)).body as BallotReceipt;
      expect(retry).toEqual({ ...first, replayed: true });
      // Someone else replaying the key gets no receipt.
      await vote(s.as.chair, poll.id, mariana(), yesOf(poll), idempotencyKey).expect(409);
    });
    it('lets a proxy holding two rights cast two ballots, one per right, and not a third', async () => {
      const meetingId = s.meeting.meeting.id;
      const absent = [...s.ids.keys()].find((n) => !s.present.includes(n) && n !== PROXIED_MEMBER && n !== 'Pedro Delfino Arzeta García');
      const second = idOf(absent as string);
      const jimena = (await api('get', '/auth/me', s.as.representative)).body.id as string;
      await api('put', `/meetings/${meetingId}/attendance/${second}`, s.as.secretary)
        .send({ status: 'represented', representativePersonId: jimena })
        .expect(200);
      await fileLetter(t, s.as.secretary, meetingId, second, jimena);
      const poll = await namedPoll('Dos derechos');
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      const held = (await api('get', `/polls/${poll.id}/rights`, s.as.representative).expect(200)).body as VotingRight[];
      expect(held.map((r) => r.memberPersonId).sort()).toEqual([idOf(PROXIED_MEMBER), second].sort());
      await vote(s.as.representative, poll.id, idOf(PROXIED_MEMBER), yesOf(poll)).expect(201);
      await vote(s.as.representative, poll.id, second, noOf(poll)).expect(201);
      expect((await vote(s.as.representative, poll.id, second, yesOf(poll)).expect(409)).body.code).toBe('ballot_conflict');
      expect(await ballotRows(poll.id)).toBe(2);
      const closed = (await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200)).body as PollState;
      expect(closed.result).toMatchObject({ yes: 1, no: 1 });
    });
  });

  describe('show of hands recorded by the secretary', () => {
    const handsPoll = (subject: string, extra: Record<string, unknown> = {}) =>
      createPoll(t, s.as.secretary, s.meeting.meeting.id, {
        agendaItemId: minutesItem(s.meeting),
        subject,
        method: 'show_of_hands',
        ...extra,
      });
    const verify = async (pollId: string) => (await t.http.get(`/api/public/polls/${pollId}/verify`).expect(200)).body as ChainVerification;
    const hands = (auth: string, pollId: string, body: Record<string, unknown>) =>
      api('post', `/polls/${pollId}/show-of-hands`, auth).send(body);

    it('records the counts and who spoke against, closes through the domain result, chains one event and makes the agreement', async () => {
      const poll = await handsPoll('Aprobación a mano alzada', { rule: 'absolute', base: 'members_present', legalArticle: 'artículo 66' });
      await hands(s.as.secretary, poll.id, { yes: 1, no: 0, abstain: 0 }).expect(409);
      await api('post', `/polls/${poll.id}/open`, s.as.chair).expect(200);
      const against = [idOf(s.present[3]), idOf(s.present[4])];
      const body = { yes: 15, no: 3, abstain: 2, against };
      await hands(s.as.commissioner, poll.id, body).expect(403);
      await hands(s.as.representative, poll.id, body).expect(403);
      expect((await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(409)).body.code).toBe('poll_wrong_status');
      expect((await vote(s.as.commissioner, poll.id, idOf('Mariana Contreras Soto'), yesOf(poll)).expect(409)).body.code).toBe(
        'poll_wrong_status',
      );
      const roster = (await api('get', `/polls/${poll.id}/roster`, s.as.secretary).expect(200)).body as VotingRight[];
      expect(roster.map((r) => r.memberName)).toEqual(expect.arrayContaining([s.present[3], PROXIED_MEMBER]));
      await api('get', `/polls/${poll.id}/roster`, s.as.commissioner).expect(403);
      await api('get', `/polls/${MISSING}/roster`, s.as.secretary).expect(404);
      const closed = (await hands(s.as.secretary, poll.id, body).expect(200)).body as PollState;
      expect(closed.status).toBe('closed');
      expect(closed.result).toMatchObject({ passed: true, yes: 15, no: 3, abstain: 2, rule: 'absolute', base: 'members_present' });
      expect(closed.result?.againstNames).toEqual([s.present[3], s.present[4]]);
      expect(closed.tally).toEqual({ [yesOf(poll)]: 15, [noOf(poll)]: 3, [poll.options[2].id]: 2 });
      expect(closed.voted).toBe(20);
      expect(closed.result?.legalBasis).toContain('artículo 66');
      expect(closed.agreementNumber).not.toBeNull();
      expect(await ballotRows(poll.id)).toBe(0);
      const chain = (await t.http.get(`/api/public/polls/${poll.id}/chain`).expect(200)).body as Array<{
        kind: string;
        payload: Record<string, unknown>;
      }>;
      const recorded = chain.filter((e) => e.kind === 'show_of_hands_recorded');
      expect(recorded).toHaveLength(1);
      expect(recorded[0].payload['against']).toEqual(against.map((personId, i) => ({ personId, name: s.present[3 + i] })));
      expect(chain.at(-1)?.kind).toBe('poll_closed');
      expect(await verify(poll.id)).toMatchObject({ intact: true, resultProblem: null, tally: { [yesOf(poll)]: 15, [noOf(poll)]: 3 } });
      // A closed poll records nothing more.
      await hands(s.as.secretary, poll.id, body).expect(409);
    });

    it('lets the chair break a tied show of hands with the casting vote the poll allows; verify recomputes it', async () => {
      const poll = await handsPoll('Empate a mano alzada', { chairCastingVote: true });
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await hands(s.as.secretary, poll.id, { yes: 2, no: 2, abstain: 0, castingVote: 'yes' }).expect(403);
      const closed = (await hands(s.as.chair, poll.id, { yes: 2, no: 2, abstain: 0, castingVote: 'yes' }).expect(200)).body as PollState;
      expect(closed.result).toMatchObject({ passed: true, reason: 'tie_casting_yes' });
      expect(await verify(poll.id)).toMatchObject({ intact: true, resultProblem: null });
    });

    it('detects a recorded count edited in the database', async () => {
      const poll = await handsPoll('Conteo alterado');
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      await hands(s.as.secretary, poll.id, { yes: 4, no: 5, abstain: 0 }).expect(200);
      await sql.query(
        `UPDATE poll_audit_events SET payload = jsonb_set(payload, '{tally,${yesOf(poll)}}', '9') WHERE poll_id = $1 AND kind = 'show_of_hands_recorded'`,
        [poll.id],
      );
      expect((await verify(poll.id)).intact).toBe(false);
    });

    it('refuses, writing nothing: bad counts, more votes than rights present, names not of voting members present, a poll that is not a show of hands', async () => {
      const poll = await handsPoll('Validación del conteo');
      await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
      const rights = poll.rights || ((await api('get', `/polls/${poll.id}`, s.as.secretary).expect(200)).body as PollState).rights;
      await hands(s.as.secretary, poll.id, { yes: -1, no: 0, abstain: 0 }).expect(400);
      await hands(s.as.secretary, poll.id, { yes: 1.5, no: 0, abstain: 0 }).expect(400);
      await hands(s.as.secretary, poll.id, { yes: 1, no: 0 }).expect(400);
      expect((await hands(s.as.secretary, poll.id, { yes: rights, no: 1, abstain: 0 }).expect(400)).body.errors[0].path).toBe('yes');
      // The last absent member: the proxy spec above represents the first one.
      const absent = [...s.ids.keys()].filter((n) => !s.present.includes(n) && n !== PROXIED_MEMBER).at(-1) as string;
      expect(
        (await hands(s.as.secretary, poll.id, { yes: 1, no: 1, abstain: 0, against: [idOf(absent)] }).expect(400)).body.errors[0].path,
      ).toBe('against.0');
      await hands(s.as.secretary, poll.id, { yes: 1, no: 1, abstain: 0, against: [MISSING] }).expect(400);
      expect(
        (await hands(s.as.secretary, poll.id, { yes: 1, no: 1, abstain: 0, against: [idOf(s.present[3]), idOf(s.present[4])] }).expect(400))
          .body.errors[0].path,
      ).toBe('against');
      expect(((await api('get', `/polls/${poll.id}`, s.as.secretary).expect(200)).body as PollState).status).toBe('open');
      await hands(s.as.secretary, MISSING, { yes: 1, no: 0, abstain: 0 }).expect(404);

      const named = await namedPoll('Nominal, no a mano alzada');
      await api('post', `/polls/${named.id}/open`, s.as.secretary).expect(200);
      expect((await hands(s.as.secretary, named.id, { yes: 1, no: 0, abstain: 0 }).expect(409)).body.code).toBe('poll_wrong_status');
      const choices = await api('post', `/meetings/${s.meeting.meeting.id}/polls`, s.as.secretary)
        .send({ agendaItemId: minutesItem(s.meeting), subject: 'Lista', method: 'show_of_hands', choices: ['A', 'B'] })
        .expect(400);
      expect(choices.body.errors[0].path).toBe('method');
    });
  });
});
