/**
 * Names in the order a Mexican reader expects: "Ángel" with the A's, "José" before "Josefina", accents and case
 * not deciding unless all else is equal. Every list the web sorts by name uses this one comparator.
 */
const SPANISH = new Intl.Collator('es-MX', { sensitivity: 'base', ignorePunctuation: true });

/** Compares two names as a Spanish reader orders them. */
export const compareNames = (a: string, b: string): number => SPANISH.compare(a, b) || a.localeCompare(b, 'es-MX');

/** A copy of `items` in name order, the name read by `nameOf`. */
export function byName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
}
