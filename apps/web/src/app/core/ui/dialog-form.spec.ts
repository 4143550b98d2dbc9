import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { configureWebTestBed } from '../../../testing/setup';
import { DialogForm } from './dialog-form';

@Component({
  imports: [DialogForm, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      ccDialogForm
      [formGroup]="form"
      (ngSubmit)="sent = sent + 1"
      heading="Crear grupo"
      submitLabel="Crear"
      [busy]="busy()"
      [failure]="failure()"
    >
      <input formControlName="name" />
    </form>
  `,
})
class FormDialog {
  readonly form = new FormGroup({ name: new FormControl('') });
  readonly busy = signal(false);
  readonly failure = signal<string | null>(null);
  sent = 0;
}

describe('DialogForm', () => {
  let ref: MatDialogRef<FormDialog>;
  const surface = () => document.querySelector('mat-dialog-container') as HTMLElement;
  const render = () => TestBed.inject(MatDialog).openDialogs[0]?.componentRef?.changeDetectorRef.detectChanges();

  beforeEach(() => {
    configureWebTestBed();
    ref = TestBed.inject(MatDialog).open(FormDialog);
    TestBed.tick();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('titles the dialog and names it by that title', async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    const title = surface().querySelector('h2.mat-mdc-dialog-title') as HTMLElement;
    expect(title.textContent?.trim()).toBe('Crear grupo');
    expect(surface().getAttribute('aria-labelledby')).toBe(title.id);
  });

  it('keeps the fields in the dialog’s form', () => {
    const input = surface().querySelector('mat-dialog-content input') as HTMLInputElement;
    input.value = 'Datos abiertos';
    input.dispatchEvent(new Event('input'));
    expect(ref.componentInstance.form.value).toEqual({ name: 'Datos abiertos' });
  });

  it('sends the form from its send button', () => {
    (surface().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(ref.componentInstance.sent).toBe(1);
  });

  it('makes the send button wait while sending', () => {
    ref.componentInstance.busy.set(true);
    render();
    TestBed.tick();
    expect((surface().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('reads the server’s refusal out as an alert', () => {
    ref.componentInstance.failure.set('El grupo ya existe.');
    TestBed.tick();
    expect(surface().querySelector('[role="alert"]')?.textContent).toBe('El grupo ya existe.');
  });

  it('closes on cancel without sending', async () => {
    const dialog = ref.componentInstance;
    const closed = firstValueFrom(ref.afterClosed());
    (surface().querySelector('button[mat-dialog-close]') as HTMLButtonElement).click();
    TestBed.tick();
    await closed;
    expect(dialog.sent).toBe(0);
  });
});
