import { CommissionMember, CreateMeeting, MeetingState, Page } from '@cocrea/contracts';
import demoRecord from '../../seed/demo-commission.json';
import { DemoSessionRecord } from '../../seed/demo-session';
import { TestApp } from '../../testing/test-app';

const session = (demoRecord as unknown as DemoSessionRecord).session;

/** When the replayed calls were issued, declared because their dates are in the past. */
export const CALL_ISSUED = { at: '2021-02-01T10:00:00-06:00' };

/** The call of the seed's session: its 11-item agenda, recorded as a past session so it can be run again. */
export function seedCall(overrides: Partial<CreateMeeting> = {}): CreateMeeting {
  return {
    title: 'Primera Sesión Ordinaria 2021 (réplica)',
    kind: 'ordinary',
    scheduledAt: '2021-02-15T11:00:00-06:00',
    place: 'Ciudad de México (virtual)',
    videoUrl: 'https://videoconferencia.example.org/sesion',
    pastRecord: true,
    agenda: session.agenda.map((i) => ({
      title: i.title,
      kind: i.kind,
      presenter: i.presenter ?? null,
      minutesAllotted: i.minutes ?? null,
    })),
    ...overrides,
  };
}

/** Person ids of the commission's members by name. */
export async function memberIds(t: TestApp, auth: string, commissionId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let page = 1; page <= 3; page++) {
    const body = (
      await t.http.get(`/api/commissions/${commissionId}/members?pageSize=100&page=${page}`).set('Authorization', auth).expect(200)
    ).body as Page<CommissionMember>;
    for (const m of body.items) ids.set(m.person.name, m.person.id);
    if (body.items.length < 100) break;
  }
  return ids;
}

export async function personId(t: TestApp, auth: string, name: string): Promise<string> {
  const body = (
    await t.http
      .get(`/api/people?q=${encodeURIComponent(name)}`)
      .set('Authorization', auth)
      .expect(200)
  ).body as Page<{ id: string; name: string }>;
  const person = body.items.find((p) => p.name === name);
  if (!person) throw new Error(`no person ${name}`);
  return person.id;
}

export async function createMeeting(
  t: TestApp,
  auth: string,
  commissionId: string,
  call: CreateMeeting = seedCall(),
): Promise<MeetingState> {
  return (await t.http.post(`/api/commissions/${commissionId}/meetings`).set('Authorization', auth).send(call).expect(201))
    .body as MeetingState;
}

/** Marks `names` present, one request each. */
export async function markPresent(
  t: TestApp,
  auth: string,
  meetingId: string,
  ids: Map<string, string>,
  names: string[],
): Promise<MeetingState> {
  let state: MeetingState | undefined;
  for (const name of names) {
    state = (
      await t.http
        .put(`/api/meetings/${meetingId}/attendance/${ids.get(name)}`)
        .set('Authorization', auth)
        .send({ status: 'present' })
        .expect(200)
    ).body as MeetingState;
  }
  return state as MeetingState;
}
