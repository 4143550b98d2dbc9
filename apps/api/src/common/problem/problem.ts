import { ErrorCode, Problem, ProblemMessage } from '@cocrea/contracts';
import { LocalizedFieldError } from './app-exception';
import { ERROR_CATALOG } from './error-catalog';

export type Language = 'es' | 'en';

/** English only when the client prefers it over Spanish; Spanish otherwise. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'es';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter(({ tag }) => tag.startsWith('es') || tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'es';
}

function fill(template: string, params: Record<string, string>, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[`${key}.${language}`] ?? params[key] ?? '');
}

function localize(message: ProblemMessage, params: Record<string, string>, language: Language): ProblemMessage {
  return { title: message.title, detail: fill(message.detail, params, language) };
}

export function buildProblem(
  code: ErrorCode,
  options: { params?: Record<string, string>; errors?: LocalizedFieldError[]; instance?: string; language?: Language } = {},
): Problem {
  const entry = ERROR_CATALOG[code];
  const params = options.params ?? {};
  const messages = { es: localize(entry.es, params, 'es'), en: localize(entry.en, params, 'en') };
  const language = options.language ?? 'es';
  const chosen = messages[language];
  return {
    type: `https://cocrea.mx/problems/${code.replace(/_/g, '-')}`,
    title: chosen.title,
    status: entry.status,
    detail: chosen.detail,
    ...(options.instance ? { instance: options.instance } : {}),
    code,
    messages,
    ...(options.errors
      ? { errors: options.errors.map(({ path, es, en }) => ({ path, message: language === 'es' ? es : en, messages: { es, en } })) }
      : {}),
  };
}
