import { TestBed } from '@angular/core/testing';
import { configureWebTestBed } from '../../testing/setup';
import { PortalChoiceFilter, PortalWordsFilter, WORDS_DEBOUNCE_MS } from './portal-filters';

describe('PortalChoiceFilter', () => {
  beforeEach(() => configureWebTestBed());

  function render(optionKey: string | null) {
    const fixture = TestBed.createComponent(PortalChoiceFilter);
    fixture.componentRef.setInput('label', 'portal.filter.status');
    fixture.componentRef.setInput('options', ['convened', 'closed']);
    fixture.componentRef.setInput('optionKey', optionKey);
    fixture.detectChanges();
    return { fixture, select: (fixture.nativeElement as HTMLElement).querySelector('select') as HTMLSelectElement };
  }

  it('offers "all" first, then each option translated under its key', () => {
    const { select } = render('sessions.statuses.');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual(['Todos', 'Convocada', 'Clausurada']);
  });

  it('says which value was chosen', () => {
    const { fixture, select } = render(null);
    const chosen: string[] = [];
    fixture.componentInstance.chosen.subscribe((v) => chosen.push(v));
    select.value = 'convened';
    select.dispatchEvent(new Event('change'));
    expect(chosen).toEqual(['convened']);
  });
});

describe('PortalWordsFilter', () => {
  beforeEach(() => {
    configureWebTestBed();
    jest.useFakeTimers();
  });

  afterEach(() => jest.useRealTimers());

  it('sends the words trimmed once typing pauses, not on every key', () => {
    const fixture = TestBed.createComponent(PortalWordsFilter);
    fixture.componentRef.setInput('label', 'portal.filter.words');
    fixture.detectChanges();
    const chosen: string[] = [];
    fixture.componentInstance.chosen.subscribe((v) => chosen.push(v));
    const input = (fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement;
    for (const text of ['cal', 'calendario ']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      jest.advanceTimersByTime(WORDS_DEBOUNCE_MS - 1);
    }
    expect(chosen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(chosen).toEqual(['calendario']);
  });
});
