import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { samplePdf } from '../testing/sample-files';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { createPoll, minutesItem, noOf, openSessionWithProxy, yesOf } from '../voting/testing/voting-fixtures';
import { backup, restore } from './backup';

jest.setTimeout(300_000);

describe('backup and restore', () => {
  const root = mkdtempSync(join(tmpdir(), 'cocrea-backup-'));
  const original = join(root, 'original');
  const restored = join(root, 'restored');
  let t: TestApp | undefined;
  afterAll(async () => {
    await t?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('restores a seeded installation into an empty one with every poll chain intact and every file unchanged', async () => {
    t = await startTestApp({ seed: true, dataDir: original });
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    // A session held with a closed roll-call poll (its letter of representation is a stored file too).
    const session = await openSessionWithProxy(t, secretary, commissionId);
    const poll = await createPoll(t, secretary, session.meeting.meeting.id, {
      agendaItemId: minutesItem(session.meeting),
      subject: 'Acta',
    });
    await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', secretary).expect(200);
    const votes = session.present
      .slice(0, 6)
      .map((name, i) => ({ memberPersonId: session.ids.get(name), optionId: i < 4 ? yesOf(poll) : noOf(poll) }));
    await t.http.post(`/api/polls/${poll.id}/roll-call`).set('Authorization', secretary).send({ votes }).expect(200);
    await t.http.post(`/api/polls/${poll.id}/close`).set('Authorization', session.as.chair).send({}).expect(200);
    await t.http.post('/api/attachments').set('Authorization', secretary).attach('file', samplePdf('acta'), 'acta.pdf').expect(201);
    await t.close();

    const manifest = await backup({ dataDir: original }, join(root, 'backup'), new Date());
    expect(manifest.files.length).toBeGreaterThan(0);
    await restore({ dataDir: restored }, join(root, 'backup'));

    t = await startTestApp({ dataDir: restored });
    const db = t.app.get(DataSource);
    const polls = (await db.query(`SELECT id FROM polls WHERE status = 'closed'`)) as { id: string }[];
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) {
      const verification = (await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body;
      expect(verification).toMatchObject({ intact: true, ballotsMatch: true });
    }
    const files = (await db.query('SELECT storage_key, sha256 FROM attachments')) as { storage_key: string; sha256: string }[];
    expect(files.length).toBe(manifest.files.length);
    for (const file of files) {
      const content = readFileSync(join(restored, 'files', file.storage_key));
      expect(createHash('sha256').update(content).digest('hex')).toBe(file.sha256);
    }
  });

  it('refuses to restore over an installation that has data', async () => {
    await t?.close();
    await expect(restore({ dataDir: restored }, join(root, 'backup'))).rejects.toThrow(/not empty/);
  });
});
