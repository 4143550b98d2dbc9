import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { configureWebTestBed } from '../../testing/setup';
import { SelectionCompose } from './selection-compose';

describe('SelectionCompose', () => {
  beforeEach(() => configureWebTestBed());

  function render(selection: { start: string; end: string; text: string } | null) {
    const fixture = TestBed.createComponent(SelectionCompose);
    const text = new FormControl('', { nonNullable: true });
    fixture.componentRef.setInput('keys', 'documents.observations');
    fixture.componentRef.setInput('label', 'documents.observations.body');
    fixture.componentRef.setInput('testId', 'observation-body');
    fixture.componentRef.setInput('text', text);
    fixture.componentRef.setInput('selection', selection);
    fixture.detectChanges();
    const view = fixture.nativeElement as HTMLElement;
    return { fixture, text, view, button: view.querySelector('button[type="submit"]') as HTMLButtonElement };
  }

  it('asks to select text first, and will not send without a selection', () => {
    const { view, button } = render(null);
    expect(view.querySelector('.hint')?.textContent?.trim()).not.toBe('');
    expect(button.disabled).toBe(true);
  });

  it('quotes the selected text', () => {
    const { view } = render({ start: 'a', end: 'b', text: 'plan de acción' });
    expect(view.querySelector('.hint')?.textContent).toContain('plan de acción');
  });

  it('writes into the panel’s text box', () => {
    const { text, view } = render(null);
    const box = view.querySelector('[data-testid="observation-body"]') as HTMLTextAreaElement;
    box.value = 'Falta la fuente';
    box.dispatchEvent(new Event('input'));
    expect(text.value).toBe('Falta la fuente');
  });

  it('sends once something is selected', () => {
    const { fixture, button } = render({ start: 'a', end: 'b', text: 'plan' });
    let sent = 0;
    fixture.componentInstance.send.subscribe(() => sent++);
    button.click();
    expect(sent).toBe(1);
  });

  it('waits while the panel is busy', () => {
    const { fixture, button } = render({ start: 'a', end: 'b', text: 'plan' });
    fixture.componentRef.setInput('busy', true);
    fixture.detectChanges();
    expect(button.disabled).toBe(true);
  });
});
