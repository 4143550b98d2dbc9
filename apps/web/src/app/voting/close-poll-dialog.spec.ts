import { OverlayContainer } from '@angular/cdk/overlay';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { PollState, VotingRight } from '@cocrea/contracts';
import { provideTestTransloco } from '../../testing/i18n';
import { CloseChoice, confirmClosePoll } from './close-poll-dialog';

const right = (i: number, used: boolean, asProxy = false): VotingRight => ({
  memberPersonId: `m${i}`,
  memberName: `Integrante ${String(i).padStart(2, '0')}`,
  asProxy,
  used,
});
/** 28 rights in the room, 2 used: the close the issue found unannounced. */
const roster = Array.from({ length: 28 }, (_, i) => right(i + 1, i < 2, i === 27));
const poll = { id: 'p1', subject: 'Calendario de sesiones 2021', chairCastingVote: false } as PollState;

@Component({ template: `<button type="button" id="opener">Cerrar votación</button>`, changeDetection: ChangeDetectionStrategy.OnPush })
class Host {
  readonly dialog = inject(MatDialog);
}

describe('ClosePollDialog', () => {
  let overlay: HTMLElement;
  let choices: Array<CloseChoice | undefined>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestTransloco()] });
    overlay = TestBed.inject(OverlayContainer).getContainerElement();
    choices = [];
  });

  /** The dialog takes the focus once opened and reports its result once its closing animation is over. */
  async function settle(fixture: { detectChanges(): void; whenStable(): Promise<unknown> }) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  function open() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const opener = fixture.nativeElement.querySelector('#opener') as HTMLButtonElement;
    opener.focus();
    confirmClosePoll(fixture.componentInstance.dialog, { poll, roster }).subscribe((choice) => choices.push(choice));
    fixture.detectChanges();
    return { fixture, opener };
  }

  it('says how many rights are unused, of how many, and whose, before the chair confirms', () => {
    open();
    const dialog = overlay.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.textContent).toContain('26 de 28 derechos sin usar');
    const names = Array.from(dialog.querySelectorAll('li')).map((li) => li.textContent?.trim());
    expect(names).toHaveLength(26);
    expect(names[0]).toBe('Integrante 03');
    expect(names.at(-1)).toContain('Integrante 28');
    expect(names.at(-1)).toContain('por representación');
    expect(dialog.querySelector('button.mat-mdc-unelevated-button')?.textContent?.trim()).toBe('Cerrar con 2 de 28 derechos');
  });

  it('closes only when confirmed', async () => {
    const { fixture } = open();
    (overlay.querySelector('button.mat-mdc-unelevated-button') as HTMLButtonElement).click();
    await settle(fixture);
    expect(choices).toEqual([{}]);
  });

  it('takes the focus, and Escape cancels and gives the focus back to the button that opened it', async () => {
    const { fixture, opener } = open();
    await settle(fixture);
    const dialog = overlay.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.contains(document.activeElement)).toBe(true);
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
    await settle(fixture);
    expect(choices).toEqual([undefined]);
    expect(overlay.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
