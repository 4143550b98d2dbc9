import { Health } from '@cocrea/contracts';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { DATABASE_ENGINE, DatabaseEngine } from '../database/database-engine';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DATABASE_ENGINE) private readonly engine: DatabaseEngine,
  ) {}

  @Public()
  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const up = await this.db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    response.status(up ? 200 : 503);
    return { status: up ? 'ok' : 'degraded', database: { status: up ? 'up' : 'down', engine: this.engine } };
  }
}
