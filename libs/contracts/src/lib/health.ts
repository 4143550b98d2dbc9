export interface Health {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; engine: 'pglite' | 'postgres' };
}
