import { DOCUMENT_FIELD } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { anchorsFor, resolveSpan } from './anchors';
import { docToJson, jsonToText, paragraphsToJson, replaceContent } from './editor-schema';
import { ProposalsService } from './proposals.service';
import { CollabServer } from './collab/collab.server';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { DocumentEntity } from './entities/document.entity';
import { AUTO_SNAPSHOT_EVERY_MS, VersionsService } from './versions.service';

let t: TestApp;
let auth: Record<'chair' | 'partner' | 'secretary' | 'commissioner' | 'representative' | 'admin', string>;
let documentId: string;
let deliverableId: string;
let groupId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Anchors of `phrase` in the server's copy of the document. */
async function anchorsOf(phrase: string, inDocument = documentId): Promise<{ start: string; end: string }> {
  return t.app.get(CollabServer).read(inDocument, (doc: Y.Doc) => {
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    for (let i = 0; i < fragment.length; i++) {
      const text = (fragment.get(i) as Y.XmlElement).get(0) as Y.XmlText;
      const at = text.toString().indexOf(phrase);
      if (at >= 0) return anchorsFor(text, at, phrase.length);
    }
    throw new Error(`no "${phrase}"`);
  });
}

const api = (method: 'get' | 'post' | 'patch', path: string, who: keyof typeof auth) =>
  t.http[method](`/api/documents${path}`).set('Authorization', auth[who]);

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  auth = {
    chair: await t.login(DEMO.chair),
    partner: await t.login(DEMO.partner),
    secretary: await t.login(DEMO.secretary),
    commissioner: await t.login(DEMO.commissioner),
    representative: await t.login(DEMO.representative),
    admin: await t.login(DEMO.admin),
  };
  const document = await t.app
    .get(DataSource)
    .manager.findOneByOrFail(DocumentEntity, { title: 'Diagnóstico de la situación de apertura (borrador)' });
  documentId = document.id;
  deliverableId = document.deliverableId as string;
  groupId = document.groupId as string;
});

afterAll(() => t.close());

describe('documents', () => {
  it('keeps a proposal and an observation on their words while the same paragraph is edited around them', async () => {
    const phrase = 'secretariado técnico local';
    const anchors = await anchorsOf(phrase);
    const proposal = await api('post', `/${documentId}/proposals`, 'partner').send({
      ...anchors,
      replacement: 'secretariado técnico estatal',
    });
    expect(proposal.status).toBe(201);
    const observation = await api('post', `/${documentId}/observations`, 'partner').send({ ...anchors, body: '¿Cuántas?' });
    expect(observation.status).toBe(201);
    await t.app.get(CollabServer).change(documentId, null, (doc) => {
      const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
      for (let i = 0; i < fragment.length; i++) {
        const text = (fragment.get(i) as Y.XmlElement).get(0) as Y.XmlText;
        const at = text.toString().indexOf(phrase);
        if (at < 0) continue;
        text.insert(at + phrase.length, ' (SETEL)');
        text.delete(0, 'La mayoría'.length);
        text.insert(0, 'Hoy la mayor parte');
      }
    });
    const quoted = await t.app
      .get(CollabServer)
      .read(documentId, (doc) => resolveSpan(doc, observation.body.start, observation.body.end)?.current);
    expect(quoted).toBe(phrase);
    const accepted = await api('post', `/${documentId}/proposals/${proposal.body.id}/decision`, 'chair').send({ decision: 'accept' });
    expect(accepted.body.status).toBe('accepted');
    const paragraphText = await t.app.get(CollabServer).read(documentId, (doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString());
    expect(paragraphText).toContain(
      'Hoy la mayor parte de las entidades cuenta con un secretariado técnico estatal (SETEL) de gobierno abierto',
    );
  });

  it('lists a deliverable’s documents for its readers and refuses outsiders', async () => {
    const list = await api('get', `?deliverableId=${deliverableId}`, 'commissioner');
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([documentId]);
    expect((await api('get', `?deliverableId=${deliverableId}`, 'representative')).status).toBe(403);
    expect((await api('get', `?deliverableId=${MISSING}`, 'chair')).status).toBe(404);
    expect((await api('get', '', 'chair')).status).toBe(400);
  });

  it('tells each role its permission', async () => {
    const permission = async (who: keyof typeof auth) => (await api('get', `/${documentId}`, who)).body.permission;
    expect(await permission('chair')).toBe('edit');
    expect(await permission('admin')).toBe('edit');
    expect(await permission('partner')).toBe('propose');
    expect(await permission('secretary')).toBe('propose');
    expect(await permission('commissioner')).toBe('read');
    expect((await api('get', `/${documentId}`, 'representative')).status).toBe(403);
    expect((await api('get', `/${MISSING}`, 'chair')).status).toBe(404);
  });

  it('lets those who edit create documents in a group, a deliverable or a session', async () => {
    const created = await api('post', '', 'chair').send({ title: 'Cuestionario común', deliverableId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scope: 'deliverable', groupId, permission: 'edit' });
    expect((await api('post', '', 'partner').send({ title: 'X', groupId })).status).toBe(403);
    expect((await api('post', '', 'chair').send({ title: 'X', groupId, deliverableId })).status).toBe(400);
    const meeting = await t.app.get(DataSource).manager.findOneByOrFail(MeetingEntity, {});
    const minutes = await api('post', '', 'secretary').send({ title: 'Proyecto de acta', meetingId: meeting.id });
    expect(minutes.status).toBe(201);
    expect(minutes.body.scope).toBe('meeting');
    expect((await api('post', '', 'partner').send({ title: 'X', meetingId: meeting.id })).status).toBe(403);
  });
});

describe('proposals', () => {
  it('are made by members and partners, not by readers, on a real span', async () => {
    const anchors = await anchorsOf('32 entidades federativas');
    expect((await api('post', `/${documentId}/proposals`, 'commissioner').send({ ...anchors, replacement: 'x' })).status).toBe(403);
    expect((await api('post', `/${documentId}/proposals`, 'partner').send({ start: 'AAAA', end: 'AAAA', replacement: 'x' })).status).toBe(
      400,
    );
    const made = await api('post', `/${documentId}/proposals`, 'partner').send({
      ...anchors,
      replacement: '32 entidades federativas y la federación',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ original: '32 entidades federativas', status: 'open', author: { name: 'Javier Moro' } });
    expect((await api('post', `/${documentId}/proposals/${made.body.id}/decision`, 'partner').send({ decision: 'accept' })).status).toBe(
      403,
    );
    expect((await api('post', `/${documentId}/proposals/${MISSING}/decision`, 'chair').send({ decision: 'accept' })).status).toBe(404);
    const accepted = await api('post', `/${documentId}/proposals/${made.body.id}/decision`, 'chair').send({ decision: 'accept' });
    expect(accepted.body.status).toBe('accepted');
    expect((await api('post', `/${documentId}/proposals/${made.body.id}/decision`, 'chair').send({ decision: 'reject' })).status).toBe(409);
    const versions = await api('get', `/${documentId}/versions`, 'commissioner');
    expect(versions.body.map((v: { kind: string }) => v.kind)).toContain('acceptance');
  });

  it('resolves cleanly as outdated when the anchored text was deleted since', async () => {
    const anchors = await anchorsOf('niveles de actividad muy distintos');
    const made = await api('post', `/${documentId}/proposals`, 'secretary').send({
      ...anchors,
      replacement: 'niveles de actividad dispares',
    });
    await t.app.get(CollabServer).change(documentId, null, (doc) => {
      const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
      const last = (fragment.get(fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
      last.delete(0, last.length);
    });
    const decided = await api('post', `/${documentId}/proposals/${made.body.id}/decision`, 'chair').send({ decision: 'accept' });
    expect(decided.status).toBe(409);
    expect(decided.body.code).toBe('proposal_outdated');
    const list = await api('get', `/${documentId}/proposals`, 'chair');
    expect(list.body.find((p: { id: string }) => p.id === made.body.id)).toMatchObject({
      status: 'outdated',
      decidedBy: null,
      decidedAt: null,
    });
  });

  it('leaves a proposal open, with no decider, when applying its accepted text fails', async () => {
    const made = await api('post', `/${documentId}/proposals`, 'partner').send({
      ...(await anchorsOf('Introducción')),
      replacement: 'Introducción general',
    });
    expect(made.status).toBe(201);
    const failing = jest.spyOn(t.app.get(CollabServer), 'change').mockRejectedValueOnce(new Error('collab away'));
    try {
      const decided = await api('post', `/${documentId}/proposals/${made.body.id}/decision`, 'chair').send({ decision: 'accept' });
      expect(decided.status).toBeGreaterThanOrEqual(500);
    } finally {
      failing.mockRestore();
    }
    const list = await api('get', `/${documentId}/proposals`, 'chair');
    expect(list.body.find((p: { id: string }) => p.id === made.body.id)).toMatchObject({
      status: 'open',
      decidedBy: null,
      decidedAt: null,
    });
    const retried = await api('post', `/${documentId}/proposals/${made.body.id}/decision`, 'chair').send({ decision: 'reject' });
    expect(retried.body.status).toBe('rejected');
  });

  it('accepts all from one person and sends one to a session as an amendment', async () => {
    const one = await api('post', `/${documentId}/proposals`, 'partner').send({
      ...(await anchorsOf('Introducción')),
      replacement: 'Presentación',
    });
    const two = await api('post', `/${documentId}/proposals`, 'partner').send({
      ...(await anchorsOf('Metodología')),
      replacement: 'Método',
    });
    const closed = await t.app.get(DataSource).manager.findOneByOrFail(MeetingEntity, { status: 'closed' });
    const refused = await api('post', `/${documentId}/proposals/${two.body.id}/send-to-session`, 'chair').send({ meetingId: closed.id });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('meeting_wrong_status');
    const draft = await t.http
      .post(`/api/commissions/${closed.commissionId}/meetings`)
      .set('Authorization', auth.secretary)
      .send({
        title: 'Sesión para enmiendas',
        kind: 'ordinary',
        scheduledAt: '2031-03-01T17:00:00-06:00',
        agenda: [{ title: 'Enmiendas al diagnóstico', kind: 'vote' }],
      });
    expect(draft.status).toBe(201);
    expect(
      (await api('post', `/${documentId}/proposals/${two.body.id}/send-to-session`, 'partner').send({ meetingId: draft.body.meeting.id }))
        .status,
    ).toBe(403);
    // Polls only exist once the session is convened: a draft takes no amendment.
    const early = await api('post', `/${documentId}/proposals/${two.body.id}/send-to-session`, 'chair').send({
      meetingId: draft.body.meeting.id,
    });
    expect(early.status).toBe(409);
    await t.http.post(`/api/meetings/${draft.body.meeting.id}/convene`).set('Authorization', auth.secretary).expect(200);
    const sent = await api('post', `/${documentId}/proposals/${two.body.id}/send-to-session`, 'chair').send({
      meetingId: draft.body.meeting.id,
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'in_session', meetingId: draft.body.meeting.id });
    // The session's vote decides an amendment; the coordinator's decision route no longer can.
    const overridden = await api('post', `/${documentId}/proposals/${two.body.id}/decision`, 'chair').send({ decision: 'accept' });
    expect(overridden.status).toBe(409);
    expect(overridden.body.code).toBe('proposal_decided');
    expect(
      (await api('post', `/${documentId}/proposals/${two.body.id}/send-to-session`, 'chair').send({ meetingId: draft.body.meeting.id }))
        .status,
    ).toBe(409);
    const all = await api('post', `/${documentId}/proposals/decide-all`, 'chair').send({
      authorId: one.body.author.id,
      decision: 'accept',
    });
    expect(all.status).toBe(200);
    expect(all.body.find((p: { id: string }) => p.id === one.body.id).status).toBe('accepted');
    expect(
      (await api('post', `/${documentId}/proposals/decide-all`, 'partner').send({ authorId: one.body.author.id, decision: 'accept' }))
        .status,
    ).toBe(403);
    const voted = await t.app.get(ProposalsService).decideProposal(two.body.id, 'reject', one.body.author.id);
    expect(voted.status).toBe('rejected');
  });

  it('refuses to send a proposal to a cancelled session, which will hold no poll to decide it', async () => {
    const made = await api('post', `/${documentId}/proposals`, 'partner').send({
      ...(await anchorsOf('transparencia proactiva')),
      replacement: 'transparencia focalizada',
    });
    const closed = await t.app.get(DataSource).manager.findOneByOrFail(MeetingEntity, { status: 'closed' });
    const created = await t.http
      .post(`/api/commissions/${closed.commissionId}/meetings`)
      .set('Authorization', auth.secretary)
      .send({
        title: 'Sesión cancelada',
        kind: 'ordinary',
        scheduledAt: '2031-04-01T17:00:00-06:00',
        agenda: [{ title: 'Enmiendas', kind: 'vote' }],
      });
    await t.app.get(DataSource).manager.update(MeetingEntity, { id: created.body.meeting.id }, { status: 'cancelled' });
    const refused = await api('post', `/${documentId}/proposals/${made.body.id}/send-to-session`, 'chair').send({
      meetingId: created.body.meeting.id,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('meeting_wrong_status');
    expect(refused.body.detail).toContain('cancelada');
  });
});

describe('observations', () => {
  it('are threaded and resolved by their author or an editor', async () => {
    const anchors = await anchorsOf('transparencia proactiva');
    expect((await api('post', `/${documentId}/observations`, 'commissioner').send({ ...anchors, body: 'x' })).status).toBe(403);
    const made = await api('post', `/${documentId}/observations`, 'partner').send({ ...anchors, body: '¿Qué portales?' });
    expect(made.status).toBe(201);
    expect(made.body.quote).toBe('transparencia proactiva');
    const replied = await api('post', `/${documentId}/observations/${made.body.id}/replies`, 'chair').send({ body: 'Los de la PNT.' });
    expect(replied.body.replies).toHaveLength(1);
    expect((await api('post', `/${documentId}/observations/${made.body.id}/resolve`, 'secretary')).status).toBe(403);
    expect((await api('post', `/${documentId}/observations/${made.body.id}/resolve`, 'chair')).body.resolved).toBe(true);
    expect((await api('post', `/${documentId}/observations/${made.body.id}/resolve`, 'chair')).status).toBe(409);
    expect((await api('post', `/${documentId}/observations/${made.body.id}/replies`, 'partner').send({ body: 'x' })).status).toBe(409);
    expect((await api('post', `/${documentId}/observations/${MISSING}/resolve`, 'chair')).status).toBe(404);
  });
});

describe('versions, export and contributions', () => {
  it('names, compares, restores, exports and publishes versions', async () => {
    expect((await api('post', `/${documentId}/versions`, 'partner').send({ name: 'x' })).status).toBe(403);
    const first = await api('post', `/${documentId}/versions`, 'chair').send({ name: 'Versión para revisión de la Comisión' });
    expect(first.status).toBe(201);
    await t.app.get(CollabServer).change(documentId, null, (doc) => {
      const text = (doc.getXmlFragment(DOCUMENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(text.length, ' y contexto');
    });
    const second = await api('post', `/${documentId}/versions`, 'chair').send({ name: 'Con contexto' });
    const diff = await api('get', `/${documentId}/versions/${first.body.id}/diff/${second.body.id}`, 'commissioner');
    expect(diff.status).toBe(200);
    expect((await api('get', `/${documentId}/versions/${first.body.id}/diff/${second.body.id}`, 'representative')).status).toBe(403);
    expect((await api('get', `/${documentId}/versions/${first.body.id}/diff/${MISSING}`, 'chair')).status).toBe(404);
    expect((await api('post', `/${documentId}/versions/${first.body.id}/restore`, 'partner')).status).toBe(403);
    expect((await api('post', `/${documentId}/versions/${first.body.id}/restore`, 'representative')).status).toBe(403);
    expect(
      diff.body.parts
        .filter((p: { added: boolean }) => p.added)
        .map((p: { value: string }) => p.value)
        .join(''),
    ).toContain('contexto');
    const restored = await api('post', `/${documentId}/versions/${first.body.id}/restore`, 'chair');
    expect(restored.status).toBe(201);
    expect(restored.body.kind).toBe('restore');
    expect(restored.body.number).toBeGreaterThan(second.body.number);
    const markdown = await api('get', `/${documentId}/versions/${second.body.id}/export?format=md`, 'partner');
    expect(markdown.status).toBe(200);
    expect(markdown.text).toContain('# Diagnóstico de la situación de apertura');
    expect(markdown.text).toContain('y la federación');
    const pdf = await api('get', `/${documentId}/versions/${second.body.id}/export?format=pdf`, 'partner').buffer(true);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const docx = await api('get', `/${documentId}/versions/${second.body.id}/export?format=docx`, 'partner').buffer(true);
    expect(docx.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toContain('documento-v');
    expect((await api('get', `/${documentId}/versions/${second.body.id}/export?format=odt`, 'partner')).status).toBe(400);
    expect((await api('post', `/${documentId}/versions/${second.body.id}/publish`, 'partner')).status).toBe(403);
    const published = await api('post', `/${documentId}/versions/${second.body.id}/publish`, 'chair');
    expect(published.body.published).toBe(true);
    expect((await api('post', `/${documentId}/versions/${second.body.id}/publish`, 'chair')).status).toBe(409);
    const listed = await api('get', '/published?pageSize=1', 'commissioner');
    expect(listed.body).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(listed.body.items.map((v: { id: string }) => v.id)).toEqual([second.body.id]);
    expect(listed.body.items[0]).toMatchObject({ documentTitle: 'Diagnóstico de la situación de apertura (borrador)', published: true });
    expect((await api('get', '/published', 'representative')).body).toMatchObject({ items: [], total: 0 });
    expect((await api('get', `/${documentId}/versions/${MISSING}/export`, 'chair')).status).toBe(404);
  });

  it('takes an automatic snapshot only when the text changed and the last version is old enough', async () => {
    const versions = t.app.get(VersionsService);
    const later = new Date(Date.now() + AUTO_SNAPSHOT_EVERY_MS + 1000);
    expect(await versions.autoSnapshot(documentId)).toBe(false);
    expect(await versions.autoSnapshot(documentId, later)).toBe(false);
    await t.app.get(CollabServer).change(documentId, null, (doc) => {
      const text = (doc.getXmlFragment(DOCUMENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(0, 'Nueva ');
    });
    expect(await versions.autoSnapshot(documentId)).toBe(false);
    expect(await versions.autoSnapshot(documentId, later)).toBe(true);
    expect((await api('get', `/${documentId}/versions`, 'chair')).body[0].kind).toBe('auto');
  });

  it('credits accepted proposals to the partner’s organization and exports the shares', async () => {
    await t.app.get(CollabServer).flush();
    const contributions = await api('get', `/${documentId}/contributions`, 'commissioner');
    expect(contributions.status).toBe(200);
    const javier = contributions.body.people.find((p: { person: { name: string } }) => p.person.name === 'Javier Moro');
    expect(javier.acceptedProposals).toBeGreaterThanOrEqual(2);
    expect(javier.insertedChars).toBeGreaterThan(0);
    expect(
      contributions.body.organizations.some(
        (o: { organizationName: string | null; acceptedProposals: number }) => o.organizationName === 'GESOC' && o.acceptedProposals >= 2,
      ),
    ).toBe(true);
    const csv = await api('get', `/${documentId}/contributions/export?format=csv`, 'commissioner');
    expect(csv.text).toContain('Javier Moro');
    expect((await api('get', `/${documentId}/contributions`, 'representative')).status).toBe(403);
    expect((await api('get', `/${documentId}/contributions/export?format=xml`, 'commissioner')).status).toBe(400);
    expect((await api('get', `/${documentId}/contributions/export?format=csv`, 'representative')).status).toBe(403);
  });

  it('refuses an outsider every list of a document', async () => {
    for (const list of ['proposals', 'observations', 'versions', 'contributions']) {
      expect((await api('get', `/${documentId}/${list}`, 'representative')).status).toBe(403);
      expect((await api('get', `/${MISSING}/${list}`, 'chair')).status).toBe(404);
    }
  });

  it('renames a document for its editors only, with a valid title', async () => {
    expect((await api('patch', `/${documentId}`, 'partner').send({ title: 'Otro' })).status).toBe(403);
    expect((await api('patch', `/${documentId}`, 'representative').send({ title: 'Otro' })).status).toBe(403);
    expect((await api('patch', `/${documentId}`, 'chair').send({ title: '' })).status).toBe(400);
    expect((await api('patch', `/${MISSING}`, 'chair').send({ title: 'Otro' })).status).toBe(404);
    const renamed = await api('patch', `/${documentId}`, 'chair').send({ title: 'Diagnóstico de la situación de apertura (revisado)' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Diagnóstico de la situación de apertura (revisado)');
    expect((await api('get', `/${documentId}`, 'commissioner')).body.title).toBe('Diagnóstico de la situación de apertura (revisado)');
  });

  describe('on a fresh document', () => {
    let id: string;
    const text = () => t.app.get(CollabServer).read(id, (doc) => jsonToText(docToJson(doc)));
    beforeEach(async () => {
      const created = await api('post', '', 'chair').send({ title: 'Borrador de prueba', groupId });
      expect(created.status).toBe(201);
      id = created.body.id;
      await t.app
        .get(CollabServer)
        .change(id, null, (doc) => replaceContent(doc, paragraphsToJson(['Uno dos tres.', 'Cuatro cinco seis.'])));
    });

    it('takes one acceptance version for an accept-all, however many proposals it applies', async () => {
      for (const [phrase, replacement] of [
        ['dos', '2'],
        ['cinco', '5'],
      ]) {
        expect((await api('post', `/${id}/proposals`, 'partner').send({ ...(await anchorsOf(phrase, id)), replacement })).status).toBe(201);
      }
      const authorId = (await api('get', `/${id}/proposals`, 'chair')).body[0].author.id;
      const before = (await api('get', `/${id}/versions`, 'chair')).body.length;
      const all = await api('post', `/${id}/proposals/decide-all`, 'chair').send({ authorId, decision: 'accept' });
      expect(all.body.map((p: { status: string }) => p.status)).toEqual(['accepted', 'accepted']);
      const versions = (await api('get', `/${id}/versions`, 'chair')).body;
      expect(versions.length).toBe(before + 1);
      expect(versions[0].kind).toBe('acceptance');
      expect(await text()).toContain('Uno 2 tres.');
      expect(await text()).toContain('Cuatro 5 seis.');
    });

    it('puts the text back when the restore’s version cannot be written', async () => {
      const first = await api('post', `/${id}/versions`, 'chair').send({ name: 'Primera' });
      await t.app.get(CollabServer).change(id, null, (doc) => replaceContent(doc, paragraphsToJson(['Texto nuevo.'])));
      const failing = jest.spyOn(t.app.get(VersionsService), 'snapshot').mockRejectedValueOnce(new Error('database away'));
      try {
        expect((await api('post', `/${id}/versions/${first.body.id}/restore`, 'chair')).status).toBeGreaterThanOrEqual(500);
      } finally {
        failing.mockRestore();
      }
      expect(await text()).toBe('Texto nuevo.');
      expect((await api('post', `/${id}/versions/${first.body.id}/restore`, 'chair')).status).toBe(201);
      expect(await text()).toContain('Uno dos tres.');
    });
  });
});
