import { amendmentRef, DOCUMENT_FIELD, Proposal } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { startAsSecretary, TestApp } from '../testing/test-app';
import { createPoll, minutesItem, noOf, OpenSession, openSessionWithProxy, yesOf } from '../voting/testing/voting-fixtures';
import { anchorsFor } from './anchors';
import { CollabServer } from './collab/collab.server';
import { DocumentEntity } from './entities/document.entity';

const CHAIR = 'María del Carmen Nava Polina';
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('amendments put to the vote in a session', () => {
  let t: TestApp;
  let s: OpenSession;
  let documentId: string;

  beforeAll(async () => {
    let secretary: string;
    let commissionId: string;
    ({ t, secretary, commissionId } = await startAsSecretary());
    s = await openSessionWithProxy(t, secretary, commissionId);
    documentId = (
      await t.app.get(DataSource).manager.findOneByOrFail(DocumentEntity, { title: 'Diagnóstico de la situación de apertura (borrador)' })
    ).id;
  }, 300_000);
  afterAll(() => t?.close());

  const api = (method: 'get' | 'post', path: string, auth: string) => t.http[method](`/api${path}`).set('Authorization', auth);
  const text = () => t.app.get(CollabServer).read(documentId, (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString());

  const anchorsOf = (phrase: string) =>
    t.app.get(CollabServer).read(documentId, (doc: Y.Doc) => {
      const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
      for (let i = 0; i < fragment.length; i++) {
        const node = (fragment.get(i) as Y.XmlElement).get(0) as Y.XmlText;
        const at = node.toString().indexOf(phrase);
        if (at >= 0) return anchorsFor(node, at, phrase.length);
      }
      throw new Error(`no "${phrase}"`);
    });

  /** The GESOC partner proposes replacing `phrase`; the chair sends it to the open session. */
  async function amendment(phrase: string, replacement: string): Promise<Proposal> {
    const anchors = await anchorsOf(phrase);
    const proposed = await api('post', `/documents/${documentId}/proposals`, s.as.partner)
      .send({ ...anchors, replacement })
      .expect(201);
    return (
      await api('post', `/documents/${documentId}/proposals/${proposed.body.id}/send-to-session`, s.as.chair)
        .send({ meetingId: s.meeting.meeting.id })
        .expect(200)
    ).body as Proposal;
  }

  /** Opens a poll on the amendment, the chair votes `choice` with her own right, and the secretary closes it. */
  async function putToTheVote(proposal: Proposal, choice: 'yes' | 'no'): Promise<void> {
    const poll = await createPoll(t, s.as.secretary, s.meeting.meeting.id, {
      agendaItemId: minutesItem(s.meeting),
      subject: `Enmienda: «${proposal.original}» por «${proposal.replacement}»`,
      subjectRef: amendmentRef(proposal.id),
    });
    await api('post', `/polls/${poll.id}/open`, s.as.secretary).expect(200);
    const optionId = choice === 'yes' ? yesOf(poll) : noOf(poll);
    await api('post', `/polls/${poll.id}/ballots`, s.as.chair)
      .send({ memberPersonId: s.ids.get(CHAIR), optionId, idempotencyKey: `amendment-${proposal.id}` })
      .expect(201);
    await api('post', `/polls/${poll.id}/close`, s.as.secretary).expect(200);
  }

  const statusOf = async (proposal: Proposal) =>
    ((await api('get', `/documents/${documentId}/proposals`, s.as.chair).expect(200)).body as Proposal[]).find((p) => p.id === proposal.id)
      ?.status;

  it('lists the session amendments to those in the room: 403 for others, 404 for an unknown session', async () => {
    const sent = await amendment('cuestionario común', 'cuestionario común y entrevistas');
    const listed = await api('get', `/meetings/${s.meeting.meeting.id}/amendments`, s.as.commissioner).expect(200);
    expect(listed.body).toContainEqual(
      expect.objectContaining({
        documentTitle: 'Diagnóstico de la situación de apertura (borrador)',
        proposal: expect.objectContaining({ id: sent.id }),
      }),
    );
    expect((await api('get', `/meetings/${s.meeting.meeting.id}/amendments`, s.as.partner)).status).toBe(403);
    expect((await api('get', `/meetings/${MISSING}/amendments`, s.as.commissioner)).status).toBe(404);
  });

  it('applies an amendment to the text when its poll passes', async () => {
    const sent = await amendment('niveles de actividad muy distintos', 'niveles de actividad desiguales');
    await putToTheVote(sent, 'yes');
    expect(await statusOf(sent)).toBe('accepted');
    expect(await text()).toContain('niveles de actividad desiguales');
  });

  it('rejects an amendment, leaving the text as it was, when its poll does not pass', async () => {
    const sent = await amendment('portales de transparencia proactiva', 'sitios de internet');
    await putToTheVote(sent, 'no');
    expect(await statusOf(sent)).toBe('rejected');
    expect(await text()).toContain('portales de transparencia proactiva');
  });

  it('refuses a poll on a proposal that does not await a vote in this session (409), leaving the proposal alone', async () => {
    const sent = await amendment('organismos garantes locales', 'órganos garantes');
    await api('post', `/documents/${documentId}/proposals/${sent.id}/decision`, s.as.chair).send({ decision: 'accept' }).expect(409);
    const stray = await api('post', `/meetings/${s.meeting.meeting.id}/polls`, s.as.secretary).send({
      agendaItemId: minutesItem(s.meeting),
      subject: 'Una votación que nombra otra propuesta',
      subjectRef: amendmentRef(MISSING),
    });
    expect([stray.status, stray.body.code]).toEqual([409, 'decision_conflict']);
    expect(await statusOf(sent)).toBe('in_session');
  });

  it('refuses a second poll on an amendment already decided (409): one outcome per amendment', async () => {
    const sent = await amendment('cuestionario común', 'cuestionario compartido');
    await putToTheVote(sent, 'no');
    const again = await api('post', `/meetings/${s.meeting.meeting.id}/polls`, s.as.secretary).send({
      agendaItemId: minutesItem(s.meeting),
      subject: 'La misma enmienda, otra vez',
      subjectRef: amendmentRef(sent.id),
    });
    expect([again.status, again.body.code]).toEqual([409, 'decision_conflict']);
    expect(await statusOf(sent)).toBe('rejected');
  });

  it('refuses to send an amendment to a draft session: its polls do not exist yet', async () => {
    const draft = (
      await api('post', `/commissions/${s.meeting.meeting.commissionId}/meetings`, s.as.secretary)
        .send({
          title: 'Sesión en borrador',
          kind: 'extraordinary',
          scheduledAt: '2031-03-01T11:00:00-06:00',
          agenda: [{ title: 'Enmiendas', kind: 'vote' }],
        })
        .expect(201)
    ).body.meeting.id as string;
    const proposed = await api('post', `/documents/${documentId}/proposals`, s.as.partner)
      .send({ ...(await anchorsOf('niveles de actividad desiguales')), replacement: 'niveles distintos' })
      .expect(201);
    const refused = await api('post', `/documents/${documentId}/proposals/${proposed.body.id}/send-to-session`, s.as.chair).send({
      meetingId: draft,
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'meeting_wrong_status']);
  });

  it('returns an amendment still awaiting its vote to open, with a note, when the session closes', async () => {
    const sent = await amendment('portales de transparencia proactiva', 'portales de transparencia');
    await api('post', `/meetings/${s.meeting.meeting.id}/close`, s.as.chair).expect(200);
    const after = ((await api('get', `/documents/${documentId}/proposals`, s.as.chair).expect(200)).body as Proposal[]).find(
      (p) => p.id === sent.id,
    );
    expect(after?.status).toBe('open');
    expect(after?.note).toContain('Devuelta sin votar');
  });
});
