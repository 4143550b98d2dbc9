/**
 * The Prometheus metrics of one api instance (prom-client): request durations by route and status, ballots recorded,
 * live sockets and rooms, co-editing documents and connections, and the database pool. Gauges are read when
 * Prometheus scrapes, from the services that own the numbers, so no hot path carries metrics code but the request
 * timer.
 */
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CollabServer } from '../documents';
import { LiveRooms } from '../meetings';

/** The part of pg's Pool the metrics read. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  private readonly requestDuration = new Histogram({
    name: 'cocrea_http_request_duration_seconds',
    help: 'Duration of HTTP requests, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(@InjectDataSource() db: DataSource, modules: ModuleRef, @Inject(APP_CONFIG) config: AppConfig) {
    // Process metrics (memory, event-loop delay) only where they are served.
    if (config.metricsToken) collectDefaultMetrics({ register: this.registry, prefix: 'cocrea_' });
    const registers = [this.registry];
    new Gauge({
      name: 'cocrea_ballots_recorded',
      help: 'Ballots acknowledged and stored, over every poll.',
      registers,
      async collect() {
        const [row] = (await db.query('SELECT count(*)::int AS n FROM ballots')) as [{ n: number }];
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'cocrea_live_sockets',
      help: 'Connected Socket.IO clients, by namespace.',
      labelNames: ['namespace'] as const,
      registers,
      collect() {
        for (const counts of optional(modules, LiveRooms)?.counts() ?? []) this.set({ namespace: counts.namespace }, counts.sockets);
      },
    });
    new Gauge({
      name: 'cocrea_live_rooms',
      help: 'Live rooms with at least one client, by namespace.',
      labelNames: ['namespace'] as const,
      registers,
      collect() {
        for (const counts of optional(modules, LiveRooms)?.counts() ?? []) this.set({ namespace: counts.namespace }, counts.rooms);
      },
    });
    new Gauge({
      name: 'cocrea_coedit_documents',
      help: 'Documents open for co-editing on this instance.',
      registers,
      collect() {
        this.set(optional(modules, CollabServer)?.hocuspocus.getDocumentsCount() ?? 0);
      },
    });
    new Gauge({
      name: 'cocrea_coedit_connections',
      help: 'Co-editing connections on this instance.',
      registers,
      collect() {
        this.set(optional(modules, CollabServer)?.hocuspocus.getConnectionsCount() ?? 0);
      },
    });
    new Gauge({
      name: 'cocrea_db_pool_connections',
      help: 'Database pool connections, by state (idle, busy) and requests waiting for one (waiting).',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const pool = (db.driver as unknown as { master?: PoolCounts }).master;
        if (!pool) return;
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'busy' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }

  /** Times one request answered before Express's routes (a cached public document) under `route`. */
  timeRequestOutsideRoutes(method: string, route: string): (status: number) => void {
    const stop = this.requestDuration.startTimer({ method, route });
    return (status) => stop({ status: String(status) });
  }

  /** Express middleware timing every `/api` request under its route template (`/api/meetings/:meetingId`), not its url. */
  timeRequests() {
    return (request: Request, response: Response, next: NextFunction): void => {
      if (!request.path.startsWith('/api/')) return next();
      const stop = this.requestDuration.startTimer({ method: request.method });
      response.on('finish', () => {
        const template = (request.route as { path?: string } | undefined)?.path;
        stop({ route: template ? `${request.baseUrl}${template}` : 'unmatched', status: String(response.statusCode) });
      });
      next();
    };
  }
}

function optional<T>(modules: ModuleRef, type: new (...args: never[]) => T): T | undefined {
  try {
    return modules.get(type, { strict: false });
  } catch {
    return undefined;
  }
}
