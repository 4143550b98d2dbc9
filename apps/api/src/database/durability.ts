/** Settings without which PostgreSQL may lose or corrupt acknowledged commits (ballots) in a crash. */
export const DURABILITY_SETTINGS = ['fsync', 'synchronous_commit', 'full_page_writes'] as const;

/** Anything that runs SQL and answers rows: a TypeORM DataSource, or a pg client adapted in tests. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The durability settings that are off on this server (empty when it is safe). */
export async function unsafeSettings(db: Queryable): Promise<string[]> {
  const off: string[] = [];
  for (const name of DURABILITY_SETTINGS) {
    const [row] = (await db.query(`SELECT current_setting($1) AS value`, [name])) as { value: string }[];
    if (row?.value === 'off') off.push(name);
  }
  return off;
}

/** Refuses to serve on a PostgreSQL server that could lose acknowledged ballots in a crash. */
export async function requireDurablePostgres(db: Queryable): Promise<void> {
  const off = await unsafeSettings(db);
  if (off.length > 0) throw new Error(`PostgreSQL durability is off (${off.join(', ')}): acknowledged votes could be lost in a crash`);
}
