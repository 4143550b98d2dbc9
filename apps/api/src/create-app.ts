import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import proxyAddress, { TrustProxy } from 'proxy-addr';
import { Logger as PinoLogger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { DestinationStream } from 'pino';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { Clock } from './common/clock';
import { noStoreByDefault, publicCors } from './common/http/cache-and-cors';
import { headersSetBy, installEarlyRoutes } from './common/http/early-routes';
import { problemMiddleware } from './common/problem';
import { SupportEarlyRoute } from './challenges/support-early-route';
import { AppConfig } from './config/config';
import { DatabaseTarget } from './database/data-source-options';
import { metricsEndpoint, METRICS_PATH } from './metrics/metrics-endpoint';
import { MetricsRegistry } from './metrics/metrics.registry';
import { describeApi, OPENAPI_PATH } from './openapi/api-description';
import { ASYNCAPI_PATH, asyncApiDocument } from './openapi/asyncapi-document';
import { PublicDocumentFastPath } from './public/public-document-fast-path';
import { RedisIoAdapter } from './scale/redis-io.adapter';

export const JSON_BODY_LIMIT = '256kb';

/**
 * Builds the whole platform (REST under /api, OpenAPI at /api/docs, the web app at /); does not listen.
 * `logDestination` takes the log lines instead of stdout (tests read them back); `clock` is the one "now" of every
 * rule (tests pass one they set).
 */
export async function createApp(
  config: AppConfig,
  database: DatabaseTarget,
  logDestination?: DestinationStream,
  clock?: Clock,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database, logDestination, clock), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(PinoLogger));
  if (config.redisUrl) {
    // Several api instances behind one proxy: live events fan out through Redis (without it, one instance only).
    const adapter = new RedisIoAdapter(app, config.redisUrl);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  }
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  const security = helmet({
    contentSecurityPolicy: {
      directives: {
        // Plain http must keep working behind a LAN proxy; TLS deployments set COOKIE_SECURE.
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'ws:', 'wss:'],
      },
    },
    strictTransportSecurity: config.cookieSecure,
  });
  const metrics = config.metricsToken ? app.get(MetricsRegistry) : undefined;
  if (metrics) {
    app.use(metrics.timeRequests());
    app.use(METRICS_PATH, metricsEndpoint(metrics, config.metricsToken as string));
  }
  // Cached public documents and citizens' supports are answered before Express, by the same rules and with the
  // headers the app would send (computed once).
  const trustProxy = (app.getHttpAdapter().getInstance() as express.Express).get('trust proxy fn') as TrustProxy;
  installEarlyRoutes(
    app.getHttpServer() as Server,
    {
      securityHeaders: headersSetBy(security),
      clientAddress: (request) => proxyAddress(request, trustProxy),
      timeAnswer: metrics && ((method, route) => metrics.timeRequestOutsideRoutes(method, route)),
    },
    [app.get(PublicDocumentFastPath), app.get(SupportEarlyRoute)],
  );
  app.use(publicCors);
  app.use(security);
  app.use(noStoreByDefault);
  app.use(cookieParser());
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(problemMiddleware());
  app.setGlobalPrefix('api');

  // Built on its first request (then kept): reading every route's metadata costs seconds of CPU that a boot which
  // never serves the document, such as each api spec file's, need not pay.
  const buildDocument = () =>
    describeApi(
      app,
      cleanupOpenApiDoc(
        SwaggerModule.createDocument(
          app,
          new DocumentBuilder()
            .setTitle('Cocrea API')
            .setDescription('Working groups, sessions, votes and open data of a transparency commission.')
            .setVersion('1.0')
            .build(),
        ),
      ),
    );
  SwaggerModule.setup('api/docs', app, buildDocument, { jsonDocumentUrl: OPENAPI_PATH });
  const liveEvents = asyncApiDocument();
  app.use(ASYNCAPI_PATH, (request: express.Request, response: express.Response, next: express.NextFunction) =>
    request.method === 'GET' ? response.json(liveEvents) : next(),
  );

  serveWebApp(app, config.webDist);
  return app;
}

/** The built Angular app at `/`, with its routes falling back to index.html. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No web build at ${webDist}; serving the api only`);
    return;
  }
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api') || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
