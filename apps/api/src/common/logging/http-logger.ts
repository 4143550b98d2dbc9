/**
 * The request logger's options, in one place so that no credential reaches a log line: session tokens travel in
 * `Authorization`, the session cookie and `Set-Cookie`, the CSRF header and a few body or query fields, and every
 * one of them is censored before pino writes the line (error lines carry the request, debug lines every request).
 */
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../../config/config';

export const REDACTED = '[redacted]';

/** Header and field names whose values are credentials. */
const SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'x-xsrf-token'];
const SECRET_FIELDS = ['token', 'password', 'currentPassword', 'newPassword', 'secret', 'apiKey'];

export const REDACTED_PATHS = [
  ...SECRET_HEADERS.map((name) => `req.headers["${name}"]`),
  'res.headers["set-cookie"]',
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

/** Query parameters that may carry a token (WebSocket clients sometimes pass one there). */
const SECRET_QUERY = /([?&](?:token|access_token|password)=)[^&#]*/gi;

export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_QUERY, `$1${REDACTED}`);
}

/** `destination` receives the log lines instead of stdout (tests read them back). */
export function httpLoggerParams(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Params {
  const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        autoLogging: verbose,
        redact: { paths: REDACTED_PATHS, censor: REDACTED },
        serializers: {
          req: (request: { url?: string }) => ({ ...request, url: redactUrl(request.url) }),
        },
      },
      ...(destination ? [destination] : []),
    ] as Params['pinoHttp'],
  };
}
