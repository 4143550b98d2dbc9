import { MeetingState, PollState } from '@cocrea/contracts';
import * as fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { createPoll, minutesItem, noOf, OpenSession, openSessionWithProxy, PROXIED_MEMBER, yesOf } from './testing/voting-fixtures';

/** The voters of the model: three members in person and the proxy of a represented one. */
type Voter = 'chair' | 'secretary' | 'commissioner' | 'representative';
const VOTERS: readonly Voter[] = ['chair', 'secretary', 'commissioner', 'representative'];

interface Model {
  poll: PollState | null;
  open: boolean;
  /** Rights used in the current poll. */
  used: Set<Voter>;
  commissionerPresent: boolean;
  proxyOnFile: boolean;
}

interface Real {
  t: TestApp;
  s: OpenSession;
  db: DataSource;
  memberOf: Record<Voter, string>;
  closedResults: Map<string, string>;
}

let motions = 0;

const api = (r: Real, method: 'get' | 'post' | 'put', path: string, who: Voter) =>
  r.t.http[method](`/api${path}`).set('Authorization', r.s.as[who]);

/**
 * Interleaved open / close / cast / change proxy / check-in / check-out against the real services on PGlite:
 * at most one ballot per (poll, right), none outside the open window, the quorum equals the present voting rights,
 * and closing twice changes nothing.
 */
describe('voting model (fast-check commands)', () => {
  let r: Real;
  beforeAll(async () => {
    const t = await startTestApp({ seed: true });
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    const s = await openSessionWithProxy(t, secretary, commissionId);
    const person = (name: string) => s.ids.get(name) as string;
    r = {
      t,
      s,
      db: t.app.get(DataSource),
      memberOf: {
        chair: person('María del Carmen Nava Polina'),
        secretary: person('Luis Gustavo Parra Noriega'),
        commissioner: person('Mariana Contreras Soto'),
        representative: person(PROXIED_MEMBER),
      },
      closedResults: new Map(),
    };
  }, 180_000);
  afterAll(() => r?.t.close());

  async function checkInvariants(m: Model): Promise<void> {
    const doubled = await r.db.query(`SELECT poll_id FROM voting_right_uses GROUP BY poll_id, member_person_id HAVING count(*) > 1`);
    expect(doubled).toEqual([]);
    const meetingId = r.s.meeting.meeting.id;
    const state = (await api(r, 'get', `/meetings/${meetingId}`, 'secretary').expect(200)).body as MeetingState;
    const [{ n }] = (await r.db.query(
      `SELECT count(*)::int AS n FROM attendances a JOIN meetings m ON m.id = a.meeting_id
       JOIN commission_members c ON c.person_id = a.person_id AND c.commission_id = m.commission_id AND c.votes AND c.until IS NULL
       WHERE a.meeting_id = $1 AND a.status IN ('present', 'late', 'represented')`,
      [meetingId],
    )) as { n: number }[];
    // `present` counts the represented too (a right used by proxy is present).
    expect(state.quorum.present).toBe(n);
    if (m.poll) {
      const [{ ballots }] = (await r.db.query(`SELECT count(*)::int AS ballots FROM ballots WHERE poll_id = $1`, [m.poll.id])) as {
        ballots: number;
      }[];
      expect(ballots).toBe(m.used.size);
    }
  }

  const openCmd = fc.constant<fc.AsyncCommand<Model, Real>>({
    check: () => true,
    async run(m) {
      if (m.open) {
        await api(r, 'post', `/polls/${m.poll?.id}/open`, 'secretary').expect(409);
      } else {
        // Each poll is its own motion: a closed poll decided its question, and the same question is not put twice.
        const poll = await createPoll(r.t, r.s.as.secretary, r.s.meeting.meeting.id, {
          agendaItemId: minutesItem(r.s.meeting),
          subject: `Moción ${++motions}`,
        });
        await api(r, 'post', `/polls/${poll.id}/open`, 'secretary').expect(200);
        Object.assign(m, { poll, open: true, used: new Set<Voter>() });
      }
      await checkInvariants(m);
    },
    toString: () => 'open',
  });

  const closeCmd = fc.constant<fc.AsyncCommand<Model, Real>>({
    check: (m) => m.poll !== null,
    async run(m) {
      const id = m.poll?.id as string;
      if (m.open) {
        const closed = (await api(r, 'post', `/polls/${id}/close`, 'chair').send({}).expect(200)).body as PollState;
        r.closedResults.set(id, JSON.stringify(closed.result));
        m.open = false;
      } else {
        await api(r, 'post', `/polls/${id}/close`, 'chair').send({}).expect(409);
        const again = (await api(r, 'get', `/polls/${id}`, 'chair').expect(200)).body as PollState;
        expect(JSON.stringify(again.result)).toBe(r.closedResults.get(id));
      }
      await checkInvariants(m);
    },
    toString: () => 'close',
  });

  const castCmd = fc.tuple(fc.constantFrom(...VOTERS), fc.boolean()).map(
    ([voter, yes]): fc.AsyncCommand<Model, Real> => ({
      check: (m) => m.poll !== null,
      async run(m) {
        const poll = m.poll as PollState;
        const response = await api(r, 'post', `/polls/${poll.id}/ballots`, voter).send({
          memberPersonId: r.memberOf[voter],
          optionId: yes ? yesOf(poll) : noOf(poll),
          idempotencyKey: randomUUID(),
        });
        const present = voter === 'commissioner' ? m.commissionerPresent : voter === 'representative' ? m.proxyOnFile : true;
        const accepted = m.open && present && !m.used.has(voter);
        expect({ voter, status: response.status }).toEqual({ voter, status: accepted ? 201 : response.status });
        if (accepted) m.used.add(voter);
        else expect([403, 409]).toContain(response.status);
        await checkInvariants(m);
      },
      toString: () => `cast ${voter} ${yes ? 'yes' : 'no'}`,
    }),
  );

  const attendanceCmd = fc.boolean().map(
    (present): fc.AsyncCommand<Model, Real> => ({
      check: () => true,
      async run(m) {
        await api(r, 'put', `/meetings/${r.s.meeting.meeting.id}/attendance/${r.memberOf.commissioner}`, 'secretary')
          .send({ status: present ? 'present' : 'absent' })
          .expect(200);
        m.commissionerPresent = present;
        await checkInvariants(m);
      },
      toString: () => (present ? 'check-in' : 'check-out'),
    }),
  );

  const proxyCmd = fc.boolean().map(
    (represented): fc.AsyncCommand<Model, Real> => ({
      check: () => true,
      async run(m) {
        const body = represented ? { status: 'represented', representativePersonId: await jimena() } : { status: 'absent' };
        await api(r, 'put', `/meetings/${r.s.meeting.meeting.id}/attendance/${r.memberOf.representative}`, 'secretary')
          .send(body)
          .expect(200);
        m.proxyOnFile = represented;
        await checkInvariants(m);
      },
      toString: () => (represented ? 'proxy on' : 'proxy off'),
    }),
  );

  async function jimena(): Promise<string> {
    const rows = (await r.db.query(`SELECT id FROM people WHERE email = $1`, [DEMO.representative])) as { id: string }[];
    return rows[0].id;
  }

  it('keeps one ballot per right, none outside the open window, quorum = present rights, closing idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands([openCmd, closeCmd, castCmd, attendanceCmd, proxyCmd], { maxCommands: 12 }), async (commands) => {
        // Each run starts from everyone back in the room and no poll of its own.
        await api(r, 'put', `/meetings/${r.s.meeting.meeting.id}/attendance/${r.memberOf.commissioner}`, 'secretary')
          .send({ status: 'present' })
          .expect(200);
        await api(r, 'put', `/meetings/${r.s.meeting.meeting.id}/attendance/${r.memberOf.representative}`, 'secretary')
          .send({ status: 'represented', representativePersonId: await jimena() })
          .expect(200);
        const model: Model = { poll: null, open: false, used: new Set(), commissionerPresent: true, proxyOnFile: true };
        await fc.asyncModelRun(() => ({ model, real: r }), commands);
        if (model.open) await api(r, 'post', `/polls/${model.poll?.id}/close`, 'chair').send({}).expect(200);
      }),
      { numRuns: 30, seed: 42 },
    );
  }, 600_000);
});
