/**
 * The words of every mail, in the person's language, and the one layout that turns them into plain text plus HTML.
 * A mail is a greeting, paragraphs, an optional button (a link) and a footer saying why it came.
 */
import type { InputDecision, Locale } from '@cocrea/contracts';
import { INVITATION_TTL_DAYS, PASSWORD_RESET_TTL_HOURS } from '@cocrea/contracts';

export interface MailContent {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The same message in both languages; the recipient's locale picks one. */
export type LocalizedMail = Record<Locale, MailContent>;

const FOOTER: Record<Locale, string> = {
  'es-MX': 'Recibe este correo por su participación en Cocrea. Puede elegir qué avisos le llegan por correo en «Mi cuenta».',
  en: 'You receive this e-mail because you take part in Cocrea. You can choose which notices reach you by e-mail under "My account".',
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export function renderMail(locale: Locale, content: MailContent): RenderedMail {
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    '--',
    FOOTER[locale],
  ].join('\n\n');
  const body = content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const button = content.action
    ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#0b5f4a;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1b1b1b">${body}${button}<hr><p style="font-size:12px;color:#555">${escapeHtml(FOOTER[locale])}</p></body></html>`;
  return { subject: content.subject, text, html };
}

export function passwordResetMail(name: string, url: string): LocalizedMail {
  return {
    'es-MX': {
      subject: 'Restablecer su contraseña de Cocrea',
      paragraphs: [
        `Hola, ${name}:`,
        `Alguien pidió restablecer la contraseña de su cuenta. El enlace sirve una sola vez y vence en ${PASSWORD_RESET_TTL_HOURS} hora.`,
        'Si usted no lo pidió, ignore este correo: su contraseña no cambia.',
      ],
      action: { label: 'Elegir una contraseña nueva', url },
    },
    en: {
      subject: 'Reset your Cocrea password',
      paragraphs: [
        `Hello ${name},`,
        `Someone asked to reset the password of your account. The link works once and expires in ${PASSWORD_RESET_TTL_HOURS} hour.`,
        'If it was not you, ignore this e-mail: your password does not change.',
      ],
      action: { label: 'Choose a new password', url },
    },
  };
}

export function invitationMail(name: string, inviter: string, url: string): LocalizedMail {
  return {
    'es-MX': {
      subject: 'Invitación a Cocrea',
      paragraphs: [
        `Hola, ${name}:`,
        `${inviter} le invita a Cocrea, la plataforma de trabajo de la comisión. Elija su contraseña con el enlace; sirve una sola vez y vence en ${INVITATION_TTL_DAYS} días.`,
      ],
      action: { label: 'Elegir mi contraseña', url },
    },
    en: {
      subject: 'Invitation to Cocrea',
      paragraphs: [
        `Hello ${name},`,
        `${inviter} invites you to Cocrea, the commission's workspace. Choose your password through the link; it works once and expires in ${INVITATION_TTL_DAYS} days.`,
      ],
      action: { label: 'Choose my password', url },
    },
  };
}

/** A citizen's own sign-up: confirming the address and choosing a password is one step, through the link. */
export function signUpMail(name: string, url: string): LocalizedMail {
  return {
    'es-MX': {
      subject: 'Confirme su correo en Cocrea',
      paragraphs: [
        `Hola, ${name}:`,
        `Recibimos su registro para participar en los retos abiertos. Confirme su correo y elija su contraseña con el enlace; sirve una sola vez y vence en ${INVITATION_TTL_DAYS} días.`,
        'Si usted no se registró, ignore este correo.',
      ],
      action: { label: 'Confirmar mi correo', url },
    },
    en: {
      subject: 'Confirm your e-mail on Cocrea',
      paragraphs: [
        `Hello ${name},`,
        `We received your sign-up to take part in open challenges. Confirm your e-mail and choose your password through the link; it works once and expires in ${INVITATION_TTL_DAYS} days.`,
        'If you did not sign up, ignore this e-mail.',
      ],
      action: { label: 'Confirm my e-mail', url },
    },
  };
}

/** The daily digest: one line per notification gathered since the last one. */
export function digestMail(lines: Array<{ title: string; url: string | null }>, homeUrl: string): LocalizedMail {
  const items = lines.map((l) => (l.url ? `• ${l.title} (${l.url})` : `• ${l.title}`));
  return {
    'es-MX': {
      subject: `Resumen diario de Cocrea: ${lines.length} aviso(s)`,
      paragraphs: ['Estos son sus avisos de las últimas horas:', ...items],
      action: { label: 'Abrir mi inicio', url: homeUrl },
    },
    en: {
      subject: `Cocrea daily digest: ${lines.length} notice(s)`,
      paragraphs: ['These are your notices of the last hours:', ...items],
      action: { label: 'Open my home', url: homeUrl },
    },
  };
}

/** The words of a notice's mail; its button leads to the page the notice links (the URL is filled in when it is sent). */
export type NoticeMail = Record<Locale, Omit<MailContent, 'action'> & { actionLabel: string }>;

/** A poll opened in a session where the person holds a voting right (their own or as a representative). */
export function pollOpenedMail(subject: string, meetingTitle: string): NoticeMail {
  return {
    'es-MX': {
      subject: `Votación abierta: ${subject}`,
      paragraphs: [
        `Se abrió una votación en la ${meetingTitle}: «${subject}».`,
        'Usted tiene derecho a votar en ella mientras esté abierta.',
      ],
      actionLabel: 'Ir a la sesión y votar',
    },
    en: {
      subject: `Poll open: ${subject}`,
      paragraphs: [`A poll opened in the ${meetingTitle}: "${subject}".`, 'You hold a voting right in it while it stays open.'],
      actionLabel: 'Go to the session and vote',
    },
  };
}

/** A representation letter recorded in the person's name: they stand in for a member in a session. */
export function representationRecordedMail(memberName: string, meetingTitle: string): NoticeMail {
  return {
    'es-MX': {
      subject: `Oficio de representación: ${meetingTitle}`,
      paragraphs: [
        `Se registró un oficio por el que usted representa a ${memberName} en la ${meetingTitle}.`,
        'En la sesión podrá ejercer su derecho a voto en los puntos que el oficio cubre.',
      ],
      actionLabel: 'Abrir la sesión',
    },
    en: {
      subject: `Representation letter: ${meetingTitle}`,
      paragraphs: [
        `A letter was recorded by which you stand in for ${memberName} in the ${meetingTitle}.`,
        'In the session you may use their voting right on the items the letter covers.',
      ],
      actionLabel: 'Open the session',
    },
  };
}

/** The answer to a request to join a working group, with the coordination's reason when it gave one. */
export function joinRequestAnsweredMail(groupName: string, accepted: boolean, reason: string | null): NoticeMail {
  return {
    'es-MX': {
      subject: accepted ? `Se aceptó su solicitud: ${groupName}` : `Se declinó su solicitud: ${groupName}`,
      paragraphs: [
        accepted
          ? `La coordinación aceptó su solicitud de integrarse al grupo ${groupName}; ya forma parte de él.`
          : `La coordinación declinó su solicitud de integrarse al grupo ${groupName}.`,
        ...(reason ? [`Motivo: ${reason}`] : []),
      ],
      actionLabel: 'Abrir el grupo',
    },
    en: {
      subject: accepted ? `Your request was accepted: ${groupName}` : `Your request was declined: ${groupName}`,
      paragraphs: [
        accepted
          ? `The coordination accepted your request to join the group ${groupName}; you are now a member.`
          : `The coordination declined your request to join the group ${groupName}.`,
        ...(reason ? [`Reason: ${reason}`] : []),
      ],
      actionLabel: 'Open the group',
    },
  };
}

const INPUT_DECISION: Record<InputDecision, Record<Locale, string>> = {
  accepted: { 'es-MX': 'aceptó', en: 'accepted' },
  needs_changes: { 'es-MX': 'pidió cambios a', en: 'asked for changes to' },
  declined: { 'es-MX': 'declinó', en: 'declined' },
};

/** A coordinator's answer to an input the person submitted, always with its reason. */
export function inputAnsweredMail(inputTitle: string, deliverableTitle: string, decision: InputDecision, reason: string): NoticeMail {
  return {
    'es-MX': {
      subject: `Respuesta a su insumo: ${inputTitle}`,
      paragraphs: [
        `La coordinación ${INPUT_DECISION[decision]['es-MX']} su insumo «${inputTitle}» al producto «${deliverableTitle}».`,
        `Motivo: ${reason}`,
      ],
      actionLabel: 'Abrir el producto',
    },
    en: {
      subject: `Answer to your input: ${inputTitle}`,
      paragraphs: [
        `The coordination ${INPUT_DECISION[decision].en} your input "${inputTitle}" to the deliverable "${deliverableTitle}".`,
        `Reason: ${reason}`,
      ],
      actionLabel: 'Open the deliverable',
    },
  };
}

/** An agreement of the commission assigned to the person to carry out, with its deadline when it has one. */
export function agreementAssignedMail(number: string, text: string, dueOn: string | null): NoticeMail {
  const day = (locale: Locale) =>
    dueOn ? new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${dueOn}T00:00:00Z`)) : null;
  return {
    'es-MX': {
      subject: `Acuerdo asignado: ${number}`,
      paragraphs: [
        `Se le asignó el seguimiento del acuerdo ${number}: «${text}».`,
        dueOn ? `Fecha límite: ${day('es-MX')}.` : 'El acuerdo aún no tiene fecha límite.',
      ],
      actionLabel: 'Abrir el acuerdo',
    },
    en: {
      subject: `Agreement assigned: ${number}`,
      paragraphs: [
        `You were assigned the follow-up of agreement ${number}: "${text}".`,
        dueOn ? `Deadline: ${day('en')}.` : 'The agreement has no deadline yet.',
      ],
      actionLabel: 'Open the agreement',
    },
  };
}

/** A deliverable or milestone that falls due within the week, or whose day has passed unfinished. */
export function dueMail(kind: 'due_soon' | 'overdue', item: 'deliverable' | 'milestone', title: string, dueOn: string): NoticeMail {
  const day = (locale: Locale) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${dueOn}T00:00:00Z`));
  const es = item === 'deliverable' ? 'El producto' : 'El hito';
  const en = item === 'deliverable' ? 'The deliverable' : 'The milestone';
  return {
    'es-MX': {
      subject: kind === 'due_soon' ? `Vence pronto: ${title}` : `Vencido: ${title}`,
      paragraphs: [
        kind === 'due_soon'
          ? `${es} «${title}» vence el ${day('es-MX')}.`
          : `${es} «${title}» venció el ${day('es-MX')} y sigue sin concluir.`,
      ],
      actionLabel: 'Abrir en Cocrea',
    },
    en: {
      subject: kind === 'due_soon' ? `Due soon: ${title}` : `Overdue: ${title}`,
      paragraphs: [
        kind === 'due_soon' ? `${en} "${title}" is due on ${day('en')}.` : `${en} "${title}" was due on ${day('en')} and is not finished.`,
      ],
      actionLabel: 'Open in Cocrea',
    },
  };
}
