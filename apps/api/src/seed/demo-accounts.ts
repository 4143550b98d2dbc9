export const DEMO_PASSWORD = 'Cocrea-2021';
export const DEMO_EMAIL_DOMAIN = 'demo.cocrea.mx';
export const ADMIN_EMAIL = `admin@${DEMO_EMAIL_DOMAIN}`;
/** The commission's secretary in the 2021-02-15 record (Luis Gustavo Parra Noriega). */
export const SECRETARY_EMAIL = `luis.parra@${DEMO_EMAIL_DOMAIN}`;

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y']);

function slug(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * `given.surname@demo.cocrea.mx`, taking the first paternal surname of a Spanish full name
 * ("María del Carmen Nava Polina" → maria.nava); `taken` makes repeats unique with a number.
 */
export function demoEmail(fullName: string, taken: Set<string>): string {
  const words = fullName.split(/[\s,]+/).filter((w) => w && !PARTICLES.has(w.toLowerCase()));
  const given = slug(words[0]);
  const surname = words.length >= 3 ? slug(words[words.length - 2]) : slug(words[words.length - 1]);
  const base = words.length === 1 ? given : `${given}.${surname}`;
  let email = `${base}@${DEMO_EMAIL_DOMAIN}`;
  for (let n = 2; taken.has(email); n++) email = `${base}${n}@${DEMO_EMAIL_DOMAIN}`;
  taken.add(email);
  return email;
}
