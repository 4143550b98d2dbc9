import { TestBed } from '@angular/core/testing';
import { configureWebTestBed } from '../../../testing/setup';
import { AdoptedBy } from './adopted-by';
import { LocaleService } from './locale.service';

const unanimous = {
  adoption: 'unanimity',
  adoptedBy: 'por unanimidad de los votos emitidos: 2 de 28 derechos',
  yes: 2,
  no: 0,
  abstain: 0,
} as const;
const majority = {
  adoption: 'majority',
  adoptedBy: 'por mayoría (12 a favor, 3 en contra, 1 abstención)',
  yes: 12,
  no: 3,
  abstain: 1,
} as const;

async function render(agreement: typeof unanimous | typeof majority): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(AdoptedBy);
  fixture.componentRef.setInput('agreement', agreement);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('AdoptedBy', () => {
  beforeEach(() => configureWebTestBed());

  it('shows the record’s own Spanish words in Spanish, with their base and rights', async () => {
    const view = await render(unanimous);
    expect(view.textContent?.trim()).toBe('por unanimidad de los votos emitidos: 2 de 28 derechos');
  });

  it('translates the adoption and its counts in English instead of showing Spanish', async () => {
    TestBed.inject(LocaleService).choose('en');
    expect((await render(unanimous)).textContent?.trim()).toBe('unanimously');
    expect((await render(majority)).textContent?.trim()).toBe('by majority (12 for, 3 against, 1 abstaining)');
  });
});
