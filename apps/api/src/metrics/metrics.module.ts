import { Module } from '@nestjs/common';
import { MetricsRegistry } from './metrics.registry';

/** Prometheus metrics; `/metrics` itself is mounted by create-app only when METRICS_TOKEN is set. */
@Module({ providers: [MetricsRegistry], exports: [MetricsRegistry] })
export class MetricsModule {}
