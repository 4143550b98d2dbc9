import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Amendment, amendmentRef, DocumentRoutes, Proposal } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { SessionAmendments } from './session-amendments';

const MEETING = '11111111-1111-4111-8111-111111111111';
const ITEM = '22222222-2222-4222-8222-222222222222';
const proposal = (status: Proposal['status']): Proposal => ({
  id: '33333333-3333-4333-8333-333333333333',
  documentId: '44444444-4444-4444-8444-444444444444',
  start: 'a',
  end: 'b',
  original: 'cuestionario común',
  replacement: 'cuestionario y entrevistas',
  note: null,
  author: { id: 'p1', name: 'Javier Moro', organization: { id: 'o1', name: 'GESOC', shortName: 'GESOC' } },
  status,
  meetingId: MEETING,
  decidedBy: null,
  decidedAt: null,
  createdAt: '2021-02-15T17:00:00.000Z',
});

let backend: HttpTestingController;

async function render(amendments: Amendment[], manage: boolean): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(SessionAmendments);
  fixture.componentRef.setInput('meetingId', MEETING);
  fixture.componentRef.setInput('manage', manage);
  fixture.componentRef.setInput('meetingOpen', true);
  fixture.componentRef.setInput('currentItemId', ITEM);
  await fixture.whenStable();
  backend.expectOne(DocumentRoutes.amendments(MEETING)).flush(amendments);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const voteButton = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.includes('Poner a votación')) as HTMLButtonElement | undefined;

describe('SessionAmendments', () => {
  beforeEach(() => {
    backend = configureWebTestBed();
  });

  it('says so when no amendment was sent to the session', async () => {
    expect((await render([], true)).textContent).toContain('No se han enviado enmiendas a esta sesión.');
  });

  it('lets the chair or secretary put an amendment to the vote on the current item, naming it in the poll', async () => {
    const root = await render([{ proposal: proposal('in_session'), documentTitle: 'Diagnóstico' }], true);
    voteButton(root)?.click();
    const request = backend.expectOne({ method: 'POST', url: `/api/meetings/${MEETING}/polls` });
    expect(request.request.body).toMatchObject({ agendaItemId: ITEM, subjectRef: amendmentRef(proposal('in_session').id) });
    expect(request.request.body.subject).toContain('cuestionario y entrevistas');
  });

  it('shortens a long amendment in the poll subject so the poll stays within its 500 characters', async () => {
    const long = { ...proposal('in_session'), original: 'a'.repeat(600), replacement: 'b'.repeat(9000) };
    const root = await render([{ proposal: long, documentTitle: 'D'.repeat(300) }], true);
    voteButton(root)?.click();
    const request = backend.expectOne({ method: 'POST', url: `/api/meetings/${MEETING}/polls` });
    expect(request.request.body.subject.length).toBeLessThanOrEqual(500);
  });

  it('offers no vote to those who do not run the session', async () => {
    expect(voteButton(await render([{ proposal: proposal('in_session'), documentTitle: 'Diagnóstico' }], false))).toBeUndefined();
  });

  it('offers no vote on an amendment already decided', async () => {
    expect(voteButton(await render([{ proposal: proposal('accepted'), documentTitle: 'Diagnóstico' }], true))).toBeUndefined();
  });
});
