import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { HealthController } from './health.controller';
import { RedisProbe } from './redis-probe';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: RedisProbe,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.redisUrl ? new RedisProbe(config.redisUrl) : null),
    },
  ],
})
export class HealthModule {}
