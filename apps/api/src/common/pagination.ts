import { Page, PageQuery } from '@cocrea/contracts';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Runs one page of `qb` and maps its rows to response shapes. */
export async function paginate<E extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<E>,
  query: Pick<PageQuery, 'page' | 'pageSize'>,
  map: (row: E) => R,
): Promise<Page<R>> {
  // offset/limit rather than skip/take: lists join only many-to-one relations, so rows never multiply.
  const [rows, total] = await qb
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .getManyAndCount();
  return { items: rows.map(map), total, page: query.page, pageSize: query.pageSize };
}

/** A LIKE pattern for "contains `text`" on a FOLDed column, with LIKE's own characters escaped. */
export function likePattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accent- and case-insensitive "contains" on any of `columns`. */
export function whereTextMatches<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, columns: string[], text: string | undefined): void {
  if (!text) return;
  const pattern = likePattern(text);
  const folded = columns.map((column) => `${FOLD(column)} LIKE :searchPattern`).join(' OR ');
  qb.andWhere(`(${folded})`, { searchPattern: pattern });
}

/** Accented letters of Spanish (and the odd French or Portuguese name) and what they fold to. */
const ACCENTED = 'áéíóúüñàèìòùâêîôûäëïöçãõ';
const PLAIN = 'aeiouunaeiouaeiouaeiocao';

/** Lower-case and fold accents exactly as the SQL `FOLD` does, so both sides of a LIKE agree. */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  let folded = '';
  for (const char of lower) {
    const at = ACCENTED.indexOf(char);
    folded += at === -1 ? char : PLAIN[at];
  }
  return folded;
}

/** SQL for `expr` lower-cased and without accents, to order or compare like people expect. */
export function FOLD(expr: string): string {
  return `translate(lower(coalesce(${expr}, '')), '${ACCENTED}', '${PLAIN}')`;
}
