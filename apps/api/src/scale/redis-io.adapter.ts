import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { outageTolerantRedis } from './redis-client';

/**
 * Socket.IO through Redis: a room event emitted on one api instance reaches the room's sockets on every instance.
 * Any instance may take any socket (no sticky sessions): clients use the WebSocket transport only.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly logger = new Logger(RedisIoAdapter.name);
  private readonly pub: Redis;
  private readonly sub: Redis;
  private adapterConstructor?: ReturnType<typeof createAdapter>;

  constructor(app: INestApplicationContext, redisUrl: string) {
    super(app);
    this.pub = outageTolerantRedis(redisUrl, this.logger, { lazyConnect: true });
    this.sub = outageTolerantRedis(redisUrl, this.logger, { lazyConnect: true });
  }

  /** Connects both clients; after a Redis restart ioredis reconnects and subscribes again by itself. */
  async connect(): Promise<void> {
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    this.adapterConstructor = createAdapter(this.pub, this.sub);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapterConstructor) server.adapter(this.adapterConstructor);
    // Events published while Redis was away never arrive: once it is back, drop this instance's connections (not a
    // server-side disconnect, so clients reconnect by themselves), and every client joins again and gets the full state.
    const connections = new Set<{ close(): void; once(event: 'close', listener: () => void): unknown }>();
    server.engine.on('connection', (connection: { close(): void; once(event: 'close', listener: () => void): unknown }) => {
      connections.add(connection);
      connection.once('close', () => connections.delete(connection));
    });
    let lost = false;
    this.sub.on('close', () => (lost = true));
    this.sub.on('ready', () => {
      if (!lost) return;
      lost = false;
      for (const connection of connections) connection.close();
    });
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    this.pub.disconnect(false);
    this.sub.disconnect(false);
  }
}
