/**
 * Configuration of the reference backend, read from the environment.
 *
 *   PORT                      listening port (default 8787)
 *   HOST                      listening address (default 127.0.0.1)
 *   PUBLIC_URL                base of the links we hand out (default http://HOST:PORT)
 *   VERILOCK_API_KEYS         comma-separated API keys; unset → a dev key generated once and kept in the data dir
 *   VERILOCK_DATA_DIR         SQLite database and capture files (default ./data)
 *   VERILOCK_WEBHOOK_SECRET   HMAC secret for webhook signatures; unset → generated once and kept in the data dir
 *   VERILOCK_FRAME_ANCESTORS  space-separated origins allowed to frame the hosted page
 *                             (default 'self' and the demo embed origin)
 *   DEMO_EMBED_PORT           second port serving only /demo/*, a genuinely other origin for the iframe
 *                             demo (default PORT+1; 0 turns it off)
 *   NODE_ENV / VERILOCK_ENV   `production` in either turns on production mode (no dev conveniences)
 *   VERILOCK_RETENTION_DAYS   days after which a finished session's captures and personal data are
 *                             deleted (an audit row stays); unset or 0 keeps everything
 *   VERILOCK_CAPTURE_KEY      32-byte key (64 hex digits or base64) to encrypt capture files at rest
 *                             (AES-256-GCM); unset → stored in plain
 *   VERILOCK_MAX_IMAGE_PIXELS pixel limit (width × height) of an uploaded image (default 40000000)
 *   VERILOCK_SESSION_MAX_UPLOADS  capture uploads a session may take, retakes included (default 40)
 *   VERILOCK_SESSION_MAX_BYTES    bytes of images a session may keep at once (default 64 MiB)
 *   VERILOCK_TRUST_PROXY      reverse proxies whose X-Forwarded-For gives the client address for the
 *                             per-address limits: a hop count or a list of addresses / CIDR ranges
 *                             (default off: the socket's peer, X-Forwarded-For ignored)
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCaptureKey } from './capture-crypto.js';
import { parseTrustProxy, type TrustProxy } from './client-address.js';

/** Root of the project (two levels above this file). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEV_KEY_FILE = 'dev-api-key';
export const WEBHOOK_SECRET_FILE = 'webhook-secret';

export interface RateLimitConfig {
  /** Length of the fixed window in milliseconds. */
  windowMs: number;
  /** Requests per window and API key on the server API. */
  perApiKey: number;
  /** Requests per window and session token on the flow API. */
  perToken: number;
  /** Handoff links a session may create per window (default 5). */
  handoffsPerSession?: number;
  /** Refused API keys or session tokens per window and client address before 429 (default 30). */
  authFailuresPerIp?: number;
}

export interface CaptureLimits {
  /** AES-256-GCM key for capture files at rest (`VERILOCK_CAPTURE_KEY`); null → plain files. */
  key: Buffer | null;
  /** Pixel limit (width × height) of an uploaded image. */
  maxImagePixels: number;
  /** Capture uploads a session may take, retakes included. */
  maxUploadsPerSession: number;
  /** Bytes of stored images a session may hold at once. */
  maxBytesPerSession: number;
  /** Uploads of one token in flight at once. */
  uploadsPerToken: number;
}

export interface Config {
  /** Production mode (`NODE_ENV=production` or `VERILOCK_ENV=production`): no demo pages, demo sessions or dev conveniences. */
  production: boolean;
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  apiKeys: string[];
  /** Where the API keys came from: the environment, or the generated dev key in the data dir. */
  apiKeySource: 'env' | 'dev';
  webhookSecret: string;
  /** Sources for the hosted page's `frame-ancestors` directive. */
  frameAncestors: string;
  /** Port of the second listener that serves only the demo pages (another origin); null when off. */
  demoEmbedPort: number | null;
  /** Origin of that listener (`http://HOST:DEMO_EMBED_PORT`); null when off. */
  demoEmbedOrigin: string | null;
  /** Built widget assets served at /sdk/. */
  sdkDir: string;
  /** Demo pages served at /demo/. */
  pagesDir: string;
  /** Stylesheet of the hosted page, served at /sdk/hosted.css. */
  hostedCssFile: string;
  /** Body limit for JSON requests (bytes). */
  jsonBodyLimit: number;
  /** Upper bound for a whole multipart upload (bytes), whatever the profile allows per file. */
  uploadBodyLimit: number;
  rateLimit: RateLimitConfig;
  /** Proxies whose `X-Forwarded-For` names the client (`VERILOCK_TRUST_PROXY`); off by default. */
  trustProxy: TrustProxy;
  /** Capture uploads: encryption key, pixel limit, per-session quota, uploads in flight per token. */
  captures: CaptureLimits;
  /** First retry delay of a failed webhook delivery; doubles each attempt. */
  webhookBaseDelayMs: number;
  webhookMaxAttempts: number;
  webhookTimeoutMs: number;
  /** Days after which a finished session's captures and personal data are deleted; null keeps them. */
  retentionDays: number | null;
  /** How often the retention policy runs (it also runs at start). */
  retentionIntervalMs: number;
  /** Clock in epoch milliseconds (injectable for tests). */
  now: () => number;
  /** Log sink for one redacted line per request / error. */
  log: (line: string) => void;
}

function readOrCreateSecret(dataDir: string, file: string, make: () => string): string {
  const path = join(dataDir, file);
  if (existsSync(path)) {
    const value = readFileSync(path, 'utf8').trim();
    if (value) return value;
  }
  const value = make();
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, value + '\n', { mode: 0o600 });
  renameSync(tmp, path);
  try {
    chmodSync(path, 0o600);
  } catch {
    /* best effort on file systems without modes */
  }
  return value;
}

/** A fresh dev API key (192 random bits). */
export function generateApiKey(): string {
  return `vlk_dev_${randomBytes(24).toString('base64url')}`;
}

/** The dev key stored in a data dir, or null when none was generated yet. */
export function readDevKey(dataDir: string): string | null {
  const path = join(dataDir, DEV_KEY_FILE);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').trim() || null;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

/**
 * Builds the configuration from environment variables, then applies `overrides` (tests use them for
 * the clock, the webhook backoff and rate limits). Creates the data dir and, when needed, the dev key
 * and the webhook secret inside it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = overrides.port ?? intFrom(env.PORT, 8787, 'PORT');
  const host = overrides.host ?? (env.HOST || '127.0.0.1');
  const dataDir = resolve(overrides.dataDir ?? (env.VERILOCK_DATA_DIR || './data'));
  mkdirSync(dataDir, { recursive: true });

  const linkHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const publicUrl = (overrides.publicUrl ?? (env.PUBLIC_URL || `http://${linkHost}:${port}`)).replace(/\/+$/, '');

  let apiKeys = overrides.apiKeys;
  let apiKeySource: Config['apiKeySource'] = overrides.apiKeySource ?? 'env';
  if (!apiKeys) {
    const fromEnv = (env.VERILOCK_API_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    if (fromEnv.length > 0) {
      apiKeys = fromEnv;
      apiKeySource = 'env';
    } else {
      apiKeys = [readOrCreateSecret(dataDir, DEV_KEY_FILE, generateApiKey)];
      apiKeySource = 'dev';
    }
  }

  const webhookSecret =
    overrides.webhookSecret ??
    (env.VERILOCK_WEBHOOK_SECRET ||
      readOrCreateSecret(dataDir, WEBHOOK_SECRET_FILE, () => `whsec_${randomBytes(32).toString('base64url')}`));

  const production = overrides.production ?? (env.NODE_ENV === 'production' || env.VERILOCK_ENV === 'production');

  // Production mode has no demo origin at all.
  const embedPort = production
    ? null
    : overrides.demoEmbedPort !== undefined
      ? overrides.demoEmbedPort
      : intFrom(env.DEMO_EMBED_PORT, port > 0 && port < 65535 ? port + 1 : 0, 'DEMO_EMBED_PORT');
  const demoEmbedPort = embedPort && embedPort !== port ? embedPort : null;
  const demoEmbedOrigin = demoEmbedPort ? `http://${linkHost}:${demoEmbedPort}` : null;
  const defaultAncestors = demoEmbedOrigin ? `'self' ${demoEmbedOrigin}` : "'self'";
  const frameAncestors = overrides.frameAncestors ?? (env.VERILOCK_FRAME_ANCESTORS?.trim() || defaultAncestors);
  if (/[;,\r\n]/.test(frameAncestors)) throw new Error('VERILOCK_FRAME_ANCESTORS must be space-separated sources');

  return {
    production,
    port,
    host,
    publicUrl,
    dataDir,
    apiKeys,
    apiKeySource,
    webhookSecret,
    frameAncestors,
    demoEmbedPort,
    demoEmbedOrigin,
    sdkDir: overrides.sdkDir ?? join(PROJECT_ROOT, 'dist', 'hosted'),
    pagesDir: overrides.pagesDir ?? join(PROJECT_ROOT, 'demo', 'pages'),
    hostedCssFile: overrides.hostedCssFile ?? join(PROJECT_ROOT, 'demo', 'server', 'hosted.css'),
    jsonBodyLimit: overrides.jsonBodyLimit ?? 64 * 1024,
    uploadBodyLimit: overrides.uploadBodyLimit ?? 96 * 1024 * 1024,
    rateLimit: overrides.rateLimit ?? { windowMs: 60_000, perApiKey: 600, perToken: 300 },
    trustProxy: overrides.trustProxy ?? parseTrustProxy(env.VERILOCK_TRUST_PROXY),
    captures: overrides.captures ?? {
      key: env.VERILOCK_CAPTURE_KEY ? parseCaptureKey(env.VERILOCK_CAPTURE_KEY) : null,
      maxImagePixels: intFrom(env.VERILOCK_MAX_IMAGE_PIXELS, 40_000_000, 'VERILOCK_MAX_IMAGE_PIXELS'),
      maxUploadsPerSession: intFrom(env.VERILOCK_SESSION_MAX_UPLOADS, 40, 'VERILOCK_SESSION_MAX_UPLOADS'),
      maxBytesPerSession: intFrom(env.VERILOCK_SESSION_MAX_BYTES, 64 * 1024 * 1024, 'VERILOCK_SESSION_MAX_BYTES'),
      uploadsPerToken: 2,
    },
    webhookBaseDelayMs: overrides.webhookBaseDelayMs ?? 2_000,
    webhookMaxAttempts: overrides.webhookMaxAttempts ?? 8,
    webhookTimeoutMs: overrides.webhookTimeoutMs ?? 5_000,
    retentionDays:
      overrides.retentionDays !== undefined
        ? overrides.retentionDays
        : intFrom(env.VERILOCK_RETENTION_DAYS, 0, 'VERILOCK_RETENTION_DAYS') || null,
    retentionIntervalMs: overrides.retentionIntervalMs ?? 60 * 60 * 1000,
    now: overrides.now ?? Date.now,
    log: overrides.log ?? ((line) => console.log(line)),
  };
}
