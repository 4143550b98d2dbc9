import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTestTransloco } from '../../../testing/i18n';
import { LOCALE_STORAGE_KEY } from './locale';
import { LocaleService } from './locale.service';

describe('LocaleService', () => {
  let service: LocaleService;
  let transloco: TranslocoService;

  function setUp() {
    TestBed.configureTestingModule({ providers: [provideTestTransloco()] });
    service = TestBed.inject(LocaleService);
    transloco = TestBed.inject(TranslocoService);
  }

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('starts in Spanish (es-MX) when nothing was chosen on this device', () => {
    setUp();
    expect(service.init()).toBe('es-MX');
    expect(service.locale()).toBe('es-MX');
    expect(transloco.getActiveLang()).toBe('es-MX');
    expect(document.documentElement.lang).toBe('es-MX');
  });

  it('restores the language stored in localStorage', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    setUp();
    expect(service.init()).toBe('en');
    expect(transloco.getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a stored value that is not a supported locale', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    setUp();
    expect(service.init()).toBe('es-MX');
    expect(service.storedChoice()).toBeNull();
  });

  it('persists an explicit choice and applies it everywhere', () => {
    setUp();
    service.init();
    service.choose('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(service.locale()).toBe('en');
    expect(transloco.getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it("adopts the account's language only when the device has no choice of its own", () => {
    setUp();
    service.init();
    service.adopt('en');
    expect(service.locale()).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();

    service.choose('es-MX');
    service.adopt('en');
    expect(service.locale()).toBe('es-MX');
  });
});
