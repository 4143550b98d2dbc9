import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Agreement } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { DEFAULT_LOCALE } from './locale';
import { LocaleService } from './locale.service';

/**
 * How an agreement was adopted, in the interface language. In Spanish it is the record's own words ("por unanimidad
 * de los votos emitidos: 2 de 28 derechos"), which the server writes once for the minutes, the portal and the open
 * data; in another language it is a translation of the adoption and its counts, marked as such by its language.
 */
@Component({
  selector: 'cc-adopted-by',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (recordWords()) {
      <span lang="es-MX">{{ agreement().adoptedBy }}</span>
    } @else {
      {{ key() | transloco: counts() }}
    }
  `,
})
export class AdoptedBy {
  private readonly locale = inject(LocaleService).locale;
  readonly agreement = input.required<Pick<Agreement, 'adoption' | 'adoptedBy' | 'yes' | 'no' | 'abstain'>>();

  protected readonly recordWords = computed(() => this.locale() === DEFAULT_LOCALE);
  protected readonly key = computed(() => {
    const a = this.agreement();
    if (a.adoption === 'unanimity') return 'voting.adoption.unanimity';
    if (a.adoption !== 'majority') return 'voting.adoption.none';
    return a.yes === null || a.no === null ? 'voting.adoption.majority' : 'voting.adoption.majorityCounted';
  });
  protected readonly counts = computed(() => {
    const a = this.agreement();
    return { yes: a.yes ?? 0, no: a.no ?? 0, abstain: a.abstain ?? 0 };
  });
}
