import { resolve } from 'node:path';
import { z } from 'zod';

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z.url().optional(),
    REDIS_URL: z.url().optional(),
    WEB_DIST: z.string().optional(),
    SEED_DEMO: z.enum(['true', 'false']).optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
    COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
    LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
    TRUST_PROXY: z.string().min(1).default('loopback'),
    PUBLIC_RATE_LIMIT: z.coerce.number().int().positive().default(600),
    CHALLENGE_WRITE_RATE_LIMIT: z.coerce.number().int().positive().default(60),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12).optional(),
    METRICS_TOKEN: z.string().min(16).optional(),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default('Cocrea <no-reply@cocrea.local>'),
    APP_URL: z.url().optional(),
    MAIL_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(5000),
    PROOF_OF_WORK_HMAC_KEY: z.string().min(32).optional(),
    PROOF_OF_WORK_MAX_NUMBER: z.coerce.number().int().min(10).max(10_000_000).default(50_000),
  })
  .refine((env) => !env.ADMIN_EMAIL === !env.ADMIN_PASSWORD, { message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together' });

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  webDist: string;
  seedDemo: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginRateLimit: number;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client (its address keys login throttling). */
  trustProxy: string;
  /** Requests a minute per address on the public portal's routes. */
  publicRateLimit: number;
  /** Citizens' writes in open challenges (ideas, supports) a minute per account; five times that per address. */
  challengeWriteRateLimit: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** First platform admin of a deployment without demo data; created once, never overwritten. */
  initialAdmin?: { email: string; password: string };
  /** Turns `/metrics` on, for a scraper that sends it as a bearer token; unset, there are no metrics. */
  metricsToken?: string;
  /** SMTP server mail goes through (`smtp://user:pass@host:port`); without it mail is only written to the log. */
  smtpUrl?: string;
  mailFrom: string;
  /** Where people open the web app: the base of every link in a mail. */
  appUrl: string;
  /** How often the outbox worker looks for mail to send (it is also woken when mail is queued). */
  mailPollMs: number;
  /**
   * The sign-up's proof of work: the key that signs its challenges (unset, one is generated once and kept in the
   * database, so every api instance shares it) and its difficulty (the secret number is below `maxNumber`; a browser
   * tries about half of them, so 50,000 takes a phone a second or two).
   */
  proofOfWork: { hmacKey?: string; maxNumber: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable is an unset one (compose passes `${ADMIN_EMAIL:-}` through as '').
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    webDist: resolve(e.WEB_DIST ?? 'dist/apps/web/browser'),
    // The demo accounts share a published password: loaded by default only on the embedded database.
    seedDemo: (e.SEED_DEMO ?? (e.DATABASE_URL ? 'false' : 'true')) === 'true',
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE === 'true',
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    trustProxy: e.TRUST_PROXY,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    challengeWriteRateLimit: e.CHALLENGE_WRITE_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    mailPollMs: e.MAIL_POLL_MS,
    proofOfWork: { hmacKey: e.PROOF_OF_WORK_HMAC_KEY, maxNumber: e.PROOF_OF_WORK_MAX_NUMBER },
    initialAdmin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    metricsToken: e.METRICS_TOKEN,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
