import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DocumentDetail, DocumentPermission, DocumentRoutes } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { DocumentTitle } from './document-title';

const detail = (permission: DocumentPermission, title = 'Diagnóstico (borrador)'): DocumentDetail => ({
  id: 'd1',
  title,
  scope: 'group',
  groupId: 'g1',
  deliverableId: null,
  meetingId: null,
  createdBy: { id: 'p1', name: 'María', organization: null },
  createdAt: '2021-02-15T17:00:00Z',
  updatedAt: '2021-02-15T17:00:00Z',
  openProposals: 0,
  openObservations: 0,
  permission,
  mayDecide: permission === 'edit',
  commissionId: 'c1',
  ownerName: 'Grupo',
});

@Component({
  imports: [DocumentTitle],
  template: `<cc-document-title [document]="document()" (renamed)="document.set($event)" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly document = signal(detail('edit'));
}

describe('DocumentTitle', () => {
  it('lets who may edit change the title in place, then gives the focus back to the new heading', async () => {
    const backend = configureWebTestBed();
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    (root.querySelector('[data-testid="document-rename"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const field = root.querySelector('input') as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    field.value = '  Diagnóstico de la apertura  ';
    field.dispatchEvent(new Event('input'));
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const request = backend.expectOne({ method: 'PATCH', url: DocumentRoutes.document('d1') });
    expect(request.request.body).toEqual({ title: 'Diagnóstico de la apertura' });
    request.flush(detail('edit', 'Diagnóstico de la apertura'));
    await fixture.whenStable();
    const heading = root.querySelector('h1') as HTMLElement;
    expect(heading.textContent).toBe('Diagnóstico de la apertura');
    expect(document.activeElement).toBe(heading);
    backend.verify();
  });

  it('offers no change of title to who may only propose', () => {
    configureWebTestBed();
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.document.set(detail('propose'));
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="document-rename"]')).toBeNull();
  });
});
