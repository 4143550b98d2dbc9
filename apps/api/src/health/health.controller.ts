import { Health, Liveness } from '@cocrea/contracts';
import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth';
import { DATABASE_ENGINE, DatabaseEngine } from '../database/database-engine';
import { RedisProbe } from './redis-probe';

/**
 * Liveness (`/live`: restart me if this fails) apart from readiness (`/ready`: send me traffic only if this
 * passes, checking the database and, when configured, Redis). `/api/health` is readiness under its first name.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DATABASE_ENGINE) private readonly engine: DatabaseEngine,
    @Optional() private readonly redis?: RedisProbe,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Readiness (the first name of /api/health/ready).' })
  check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    return this.ready(response);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: 200 while the process serves requests.' })
  live(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: 200 when the database (and Redis, when configured) answers, else 503.' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const [database, redis] = await Promise.all([
      this.db.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      this.redis?.up(),
    ]);
    const up = database && redis !== false;
    response.status(up ? 200 : 503);
    return {
      status: up ? 'ok' : 'degraded',
      database: { status: database ? 'up' : 'down', engine: this.engine },
      ...(redis === undefined ? {} : { redis: { status: redis ? 'up' : 'down' } }),
    };
  }
}
