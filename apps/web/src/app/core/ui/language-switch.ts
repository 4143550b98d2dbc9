import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Locale } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../auth/auth.service';
import { LocaleService } from '../i18n/locale.service';

/** One button that offers the other language, named in that language ("English" / "Español"). */
@Component({
  selector: 'cc-language-switch',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="language-switch"
      [attr.lang]="other()"
      [attr.aria-label]="'language.other' | transloco"
      [title]="'language.otherHint' | transloco"
      (click)="switchLanguage()"
    >
      {{ 'language.other' | transloco }}
    </button>
  `,
})
export class LanguageSwitch {
  private readonly locales = inject(LocaleService);
  private readonly auth = inject(AuthService);

  protected readonly other = computed<Locale>(() => (this.locales.locale() === 'es-MX' ? 'en' : 'es-MX'));

  protected switchLanguage(): void {
    const next = this.other();
    this.locales.choose(next);
    if (this.auth.signedIn()) {
      // The local choice already applies; the account copy is best effort.
      this.auth.saveLocale(next).subscribe({ error: () => undefined });
    }
  }
}
