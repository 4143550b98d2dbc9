import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTestTransloco } from '../../../testing/i18n';

/** Counts in Spanish agree with their number: "1 sesión", "2 sesiones", "1 abstención" (not "1 sesiones"). */
describe('plural messages', () => {
  let transloco: TranslocoService;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestTransloco()] });
    transloco = TestBed.inject(TranslocoService);
  });

  it.each([
    [
      { sessions: 1, present: 1, represented: 0, late: 0, absent: 0, namedVotes: 1 },
      '1 sesión: 1 presente, 0 en representación, 0 tarde, 0 ausentes; 1 voto nominal',
    ],
    [
      { sessions: 5, present: 5, represented: 0, late: 0, absent: 1, namedVotes: 2 },
      '5 sesiones: 5 presentes, 0 en representación, 0 tarde, 1 ausente; 2 votos nominales',
    ],
  ])('a member’s record %o reads "%s"', (params, text) => {
    expect(transloco.translate('portal.commissioners.summary', params)).toBe(text);
  });

  it('agrees every count of a session’s attendance', () => {
    expect(transloco.translate('portal.session.attendanceSummary', { present: 1, represented: 1, late: 1, absent: 2 })).toBe(
      '1 presente, 1 en representación, 1 incorporado tarde, 2 ausentes.',
    );
  });

  it('says one abstention in the singular', () => {
    expect(transloco.translate('portal.session.counts', { yes: 20, no: 1, abstain: 1 })).toBe('20 a favor, 1 en contra, 1 abstención');
  });

  it('leaves braces in a value alone in a message without plural forms', () => {
    expect(transloco.translate('secretary.rollCall.many.unknown', { lines: 'Nombre {raro}' })).toBe(
      'Sin coincidencia en la lista: Nombre {raro}',
    );
  });

  it('follows the language: English plurals when English is chosen', () => {
    transloco.setActiveLang('en');
    expect(transloco.translate('portal.sessions.agreementCount', { count: 1 })).toBe('1 agreement');
    expect(transloco.translate('portal.sessions.agreementCount', { count: 3 })).toBe('3 agreements');
  });
});
