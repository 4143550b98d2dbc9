import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface VotingScenario {
  commissionId: string;
  meetingId: string;
  pollId: string;
  yesOptionId: string;
  agendaItemId: string;
  chair: string;
  secretary: string;
  /** Login tokens of the voters, by person id. */
  voters: { personId: string; token: string }[];
}

/** A REST call as `token`; throws with the body on a non-2xx answer. */
export async function call<T = unknown>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A login session stored as the login route stores it (the login route is rate limited). */
export async function loginToken(sql: Client, personId: string): Promise<string> {
  const token = randomBytes(32).toString('hex');
  await sql.query(`INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    sha256(token),
    personId,
  ]);
  return token;
}

export async function personId(sql: Client, email: string): Promise<string> {
  return (await sql.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [email])).rows[0].id;
}

/**
 * On the seeded demo commission: `n` extra voting members with login sessions, a session convened and opened with
 * all of them present, and a named poll, opened.
 */
export async function votingScenario(base: string, sql: Client, n: number, label = 'Prueba'): Promise<VotingScenario> {
  const [{ id: commissionId }] = (await sql.query<{ id: string }>('SELECT id FROM commissions ORDER BY created_at LIMIT 1')).rows;
  const tag = randomBytes(4).toString('hex');
  const people = await sql.query<{ id: string }>(
    `INSERT INTO people (name, email) SELECT 'Votante ' || g, 'votante' || g || '-' || $2 || '@cluster.cocrea.mx' FROM generate_series(1, $1) g RETURNING id`,
    [n, tag],
  );
  const ids = people.rows.map((r) => r.id);
  await sql.query(
    `INSERT INTO commission_members (commission_id, person_id, role, votes, since) SELECT $1, unnest($2::uuid[]), 'commissioner', true, '2020-01-01'`,
    [commissionId, ids],
  );
  const voters = [];
  for (const id of ids) voters.push({ personId: id, token: await loginToken(sql, id) });
  const chair = await loginToken(sql, await personId(sql, 'maria.nava@demo.cocrea.mx'));
  const secretary = await loginToken(sql, await personId(sql, 'luis.parra@demo.cocrea.mx'));

  const record = JSON.parse(readFileSync(join(__dirname, '../../seed/demo-commission.json'), 'utf8')) as {
    session: { agenda: { title: string; kind: string }[] };
  };
  const now = Date.now();
  const state = await call<{ meeting: { id: string } }>(base, 'POST', `/api/commissions/${commissionId}/meetings`, secretary, {
    title: `${label} ${tag}`,
    kind: 'extraordinary',
    scheduledAt: new Date(now - 3_600_000).toISOString(),
    pastRecord: true,
    agenda: record.session.agenda.map((i) => ({ title: i.title, kind: i.kind })),
  });
  const meetingId = state.meeting.id;
  await call(base, 'POST', `/api/meetings/${meetingId}/convene`, secretary, { at: new Date(now - 7_200_000).toISOString() });
  await sql.query(
    `INSERT INTO attendances (meeting_id, person_id, status) SELECT $1, m.person_id, 'present' FROM commission_members m WHERE m.commission_id = $2 AND m.votes`,
    [meetingId, commissionId],
  );
  const opened = await call<{ agenda: { id: string; kind: string }[] }>(base, 'POST', `/api/meetings/${meetingId}/open`, chair, {});
  const agendaItemId = opened.agenda.find((i) => i.kind === 'vote')?.id;
  const poll = await call<{ id: string; options: { id: string; meaning: string }[] }>(
    base,
    'POST',
    `/api/meetings/${meetingId}/polls`,
    secretary,
    {
      agendaItemId,
      subject: label,
      method: 'named',
    },
  );
  await call(base, 'POST', `/api/polls/${poll.id}/open`, chair, {});
  const yesOptionId = poll.options.find((o) => o.meaning === 'yes')?.id as string;
  return { commissionId, meetingId, pollId: poll.id, yesOptionId, chair, secretary, voters, agendaItemId: agendaItemId as string };
}

/** Another named poll on the same agenda item of the scenario's session, opened. */
export async function anotherPoll(base: string, scenario: VotingScenario, subject: string): Promise<VotingScenario> {
  const poll = await call<{ id: string; options: { id: string; meaning: string }[] }>(
    base,
    'POST',
    `/api/meetings/${scenario.meetingId}/polls`,
    scenario.secretary,
    { agendaItemId: scenario.agendaItemId, subject, method: 'named' },
  );
  await call(base, 'POST', `/api/polls/${poll.id}/open`, scenario.chair, {});
  return { ...scenario, pollId: poll.id, yesOptionId: poll.options.find((o) => o.meaning === 'yes')?.id as string };
}
