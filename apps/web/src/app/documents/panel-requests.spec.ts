import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';
import { configureWebTestBed } from '../../testing/setup';
import { PanelRequests } from './panel-requests';

@Component({ template: '<button type="button">Guardar versión</button>', changeDetection: ChangeDetectionStrategy.OnPush })
class Panel {
  readonly changed = output<void>();
  readonly requests = new PanelRequests(this.changed);
  readonly reloading = new PanelRequests(this.changed, true);
}

describe('PanelRequests', () => {
  let panel: Panel;
  let changes: number;

  beforeEach(() => {
    configureWebTestBed();
    panel = TestBed.createComponent(Panel).componentInstance;
    changes = 0;
    panel.changed.subscribe(() => changes++);
  });

  it('is busy while the request runs', () => {
    const answer = new Subject<void>();
    panel.requests.run(answer);
    expect(panel.requests.busy()).toBe(true);
    answer.next();
    expect(panel.requests.busy()).toBe(false);
  });

  it('runs what follows a taken request, then says the panel changed', () => {
    const order: string[] = [];
    panel.changed.subscribe(() => order.push('changed'));
    panel.requests.run(of(null), () => order.push('done'));
    expect(order).toEqual(['done', 'changed']);
  });

  it('keeps what went wrong to show, without saying the panel changed', () => {
    panel.requests.run(throwError(() => new Error('offline')));
    expect([panel.requests.error(), panel.requests.busy(), changes]).toEqual(['Error: offline', false, 0]);
  });

  it('reloads after a refusal when asked to', () => {
    panel.reloading.run(throwError(() => new Error('decided already')));
    expect(changes).toBe(1);
  });

  it('clears the last failure when a new request starts', () => {
    panel.requests.run(throwError(() => new Error('offline')));
    panel.requests.run(new Subject<void>());
    expect(panel.requests.error()).toBeNull();
  });

  it('gives the focus back to the button that sent the request, which lost it while disabled', async () => {
    const fixture = TestBed.createComponent(Panel);
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    document.body.appendChild(fixture.nativeElement);
    button.focus();
    const answer = new Subject<void>();
    fixture.componentInstance.requests.run(answer);
    button.blur();
    answer.next();
    TestBed.tick();
    await fixture.whenStable();
    expect(document.activeElement).toBe(button);
  });
});
