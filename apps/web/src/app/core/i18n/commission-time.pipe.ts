import { Pipe, PipeTransform } from '@angular/core';
import { mexicoCityDateTime } from './mexico-city-time';

/** A moment as the commission lives it: Mexico City's date and time, without seconds, wherever the viewer is. */
@Pipe({ name: 'commissionTime' })
export class CommissionTimePipe implements PipeTransform {
  transform(iso: string, locale: string): string {
    return mexicoCityDateTime(iso, locale);
  }
}
