import { MeetingState, PollState } from '@cocrea/contracts';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { startAsSecretary, TestApp } from '../testing/test-app';
import { noOf, OpenSession, openSessionWithProxy, yesOf } from '../voting/testing/voting-fixtures';

/** One step on the item: a poll (show of hands or named) or a decision the secretary records, on one of three subjects. */
interface Step {
  by: 'show_of_hands' | 'named' | 'decision';
  subject: number;
  passes: boolean;
}

const step: fc.Arbitrary<Step> = fc.record({
  by: fc.constantFrom('show_of_hands', 'named', 'decision'),
  subject: fc.integer({ min: 0, max: 2 }),
  passes: fc.boolean(),
});

/**
 * For any sequence of polls and decisions on an agenda item, the item holds one outcome per question, a second
 * recording of a decided question is refused (409), and its agreements are exactly its passed outcomes, never more.
 */
describe('one outcome per decision (property)', () => {
  let t: TestApp;
  let s: OpenSession;
  let db: DataSource;
  let itemId: string;
  let run = 0;

  beforeAll(async () => {
    let secretary: string;
    let commissionId: string;
    ({ t, secretary, commissionId } = await startAsSecretary());
    s = await openSessionWithProxy(t, secretary, commissionId);
    db = t.app.get(DataSource);
    const state = (await t.http.get(`/api/meetings/${s.meeting.meeting.id}`).set('Authorization', secretary).expect(200))
      .body as MeetingState;
    itemId = state.agenda.find((i) => i.kind === 'open')?.id as string;
  }, 300_000);
  afterAll(() => t?.close());

  const api = (method: 'get' | 'post', path: string, auth = s.as.secretary) => t.http[method](`/api${path}`).set('Authorization', auth);

  /** Takes one step; answers whether the room decided (true) or the step was refused as a second recording. */
  async function take(subject: string, { by, passes }: Step): Promise<boolean> {
    const meetingId = s.meeting.meeting.id;
    if (by === 'decision') {
      const res = await api('post', `/meetings/${meetingId}/decisions`).send({
        agendaItemId: itemId,
        subject,
        outcome: passes ? 'unanimous' : 'rejected',
      });
      expect([201, 409]).toContain(res.status);
      return res.status === 201;
    }
    const created = await api('post', `/meetings/${meetingId}/polls`).send({ agendaItemId: itemId, subject, method: by });
    expect([201, 409]).toContain(created.status);
    if (created.status === 409) return false;
    const poll = created.body as PollState;
    await api('post', `/polls/${poll.id}/open`, s.as.chair).expect(200);
    if (by === 'show_of_hands') {
      await api('post', `/polls/${poll.id}/show-of-hands`)
        .send(passes ? { yes: 2, no: 0, abstain: 0 } : { yes: 0, no: 2, abstain: 0 })
        .expect(200);
      return true;
    }
    await api('post', `/polls/${poll.id}/ballots`, s.as.chair)
      .send({
        memberPersonId: s.ids.get('María del Carmen Nava Polina'),
        optionId: passes ? yesOf(poll) : noOf(poll),
        idempotencyKey: poll.id,
      })
      .expect(201);
    await api('post', `/polls/${poll.id}/close`, s.as.chair).expect(200);
    return true;
  }

  it('makes exactly one agreement per passed outcome, never more', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        run += 1;
        const decided = new Map<string, boolean>();
        for (const one of steps) {
          const subject = `Asunto ${run}.${one.subject}`;
          const recorded = await take(subject, one);
          // Refused exactly when that question was already decided.
          expect(recorded).toBe(!decided.has(subject));
          if (recorded) decided.set(subject, one.passes);
        }
        const rows = (await db.query(
          `SELECT d.outcome, count(a.id)::int AS agreements FROM decisions d LEFT JOIN agreements a ON a.decision_id = d.id
            WHERE d.agenda_item_id = $1 AND d.subject LIKE $2 GROUP BY d.id, d.outcome`,
          [itemId, `Asunto ${run}.%`],
        )) as { outcome: string; agreements: number }[];
        expect(rows).toHaveLength(decided.size);
        for (const row of rows) expect(row.agreements).toBe(row.outcome === 'rejected' ? 0 : 1);
        expect(rows.filter((r) => r.outcome !== 'rejected')).toHaveLength([...decided.values()].filter(Boolean).length);
      }),
      { numRuns: 12 },
    );
  }, 600_000);
});
