export type DatabaseEngine = 'pglite' | 'postgres';
export const DATABASE_ENGINE = Symbol('DATABASE_ENGINE');
