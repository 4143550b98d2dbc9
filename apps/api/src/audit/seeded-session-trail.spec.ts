import { MeetingSummary, Page, SessionAuditReport } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import { SeedService } from '../seed/seed.service';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/** The demo's sessions were loaded without commands: their trails start from the record as loaded, so each one checks. */
describe('the demo sessions’ audit trails', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.close());

  it('start from the record as loaded, so every seeded session matches its trail', async () => {
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    const meetings = (
      await t.http.get(`/api/commissions/${commissionId}/meetings?pageSize=100`).set('Authorization', secretary).expect(200)
    ).body as Page<MeetingSummary>;
    expect(meetings.items.length).toBeGreaterThan(0);
    for (const meeting of meetings.items) {
      const report = (await t.http.get(`/api/meetings/${meeting.id}/audit`).set('Authorization', secretary).expect(200))
        .body as SessionAuditReport;
      expect({ id: meeting.id, ...report }).toMatchObject({
        id: meeting.id,
        events: 1,
        chain: { ok: true },
        matchesRecord: true,
        differences: [],
      });
    }
  });

  it('are not started twice when the demo is loaded again', async () => {
    const db = t.app.get(DataSource);
    const count = async () => ((await db.query(`SELECT count(*)::int AS n FROM session_audit_events`)) as [{ n: number }])[0].n;
    const before = await count();
    await t.app.get(SeedService).loadDemo();
    expect(await count()).toBe(before);
  });
});
