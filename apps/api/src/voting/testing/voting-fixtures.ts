import { CreatePoll, MeetingState, PollState } from '@cocrea/contracts';
import { CALL_ISSUED, createMeeting, markPresent, memberIds, personId } from '../../meetings/testing/meeting-fixtures';
import { samplePdf } from '../../testing/sample-files';
import { DEMO, TestApp } from '../../testing/test-app';

/** Files the letter of representation a proxy needs to vote (whole session unless `agendaItemIds` narrows it). */
export async function fileLetter(
  t: TestApp,
  secretary: string,
  meetingId: string,
  memberPersonId: string,
  representativePersonId: string,
  agendaItemIds?: string[],
): Promise<void> {
  const letter = await t.http
    .post('/api/attachments')
    .set('Authorization', secretary)
    .attach('file', samplePdf(), 'carta-poder.pdf')
    .expect(201);
  await t.http
    .post(`/api/meetings/${meetingId}/representations`)
    .set('Authorization', secretary)
    .send({
      memberPersonId,
      representativePersonId,
      representativeName: 'Jimena Reigosa',
      letterAttachmentId: letter.body.id,
      agendaItemIds,
    })
    .expect(201);
}

export const PROXIED_MEMBER = 'Salvador Romero Espinosa';

export interface OpenSession {
  meeting: MeetingState;
  ids: Map<string, string>;
  /** Present in person: the chair, the secretary, the commissioner and 19 more (quorum is 22 of 43). */
  present: string[];
  as: { secretary: string; chair: string; commissioner: string; representative: string; partner: string };
}

/**
 * A replica of the seed's session, open with quorum: 22 voting members present in person and Salvador Romero
 * Espinosa represented by Jimena Reigosa (the demo representative), recorded in the roll call.
 */
export async function openSessionWithProxy(t: TestApp, secretary: string, commissionId: string): Promise<OpenSession> {
  const [chair, commissioner, representative, partner] = await Promise.all(
    [DEMO.chair, DEMO.commissioner, DEMO.representative, DEMO.partner].map((e) => t.login(e)),
  );
  const ids = await memberIds(t, secretary, commissionId);
  const { meeting } = await createMeeting(t, secretary, commissionId);
  await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
  const must = ['María del Carmen Nava Polina', 'Luis Gustavo Parra Noriega', 'Mariana Contreras Soto'];
  const others = [...ids.keys()].filter((n) => !must.includes(n) && n !== PROXIED_MEMBER && n !== 'Pedro Delfino Arzeta García');
  const present = [...must, ...others.slice(0, 19)];
  await markPresent(t, secretary, meeting.id, ids, present);
  const jimena = await personId(t, secretary, 'Jimena Reigosa');
  await t.http
    .put(`/api/meetings/${meeting.id}/attendance/${ids.get(PROXIED_MEMBER)}`)
    .set('Authorization', secretary)
    .send({ status: 'represented', representativePersonId: jimena })
    .expect(200);
  await fileLetter(t, secretary, meeting.id, ids.get(PROXIED_MEMBER) as string, jimena);
  const opened = (await t.http.post(`/api/meetings/${meeting.id}/open`).set('Authorization', chair).expect(200)).body as MeetingState;
  return { meeting: opened, ids, present, as: { secretary, chair, commissioner, representative, partner } };
}

/** The item "Lectura y, en su caso, aprobación del acta …" of the replica. */
export const minutesItem = (meeting: MeetingState) => meeting.agenda.find((i) => i.title.startsWith('Lectura y'))?.id as string;

export async function createPoll(t: TestApp, auth: string, meetingId: string, input: CreatePoll): Promise<PollState> {
  return (await t.http.post(`/api/meetings/${meetingId}/polls`).set('Authorization', auth).send(input).expect(201)).body as PollState;
}

export const yesOf = (poll: PollState) => poll.options.find((o) => o.meaning === 'yes')?.id as string;
export const noOf = (poll: PollState) => poll.options.find((o) => o.meaning === 'no')?.id as string;
