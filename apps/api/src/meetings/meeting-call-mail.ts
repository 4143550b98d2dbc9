/**
 * What the call of a session says by mail: when and where, the documents circulated with it (links), and an
 * `.ics` calendar file so the session lands in the member's calendar. Words in both languages; times in Mexico City.
 */
import { createEvent } from 'ics';
import { MailAttachment } from '../notifications';
import { LocalizedMail } from '../notifications';
import { MeetingEntity } from './entities/meeting.entity';

/** Sessions have no declared end; the calendar blocks this long. */
const CALENDAR_HOURS = 3;

export interface CirculatedDocument {
  id: string;
  filename: string;
}

const when = (locale: string, at: Date) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'America/Mexico_City', dateStyle: 'long', timeStyle: 'short' }).format(at);

/** The RFC 5545 event of the session; the same UID every time, so a changed call updates the calendar entry. */
export function meetingCalendarFile(meeting: MeetingEntity, sessionUrl: string): MailAttachment {
  const { error, value } = createEvent({
    uid: `${meeting.id}@cocrea`,
    productId: 'cocrea/meetings',
    method: 'PUBLISH',
    title: meeting.title,
    start: meeting.scheduledAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: CALENDAR_HOURS },
    location: meeting.place ?? meeting.videoUrl ?? undefined,
    url: sessionUrl,
    description: sessionUrl,
    sequence: meeting.version ?? 0,
  });
  if (error || !value) throw error ?? new Error('calendar file not built');
  return { filename: 'sesion.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: value };
}

export function meetingCallMail(meeting: MeetingEntity, appUrl: string, documents: CirculatedDocument[]): LocalizedMail {
  const sessionUrl = `${appUrl}/sessions/${meeting.id}`;
  const docs = documents.map((d) => `• ${d.filename}: ${appUrl}/api/attachments/${d.id}`);
  const where = (at: string, online: string) =>
    [meeting.place ? `${at} ${meeting.place}` : null, meeting.videoUrl ? `${online} ${meeting.videoUrl}` : null].filter(
      (x): x is string => !!x,
    );
  return {
    'es-MX': {
      subject: `Convocatoria: ${meeting.title}`,
      paragraphs: [
        `Se le convoca a la ${meeting.title}, el ${when('es-MX', meeting.scheduledAt)} (hora del centro de México).`,
        ...where('Lugar:', 'En línea:'),
        ...(docs.length ? ['Documentos que se circulan con la convocatoria:', ...docs] : []),
        'Adjuntamos la sesión en un archivo de calendario (.ics).',
      ],
      action: { label: 'Abrir la sesión', url: sessionUrl },
    },
    en: {
      subject: `Call: ${meeting.title}`,
      paragraphs: [
        `You are called to the ${meeting.title}, on ${when('en', meeting.scheduledAt)} (Mexico City time).`,
        ...where('Place:', 'Online:'),
        ...(docs.length ? ['Documents circulated with the call:', ...docs] : []),
        'The session is attached as a calendar file (.ics).',
      ],
      action: { label: 'Open the session', url: sessionUrl },
    },
  };
}
