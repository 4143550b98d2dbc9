import { MeetingState } from '@cocrea/contracts';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { createPoll, openSessionWithProxy, OpenSession } from './testing/voting-fixtures';

/**
 * Closing a poll is its item's decision, recorded in the poll's transaction: the session's room (its version, the
 * state every reader and the live room get) must carry that outcome at once, not at the room's next change.
 */
describe('a closed poll in the session room', () => {
  let t: TestApp;
  let s: OpenSession;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    s = await openSessionWithProxy(t, secretary, commissionId);
  });
  afterAll(() => t?.close());

  const state = async () =>
    (await t.http.get(`/api/meetings/${s.meeting.meeting.id}`).set('Authorization', s.as.commissioner).expect(200)).body as MeetingState;

  it('shows the outcome of a show of hands as soon as its count closes the poll, in a newer version', async () => {
    const item = s.meeting.agenda.find((i) => i.title === 'Aprobación del Orden del Día')?.id as string;
    const poll = await createPoll(t, s.as.secretary, s.meeting.meeting.id, {
      agendaItemId: item,
      subject: 'Aprobación del Orden del Día',
      method: 'show_of_hands',
    });
    await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', s.as.chair).expect(200);
    const before = await state();
    expect(before.decisions.filter((d) => d.agendaItemId === item)).toEqual([]);

    await t.http
      .post(`/api/polls/${poll.id}/show-of-hands`)
      .set('Authorization', s.as.secretary)
      .send({ yes: 20, no: 1, abstain: 0 })
      .expect(200);

    const after = await state();
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.decisions.filter((d) => d.agendaItemId === item)).toEqual([
      expect.objectContaining({ pollId: poll.id, method: 'show_of_hands', yes: 20, no: 1, abstain: 0 }),
    ]);
  });
});
