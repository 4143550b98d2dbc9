import { Pipe, PipeTransform } from '@angular/core';
import { COMMISSION_TIME_ZONE } from '@cocrea/domain';

/**
 * A moment as the commission lives it: Mexico City's date and time, without seconds, wherever the viewer is.
 * Same Intl options as the sessions' `mexicoCityDateTime`, so both features read alike.
 */
@Pipe({ name: 'commissionTime' })
export class CommissionTimePipe implements PipeTransform {
  transform(iso: string, locale: string): string {
    return new Intl.DateTimeFormat(locale, { timeZone: COMMISSION_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  }
}
