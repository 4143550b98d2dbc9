import { request as playwrightRequest } from '@playwright/test';
import { bearer, expect } from './fixtures';

/**
 * A session room set up through the api for journeys about what happens inside it (the roll call and the vote
 * themselves are other journeys' business): convened, everyone present, opened by the chair, a named poll open on
 * its third item, and optionally someone with the floor.
 */
export const SECRETARY = 'luis.parra@demo.cocrea.mx';
export const CHAIR = 'maria.nava@demo.cocrea.mx';
export const COMMISSIONER = 'mariana.contreras@demo.cocrea.mx';

export interface Room {
  meetingId: string;
  pollId: string;
}

export async function openRoomWithPoll(
  baseURL: string,
  title: string,
  subject: string,
  options: { speaker?: boolean } = {},
): Promise<Room> {
  const api = await playwrightRequest.newContext({ baseURL });
  const secretary = await bearer(api, SECRETARY);
  const chair = await bearer(api, CHAIR);
  const commissionId = (await (await api.get('/api/commissions', { headers: secretary })).json()).items[0].id as string;
  const created = await api.post(`/api/commissions/${commissionId}/meetings`, {
    headers: secretary,
    data: {
      title,
      kind: 'extraordinary',
      scheduledAt: '2021-02-15T18:00:00-06:00',
      pastRecord: true,
      agenda: [
        { title: 'Lista de asistencia y declaración de quórum', kind: 'procedural' },
        { title: 'Aprobación del Orden del Día', kind: 'vote' },
        { title: 'Lectura y, en su caso, aprobación del acta de la sesión anterior', kind: 'vote', minutesAllotted: 10 },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const state = await created.json();
  const meetingId = state.meeting.id as string;
  const itemId = state.agenda[2].id as string;
  const ok = async (response: Promise<{ status(): number }>, status = 200) => expect((await response).status()).toBe(status);
  await ok(api.post(`/api/meetings/${meetingId}/convene`, { headers: secretary, data: { at: '2021-02-10T10:00:00-06:00' } }));
  await ok(api.post(`/api/meetings/${meetingId}/attendance/all-present`, { headers: secretary }));
  await ok(api.post(`/api/meetings/${meetingId}/open`, { headers: chair, data: { at: '2021-02-15T18:05:00-06:00' } }));
  await ok(api.put(`/api/meetings/${meetingId}/current-item`, { headers: secretary, data: { agendaItemId: itemId } }));
  if (options.speaker) {
    const asked = await api.post(`/api/meetings/${meetingId}/speakers`, { headers: await bearer(api, COMMISSIONER), data: {} });
    expect(asked.status()).toBeLessThan(300);
    const entry = ((await asked.json()).speakers as Array<{ id: string; status: string }>).find((e) => e.status === 'waiting');
    await ok(api.post(`/api/meetings/${meetingId}/speakers/${entry?.id}/give`, { headers: secretary }));
  }
  const poll = await api.post(`/api/meetings/${meetingId}/polls`, { headers: chair, data: { agendaItemId: itemId, subject } });
  expect(poll.status()).toBe(201);
  const pollId = (await poll.json()).id as string;
  await ok(api.post(`/api/polls/${pollId}/open`, { headers: chair, data: {} }));
  await api.dispose();
  return { meetingId, pollId };
}
