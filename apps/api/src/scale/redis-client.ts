import type { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/**
 * A Redis client that survives an outage of any length: commands wait in the offline queue until Redis is back
 * (`maxRetriesPerRequest: null`) instead of rejecting after ~20 reconnect attempts. Callers such as the Socket.IO
 * adapter and the Hocuspocus extension publish without catching, so a rejection would be unhandled and end the process.
 * Connection errors go to the logger, not to ioredis's "Unhandled error event" on stderr.
 */
export function outageTolerantRedis(url: string, logger: Logger, options: { lazyConnect?: boolean } = {}): Redis {
  const client = new Redis(url, { ...options, maxRetriesPerRequest: null });
  client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
  return client;
}
