import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The one rule for ordering names in the api: es-MX collation, as `Intl.Collator('es-MX')` orders them in the web
 * ("Ángel" with the a's, "José" before "Josefina", "Ñuño" after "Nuño"), whatever the database's own collation
 * (PGlite's is C, which puts every accented name last).
 *
 * The collation `es_mx` is ICU's es-MX, created by the migration SpanishCollation1797600000200. PostgreSQL built with
 * ICU (Debian's, the official images) carries the Spanish data. PGlite's ICU carries only the root (CLDR) data, so on
 * the embedded database the same name falls back to the root order: identical to Spanish except that ñ sorts as an n
 * with a tilde (Ñora before Nuño) instead of as the letter after n.
 */
export const SPANISH_COLLATION = 'es_mx';

/** SQL for `expr` compared in es-MX order. */
export function inSpanishOrder(expr: string): string {
  return `${expr} COLLATE "${SPANISH_COLLATION}"`;
}

/** Orders by `column` in es-MX order, then by id so pages stay stable when two names are equal. */
export function orderBySpanishName<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  column: string,
  idColumn: string,
): SelectQueryBuilder<E> {
  return qb.orderBy(inSpanishOrder(column), 'ASC').addOrderBy(idColumn, 'ASC');
}
