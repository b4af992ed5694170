import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_INVITATION_TTL_DAYS } from '@partnerlink/shared';

export type DatabaseConfig =
  | { readonly engine: 'sqlite'; readonly file: string }
  | {
      readonly engine: 'postgres';
      readonly url: string;
      /**
       * Pooled connections per instance (DATABASE_POOL_SIZE). Each instance also holds one
       * connection for LISTEN, so N instances use up to N × (poolSize + 1) of max_connections.
       */
      readonly poolSize: number;
    };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly publicUrl: string;
  /** Keys the session-token hashes (SESSION_SECRET). */
  readonly sessionSecret: string;
  /**
   * Encrypts secrets at rest, such as webhook signing secrets (SECRETS_KEY): separate from the
   * session secret, so rotating one does not break the other.
   */
  readonly secretsKey: string;
  readonly sessionTtlHours: number;
  readonly invitationTtlDays: number;
  readonly demoData: boolean;
  readonly smtpUrl: string | undefined;
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (Express's `trust proxy`):
   * false (none, the default), true (any), a number of hops, or addresses/subnets/names such as
   * `loopback` or `10.0.0.0/8`. Per-address rate limits key on that address.
   */
  readonly trustProxy: boolean | number | readonly string[];
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  readonly corsOrigins: readonly string[];
  /** Whether the schema can be introspected (off in production unless INTROSPECTION=true). */
  readonly introspection: boolean;
  readonly mailFrom: string;
  /** Invitation emails the server sends (sends and reminders) per day: per partner, and per recipient address. */
  readonly invitationEmailLimits: { readonly perPartnerPerDay: number; readonly perRecipientPerDay: number };
  readonly production: boolean;
  readonly logLevel: string;
  /** Folder of the built SPA, served at `/` when it exists. */
  readonly webDist: string | undefined;
  /** Let webhook endpoints point at private, loopback and link-local addresses (tests, on-premises). */
  readonly webhookAllowPrivateUrls: boolean;
  /** The first webhook retry delay; later ones are fixed multiples of it (5 s → about three days in all). */
  readonly webhookRetryBaseMs: number;
  /** Persisted queries (PERSISTED_QUERIES): see graphql/persisted-queries.ts and docs/api.md. */
  readonly persistedQueries: PersistedQueriesConfig;
  /**
   * How often the sweeps run (SWEEP_INTERVAL_MINUTES), besides once at start-up: overdue requests
   * expire, admin relationships expire or extend, and expiry reminders go out (services.ts).
   */
  readonly sweepIntervalMinutes: number;
  /**
   * Batches (BATCH_SEND_LEASE_SECONDS): how long an email being sent holds its row. A row still
   * held after that was being sent by an instance that stopped: it is SEND_FAILED (INTERRUPTED),
   * never sent again, because nobody knows whether the mail went out. SQLite (one process) does
   * this at start-up without waiting.
   */
  readonly batchSendLeaseSeconds: number;
  /** Batches (BATCH_SEND_RETRY_BASE_MS): the first pause before retrying an email the mail server refused; two retries, the second after four times as long. */
  readonly batchSendRetryBaseMs: number;
  /**
   * How much V8 lets the heap grow after a major collection, in percent (HEAP_GROWING_PERCENT;
   * heap-growth.ts); 0 leaves it to V8's own factor.
   */
  readonly heapGrowingPercent: number;
}

/**
 * `apq`: automatic persisted queries, anyone may register a document (Apollo's default).
 * `safelist`: only the SPA's own operations (the manifest the web build writes), except for API keys.
 * `off`: no persisted queries, every request carries its document.
 */
export const PERSISTED_QUERIES_MODES = ['apq', 'safelist', 'off'] as const;
export type PersistedQueriesMode = (typeof PERSISTED_QUERIES_MODES)[number];
export interface PersistedQueriesConfig {
  readonly mode: PersistedQueriesMode;
  /** The safelist: Apollo's persisted-query manifest (format apollo-persisted-query-manifest). */
  readonly manifest: string;
}

/**
 * HEAP_GROWING_PERCENT's default: the benchmark's peak memory within its target at little CPU
 * cost (docs/benchmarks.md). Measured with the customers page at 32 connections on SQLite: 20 %
 * took 0.75 ms of V8's helper threads per page, 40 % 0.62 ms, 60 % 0.54 ms, 100 % 0.49 ms, for
 * peak memory about 4, 12 and 35 MB above 20 %'s.
 */
const DEFAULT_HEAP_GROWING_PERCENT = 40;

export class ConfigError extends Error {}

export type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}".`);
}

function parseDatabase(env: Env, baseDir: string): DatabaseConfig {
  const raw = env.DATABASE_URL || 'sqlite:./data/partnerlink.db';
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    return { engine: 'postgres', url: raw, poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000) };
  }
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length);
    if (!file) throw new ConfigError('DATABASE_URL "sqlite:" needs a file path, like sqlite:./data/partnerlink.db.');
    return { engine: 'sqlite', file: path.resolve(baseDir, file) };
  }
  throw new ConfigError(`DATABASE_URL must start with postgres:// or sqlite:, got "${raw}".`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = values.find((candidate) => candidate === raw.toLowerCase());
  if (!value) throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}".`);
  return value;
}

function trustProxy(raw: string | undefined): Config['trustProxy'] {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const valid = /^(loopback|linklocal|uniquelocal|[\da-f.:]+(\/\d{1,3})?)$/;
  const wrong = entries.find((entry) => !valid.test(entry));
  if (wrong) {
    throw new ConfigError(`TRUST_PROXY must be true, false, a number of hops, or addresses/subnets (loopback, 10.0.0.0/8, …); "${wrong}" is none of these.`);
  }
  return entries;
}

/** The secrets the server needs, and the file in the data folder each is kept in outside production (secrets-on-disk.ts). */
export const SECRET_FILES = { SESSION_SECRET: 'session-secret', SECRETS_KEY: 'secrets-key' } as const;
export type SecretName = keyof typeof SECRET_FILES;

/** A secret from the environment, 32+ characters. */
function secret(env: Env, name: SecretName, production: boolean): string {
  const given = env[name];
  if (!given) {
    throw new ConfigError(
      production ? `${name} is required when NODE_ENV=production.` : `${name} is required (npm start generates one into the data folder).`,
    );
  }
  if (given.length < 32) throw new ConfigError(`${name} must be at least 32 characters long.`);
  return given;
}

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === 'production';
}

/** Relative paths are relative to where the user ran npm (INIT_CWD), not to this package. */
function baseDirOf(env: Env): string {
  return env.INIT_CWD || process.cwd();
}

/** The data folder: beside the embedded database, or ./data on PostgreSQL. */
export function dataDirectory(env: Env): string {
  const baseDir = baseDirOf(env);
  const database = parseDatabase(env, baseDir);
  return database.engine === 'sqlite' ? path.dirname(database.file) : path.join(baseDir, 'data');
}

/** PUBLIC_URL: http(s), and https in production (session cookies and invitation links travel over it). */
function publicUrl(env: Env, port: number, production: boolean): string {
  const url = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(url)) throw new ConfigError(`PUBLIC_URL must start with http:// or https://, got "${url}".`);
  if (production && !url.startsWith('https://')) {
    throw new ConfigError(`PUBLIC_URL must start with https:// when NODE_ENV=production, got "${url}".`);
  }
  return url;
}

/** The process's environment: this file is the only one that reads it (lint enforces it). */
export function environment(): Env {
  return process.env;
}

/**
 * Parses the environment once (process.env unless given): the only place that interprets it. It
 * writes nothing; main.ts fills in generated secrets first (secrets-on-disk.ts).
 */
export function loadConfig(env: Env = environment()): Config {
  const baseDir = baseDirOf(env);
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const production = isProduction(env);
  const database = parseDatabase(env, baseDir);
  const webDist = env.WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
  return Object.freeze({
    port,
    host: env.HOST || '0.0.0.0',
    database,
    publicUrl: publicUrl(env, port, production),
    sessionSecret: secret(env, 'SESSION_SECRET', production),
    secretsKey: secret(env, 'SECRETS_KEY', production),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    invitationTtlDays: integer(env, 'INVITATION_TTL_DAYS', DEFAULT_INVITATION_TTL_DAYS, 1, 365),
    demoData: boolean(env, 'DEMO_DATA', database.engine === 'sqlite'),
    smtpUrl: env.SMTP_URL || undefined,
    trustProxy: trustProxy(env.TRUST_PROXY),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean),
    introspection: boolean(env, 'INTROSPECTION', !production),
    mailFrom: env.MAIL_FROM || 'Partnerlink <no-reply@partnerlink.localhost>',
    invitationEmailLimits: {
      perPartnerPerDay: integer(env, 'INVITATION_EMAILS_PER_PARTNER_DAY', 200, 1, 100_000),
      perRecipientPerDay: integer(env, 'INVITATION_EMAILS_PER_RECIPIENT_DAY', 3, 1, 100),
    },
    production,
    logLevel: env.LOG_LEVEL || 'info',
    webDist: existsSync(webDist) ? webDist : undefined,
    webhookAllowPrivateUrls: boolean(env, 'WEBHOOK_ALLOW_PRIVATE_URLS', false),
    webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 5000, 1, 60 * 60 * 1000),
    persistedQueries: Object.freeze({
      mode: oneOf(env, 'PERSISTED_QUERIES', PERSISTED_QUERIES_MODES, 'apq'),
      manifest: path.resolve(baseDir, env.PERSISTED_QUERIES_MANIFEST || path.join(webDist, 'persisted-queries.json')),
    }),
    sweepIntervalMinutes: integer(env, 'SWEEP_INTERVAL_MINUTES', 10, 1, 24 * 60),
    batchSendLeaseSeconds: integer(env, 'BATCH_SEND_LEASE_SECONDS', 300, 1, 24 * 60 * 60),
    batchSendRetryBaseMs: integer(env, 'BATCH_SEND_RETRY_BASE_MS', 2000, 1, 60 * 60 * 1000),
    // 300 % is V8's own largest factor (4×).
    heapGrowingPercent: integer(env, 'HEAP_GROWING_PERCENT', DEFAULT_HEAP_GROWING_PERCENT, 0, 300),
  });
}
