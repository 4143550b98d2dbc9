import { COMMISSION_TIME_ZONE } from '@cocrea/domain';

/** Session times are shown as the commission lives them, in Mexico City, wherever the viewer is. */
export const mexicoCityTime = (iso: string) =>
  new Intl.DateTimeFormat('es-MX', { timeZone: COMMISSION_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );

export const mexicoCityDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: COMMISSION_TIME_ZONE, dateStyle: 'long' }).format(new Date(iso));

export const mexicoCityDateTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: COMMISSION_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
