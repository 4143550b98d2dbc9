/**
 * `/metrics`, outside `/api` like any Prometheus target, and off unless METRICS_TOKEN is set: the scraper then sends
 * `Authorization: Bearer <METRICS_TOKEN>`; anything else is a 401 without a body worth reading.
 */
import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MetricsRegistry } from './metrics.registry';

export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function metricsEndpoint(metrics: MetricsRegistry, token: string) {
  const expected = digest(`Bearer ${token}`);
  return async (request: Request, response: Response): Promise<void> => {
    response.setHeader('Cache-Control', 'no-store');
    if (!timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      response.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').end();
      return;
    }
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
