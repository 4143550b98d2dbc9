import {
  Page,
  PublicAgreement,
  PublicAgreementDetail,
  PublicCommission,
  PublicDataset,
  PublicSearchHit,
  PublicSessionDetail,
  PublicSessionSummary,
  PublicVotingRecord,
  PublicVotingRecordSummary,
} from '@cocrea/contracts';
import { createMeeting } from '../meetings/testing/meeting-fixtures';
import { startAsSecretary, startTestApp, TestApp } from '../testing/test-app';
import { PublicDocumentCache, publicDocumentKey } from './public-cache';
import { DATASETS } from './public-datasets';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const SESSION_TITLE = /15 de febrero de 2021|Primera Sesión|Sesión/;

describe('public portal: what anyone can read without an account', () => {
  let t: TestApp;
  let secretary: string;
  let commissionId: string;
  let seedSession: PublicSessionSummary;

  // Seeding the demo commission (and opening a session) takes most of a minute on a busy machine.
  beforeAll(async () => {
    ({ t, secretary, commissionId } = await startAsSecretary());
    const sessions = (await t.http.get('/api/public/sessions?year=2021').expect(200)).body as Page<PublicSessionSummary>;
    seedSession = sessions.items[0];
  }, 180_000);
  afterAll(() => t?.close());

  const get = (path: string) => t.http.get(`/api/public${path}`);

  it('presents the commission and its members by name, institution and state, without emails or accounts', async () => {
    const res = await get('/commission').expect(200);
    const commission = res.body as PublicCommission;
    expect(commission.name).toBe('Comisión de Gobierno Abierto y de Transparencia Proactiva');
    const chair = commission.members.find((m) => m.role === 'chair');
    expect(chair?.name).toBe('María del Carmen Nava Polina');
    expect(commission.members.some((m) => m.state !== null && m.organization !== null)).toBe(true);
    expect(res.text).not.toMatch(EMAIL);
    expect(res.text).not.toMatch(/passwordHash|password_hash|"email"/);
  });

  it('filters members by state and rejects an unknown state with a 400 problem', async () => {
    const all = (await get('/members?pageSize=100').expect(200)).body as Page<{ state: string | null }>;
    const state = all.items.find((m) => m.state)?.state as string;
    const some = (await get(`/members?state=${encodeURIComponent(state)}`).expect(200)).body as Page<{ state: string }>;
    expect(some.items.length).toBeGreaterThan(0);
    expect(some.items.every((m) => m.state === state)).toBe(true);
    const bad = await get('/members?state=Atlantis').expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('lists the seeded 15 February 2021 session and shows who was represented by whom and how the agenda vote went', async () => {
    expect(seedSession.title).toMatch(SESSION_TITLE);
    expect(seedSession.status).toBe('closed');
    const res = await get(`/sessions/${seedSession.id}`).expect(200);
    const session = res.body as PublicSessionDetail;
    const represented = session.attendance.filter((a) => a.status === 'represented');
    expect(represented.length).toBeGreaterThan(0);
    expect(represented.every((a) => typeof a.representedBy === 'string' && a.representedBy.length > 0)).toBe(true);
    expect(session.attendance.some((a) => a.status === 'present')).toBe(true);
    const agendaVote = session.decisions.find((d) => d.kind === 'agenda_approval');
    expect(agendaVote?.outcome).toBeDefined();
    expect(session.agenda.length).toBeGreaterThan(3);
    expect(session.agreements.length).toBe(seedSession.agreementCount);
    expect(res.text).not.toMatch(EMAIL);
    expect(res.text).not.toMatch(/representativePersonId|representative_person_id/);
  });

  it('keeps unapproved minutes private: the seed session’s minutes are not approved', async () => {
    const session = (await get(`/sessions/${seedSession.id}`).expect(200)).body as PublicSessionDetail;
    expect(session.minutesApproved).toBe(false);
    expect(session.minutes).toBeNull();
  });

  it('never shows a session whose call is not issued (draft): not in the list, 404 by id', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId);
    const list = (await get('/sessions?pageSize=100').expect(200)).body as Page<PublicSessionSummary>;
    expect(list.items.map((s) => s.id)).not.toContain(meeting.id);
    expect(list.items.every((s) => s.status !== 'draft')).toBe(true);
    const missing = await get(`/sessions/${meeting.id}`).expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('finds the agreement on the working groups (reviewed on 15 February 2021), by id and by its stable number', async () => {
    const page = (await get('/agreements?q=grupos%20de%20trabajo').expect(200)).body as Page<PublicAgreement>;
    expect(page.total).toBe(1);
    const agreement = page.items[0];
    expect(agreement.text).toMatch(/^Propuesta de grupos de trabajo/);
    // Adopted in the previous session, whose minutes and agreements the 2021-02-15 session reviewed.
    expect(agreement.meetingTitle).toBe('Cuarta Sesión Ordinaria 2020');
    expect(agreement.number).toMatch(/^CGATP\/\d{2}\/17-12-2020$/);
    expect(agreement.status).toBe('in_progress');
    const byId = (await get(`/agreements/${agreement.id}`).expect(200)).body as PublicAgreementDetail;
    const byNumber = (await get(`/agreements/${encodeURIComponent(agreement.number)}`).expect(200)).body as PublicAgreementDetail;
    expect(byNumber.id).toBe(byId.id);
    expect(byId.followUp).toEqual(expect.any(Array));
    await get('/agreements/CGATP%2F99%2F01-01-1999').expect(404);
  });

  it('filters agreements by session, status and year; another year is an empty page', async () => {
    const bySession = (await get(`/agreements?meetingId=${seedSession.id}&pageSize=100`).expect(200)).body as Page<PublicAgreement>;
    expect(bySession.total).toBe(seedSession.agreementCount);
    const pending = (await get('/agreements?status=pending&pageSize=100').expect(200)).body as Page<PublicAgreement>;
    expect(pending.items.every((a) => a.status === 'pending')).toBe(true);
    expect((await get('/agreements?year=1999').expect(200)).body).toMatchObject({ items: [], total: 0 });
  });

  it('answers abusive query parameters with a 400 problem or an empty page, never a 500', async () => {
    const bad = [
      '/sessions?page=1000000000',
      '/sessions?pageSize=1000000',
      '/sessions?page=-1',
      '/sessions?year=20x1',
      '/sessions?year=99999',
      '/sessions?status=draft',
      '/sessions?unknown=1',
      '/agreements?meetingId=1%20OR%201=1',
      '/agreements?status=%27;DROP%20TABLE%20agreements;--',
      '/sessions/not-a-uuid',
      '/voting-records?year=2021-13-45',
      '/search?q=a',
      '/search',
      '/datasets/passwords',
      '/datasets/agreements?format=xml',
    ];
    for (const path of bad) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const injection = encodeURIComponent("'; DROP TABLE agreements; --");
    for (const path of [`/agreements?q=${injection}`, `/sessions?q=${injection}`, `/search?q=${injection}`, '/sessions?page=100000']) {
      const res = await get(path).expect(200);
      expect(res.body.items).toEqual([]);
    }
    expect((await get('/agreements?pageSize=100').expect(200)).body.total).toBeGreaterThan(0);
  });

  it('answers a list and a session with an ETag and a 304 when it has not changed, and sets Cache-Control', async () => {
    for (const path of ['/agreements', `/sessions/${seedSession.id}`]) {
      const first = await get(path).expect(200);
      expect(first.headers['etag']).toBeDefined();
      expect(first.headers['cache-control']).toMatch(/public/);
      const again = await get(path).set('If-None-Match', first.headers['etag']).expect(304);
      expect(again.text).toBeFalsy();
    }
  });

  it('answers a session with a 304 for a weak validator, a list of validators or *', async () => {
    const path = `/sessions/${seedSession.id}`;
    const { etag } = (await get(path).expect(200)).headers;
    for (const validator of [`W/${etag}`, `"other", ${etag}`, '*']) {
      await get(path).set('If-None-Match', validator).expect(304);
    }
    await get(path).set('If-None-Match', '"other"').expect(200);
  });

  it('answers a cached session (before Express) with the same headers as the route that built it', async () => {
    const path = `/sessions/${seedSession.id}`;
    t.app.get(PublicDocumentCache).invalidate(publicDocumentKey('session', seedSession.id));
    const withoutDate = (headers: Record<string, string>) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'));
    const built = await get(path).expect(200);
    const cached = await get(path).expect(200);
    expect(withoutDate(cached.headers)).toEqual(withoutDate(built.headers));
    expect(cached.text).toBe(built.text);
  });

  it('never lets a shared cache keep a problem, whose language follows Accept-Language', async () => {
    for (const path of ['/agreements/NOPE', '/agreements?pageSize=1000000']) {
      const res = await get(path).set('Accept-Language', 'en');
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['vary']).toMatch(/Accept-Language/i);
    }
  });

  it('downloads the agreements as CSV (UTF-8 with BOM) with the columns of the data dictionary, and as JSON', async () => {
    const csv = await get('/datasets/agreements?format=csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const text = bytes.toString('utf8').slice(1);
    const [header] = text.split('\n');
    expect(header.trim().split(',')).toEqual(DATASETS.agreements.fields.map((f) => f.name));
    expect(text).toMatch(/15-02-2021/);
    expect(text).toContain('Sesión');
    const json = (await get('/datasets/agreements?format=json').expect(200)).body as Record<string, unknown>[];
    expect(Object.keys(json[0])).toEqual(DATASETS.agreements.fields.map((f) => f.name));
  });

  it('describes every dataset and field in the data dictionary, the same columns each download has', async () => {
    const datasets = (await get('/datasets').expect(200)).body as PublicDataset[];
    expect(datasets.map((d) => d.name).sort()).toEqual(Object.keys(DATASETS).sort());
    for (const dataset of datasets) {
      expect(dataset.fields.every((f) => f.description.es && f.description.en)).toBe(true);
      const rows = (await get(`/datasets/${dataset.name}?format=json`).expect(200)).body as Record<string, unknown>[];
      if (rows.length) expect(Object.keys(rows[0])).toEqual(dataset.fields.map((f) => f.name));
      const csv = await get(`/datasets/${dataset.name}?format=csv`).expect(200);
      expect(csv.text).not.toMatch(EMAIL);
    }
  });

  it('lists the members dataset in Spanish order, as the portal lists them ("Adrián Alcalá" before "Adriana")', async () => {
    const names = ((await get('/datasets/members?format=json').expect(200)).body as Array<{ name: string }>).map((r) => r.name);
    expect(names.indexOf('Adrián Alcalá Méndez')).toBeLessThan(names.indexOf('Adriana Patricia Espinosa Vázquez'));
    expect(names).toEqual([...names].sort(new Intl.Collator('es-MX').compare));
  });

  it('publishes the roll call as open data, with the representative’s name', async () => {
    const rows = (await get('/datasets/attendance?format=json').expect(200)).body as Record<string, string | null>[];
    const represented = rows.filter((r) => r['status'] === 'represented');
    expect(represented.length).toBeGreaterThan(0);
    expect(represented.every((r) => r['represented_by'])).toBe(true);
  });

  it('gives each commissioner’s voting record: attendance per session and over time', async () => {
    const page = (await get('/voting-records?year=2021&pageSize=100').expect(200)).body as Page<PublicVotingRecordSummary>;
    const someone = page.items.find((r) => r.represented > 0) as PublicVotingRecordSummary;
    expect(someone).toBeDefined();
    expect(someone.sessions).toBe(someone.present + someone.represented + someone.late + someone.absent);
    const record = (await get(`/voting-records/${someone.personId}`).expect(200)).body as PublicVotingRecord;
    expect(record.attendance.find((a) => a.meetingId === seedSession.id)?.representedBy).toEqual(expect.any(String));
    expect((await get('/voting-records?year=1999').expect(200)).body.items.every((r: PublicVotingRecordSummary) => r.sessions === 0)).toBe(
      true,
    );
  });

  it('searches with Spanish full text, ignoring accents: "sesion" finds the "Sesión", "comision" the agreements', async () => {
    const sessions = (await get('/search?q=sesion&kind=session').expect(200)).body as Page<PublicSearchHit>;
    expect(sessions.items.map((h) => h.id)).toContain(seedSession.id);
    const accented = (await get('/search?q=Sesi%C3%B3n&kind=session').expect(200)).body as Page<PublicSearchHit>;
    expect(accented.total).toBe(sessions.total);
    const groups = (await get('/search?q=grupo%20trabajo').expect(200)).body as Page<PublicSearchHit>;
    expect(groups.items.some((h) => h.kind === 'agreement')).toBe(true);
  });

  it('dates each search hit by its day (YYYY-MM-DD): a session by its Mexico City day, a deliverable by its due date', async () => {
    const sessions = (await get('/search?q=sesion&kind=session').expect(200)).body as Page<PublicSearchHit>;
    expect(sessions.items.find((h) => h.id === seedSession.id)?.date).toBe('2021-02-15');
    const deliverables = (await get('/search?q=diagnostico%20apertura&kind=deliverable').expect(200)).body as Page<PublicSearchHit>;
    expect(deliverables.items.find((h) => h.title.startsWith('Diagnóstico de la situación de apertura'))?.date).toBe('2021-05-31');
  });

  it('shows working groups with deliverables and progress, and no partner input', async () => {
    const page = (await get('/groups').expect(200)).body as Page<{ id: string; progress: number }>;
    expect(page.total).toBeGreaterThan(0);
    const res = await get(`/groups/${page.items[0].id}`).expect(200);
    expect(res.body).toMatchObject({ deliverables: expect.any(Array), milestones: expect.any(Array), documents: expect.any(Array) });
    expect(res.text).not.toMatch(/"inputs"|"partners"|"members"/);
    expect(res.text).not.toMatch(EMAIL);
  });

  it('rate-limits the public routes per address (429 past PUBLIC_RATE_LIMIT a minute, with Retry-After)', async () => {
    const limited = await startTestApp({ env: { PUBLIC_RATE_LIMIT: '3' } });
    try {
      for (let i = 0; i < 3; i++) await limited.http.get('/api/public/datasets').expect(200);
      const refused = await limited.http.get('/api/public/datasets').expect(429);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      // The whole seconds left in the address's one-minute window.
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    } finally {
      await limited.close();
    }
  });
});
