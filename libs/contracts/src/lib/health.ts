export interface Health {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; engine: 'pglite' | 'postgres' };
  /** Present when the instance fans out through Redis (REDIS_URL). */
  redis?: { status: 'up' | 'down' };
}

/** Liveness: the process answers; nothing it depends on is checked. */
export interface Liveness {
  status: 'ok';
}
