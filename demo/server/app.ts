/**
 * The reference backend of Verilock Flow as a Hono app: the seed session API (API key), the flow
 * API the widget calls (session token), the hosted page, static assets and health.
 *
 * Hono gives us routing, CORS, body limits and multipart parsing; better-sqlite3 the storage.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { config as zodConfig, locales as zodLocales } from 'zod';
import { $ZodError } from 'zod/v4/core';
import {
  DecisionRequest,
  FlowCompleteRequest,
  HandoffRequest,
  ListSessionsQuery,
  ProgressReport,
  type Device,
  parseCreateSessionRequest,
} from '../../src/api/schemas.js';
import type { Config } from './config.js';
import { openDb, sha256Hex, type DB, type SessionRow } from './db.js';
import { ApiError, errors, validationFailed, type ErrorStatus } from './errors.js';
import { registerDemoPages } from './demo-pages.js';
import { RetentionWorker, secureDataDir, sweepOrphans } from './retention.js';
import { FixedWindowLimiter } from './rate-limit.js';
import { failingChecks } from './health.js';
import { apiKeyId, listScope, registerReviewApi, registerReviewPage, sessionNotFound, visibleTo } from './review.js';
import { SessionService, TOKEN_PATTERN } from './service.js';
import {
  fileResponse,
  hostedPageHeaders,
  hostedPageHtml,
  hostedScripts,
  hostedCssName,
  sdkCacheControl,
  resolveStatic,
} from './static.js';
import { CaptureUploads } from './captures.js';
import { CaptureStore } from './storage.js';
import { refusedWebhookUrl, webhookTarget } from './webhook-target.js';
import { WebhookWorker } from './webhooks.js';
import { brokenVerifyLink, registerHandoffRoutes } from './link-routes.js';
import { lockDataDir } from './data-dir-lock.js';
import { busyError, isSqliteBusy, replayWhenBusy } from './sqlite-busy.js';

// The shared schemas are zod/mini, which carries no messages: the server answers in English.
zodConfig(zodLocales.en());

type Env = {
  Variables: { session: SessionRow; device: Device; tokenHash: string; requestId: string; apiKeyId: string };
};

export interface VerilockApp {
  app: Hono<Env>;
  config: Config;
  db: DB;
  service: SessionService;
  webhooks: WebhookWorker;
  /** Stops the webhook worker and closes the database. */
  close(): Promise<void>;
}

/** Known routes and their methods, for 405 replies. */
const ROUTES: [RegExp, string[]][] = [
  [/^\/$/, ['GET']],
  [/^\/healthz$/, ['GET']],
  [/^\/api\/v1\/sessions$/, ['GET', 'POST']],
  [/^\/api\/v1\/sessions\/[^/]+$/, ['GET']],
  [/^\/api\/v1\/sessions\/[^/]+\/decision$/, ['POST']],
  [/^\/api\/v1\/sessions\/[^/]+\/captures$/, ['GET']],
  [/^\/api\/v1\/captures\/[^/]+$/, ['GET']],
  [/^\/api\/v1\/profiles$/, ['GET']],
  [/^\/api\/v1\/flow\/session$/, ['GET']],
  [/^\/api\/v1\/flow\/(captures|complete|handoff)$/, ['POST']],
  [/^\/api\/v1\/flow\/progress$/, ['GET', 'POST']],
  [/^\/verify\/[^/]+$/, ['GET']],
  [/^\/review(\/[^/]*)?$/, ['GET']],
  [/^\/handoff\/[^/]+$/, ['GET', 'POST']],
  [/^\/(sdk|demo)\/.+$/, ['GET']],
];

const SAFE_QUERY_KEYS = new Set(['page', 'per_page', 'status', 'from', 'to']);

/** Path and query as they may appear in logs: tokens and unknown query values redacted. */
export function redactUrl(url: URL): string {
  let path = url.pathname.replace(/^\/(verify|handoff)\/[^/]*/, '/$1/[redacted]');
  path = redactText(path);
  const params = [...url.searchParams.entries()].map(([k, v]) =>
    SAFE_QUERY_KEYS.has(k) ? `${k}=${encodeURIComponent(v)}` : `${encodeURIComponent(k)}=[redacted]`,
  );
  return params.length ? `${path}?${params.join('&')}` : path;
}

/** Removes session tokens, API keys and bearer credentials from free text. */
export function redactText(text: string, secrets: string[] = []): string {
  let out = text
    .replace(/vft_[A-Za-z0-9_-]+/g, 'vft_[redacted]')
    .replace(/vlk_[A-Za-z0-9_-]+/g, 'vlk_[redacted]')
    .replace(/Bearer\s+\S+/gi, 'Bearer [redacted]');
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join('[redacted]');
  return out;
}

/** The caller's address as the socket saw it (the reference server is not behind a proxy). */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

function errorResponse(c: Context, err: ApiError): Response {
  return c.json(err.body(), err.status, err.headers);
}

function bearer(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return m ? m[1]! : null;
}

/**
 * The second listener of the reference backend (`DEMO_EMBED_PORT`): only the demo pages, so that the
 * iframe demo runs on a genuinely different origin from the hosted page it frames.
 */
export function createDemoOnlyApp(config: Config): Hono {
  if (config.production) throw new Error('There is no demo origin in production mode.');
  const demo = new Hono();
  demo.get('/', (c) => c.redirect('/demo/index.html'));
  registerDemoPages(demo, config, false);
  demo.notFound((c) => c.json(errors.notFound('This origin serves only the demo pages under /demo/.').body(), 404));
  demo.onError((err, c) => (err instanceof ApiError ? errorResponse(c, err) : c.json(errors.server().body(), 500)));
  return demo;
}

export function createApp(config: Config): VerilockApp {
  secureDataDir(config.dataDir);
  const unlock = lockDataDir(config.dataDir);
  let db: DB;
  try {
    db = openDb(config.dataDir);
  } catch (err) {
    unlock();
    throw err;
  }
  const store = new CaptureStore(config.dataDir, config.captures.key);
  const orphans = sweepOrphans(db, store.dir);
  if (orphans > 0) config.log(`retention: ${orphans} orphan capture files deleted at start`);
  const webhooks = new WebhookWorker(db, {
    target: webhookTarget({ production: config.production }),
    secret: config.webhookSecret,
    baseDelayMs: config.webhookBaseDelayMs,
    maxAttempts: config.webhookMaxAttempts,
    timeoutMs: config.webhookTimeoutMs,
    log: (line) => config.log(redactText(line, config.apiKeys)),
  });
  const service = new SessionService(db, config, store, webhooks);
  const captures = new CaptureUploads(db, config, store, service);
  const limiter = new FixedWindowLimiter(config.rateLimit.windowMs, config.now);
  const keyHashes = config.apiKeys.map((k) => createHash('sha256').update(k).digest());
  const keyIds = config.apiKeys.map(apiKeyId);
  const app = new Hono<Env>();
  const log = (line: string) => config.log(redactText(line, config.apiKeys));

  /** Index of the matching API key, compared in constant time against every key; -1 when none. */
  function matchApiKey(presented: string): number {
    const h = createHash('sha256').update(presented).digest();
    let found = -1;
    keyHashes.forEach((k, i) => {
      if (timingSafeEqual(h, k) && found === -1) found = i;
    });
    return found;
  }

  async function readJson(c: Context, allowEmpty = false): Promise<unknown> {
    const text = await c.req.text();
    if (allowEmpty && text.trim() === '') return {};
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') throw errors.unsupportedMediaType('Send the body as application/json.');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw errors.invalidJson();
    }
  }

  const jsonLimit = bodyLimit({
    maxSize: config.jsonBodyLimit,
    onError: () => {
      throw errors.payloadTooLarge(`JSON bodies are limited to ${config.jsonBodyLimit} bytes.`);
    },
  });

  // -------------------------------------------------------------------------------------------
  // Cross-cutting: request id, redacted request log, API headers
  // -------------------------------------------------------------------------------------------

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID().slice(0, 8);
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const ms = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${redactUrl(new URL(c.req.url))} ${c.res.status} ${ms}ms req=${requestId}`);
  });

  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });

  // -------------------------------------------------------------------------------------------
  // Seed API (API key)
  // -------------------------------------------------------------------------------------------

  /**
   * A refused credential counts against the caller's address: past `authFailuresPerIp` in a window,
   * further guesses from it get 429 instead of another try (keys and tokens can't be brute-forced).
   */
  const refuse = (c: Context<Env>, error: ApiError): never => {
    const retry = limiter.hit(`authfail:${clientAddress(c)}`, config.rateLimit.authFailuresPerIp ?? 30);
    throw retry !== null ? errors.rateLimited(retry) : error;
  };

  const apiKeyAuth = async (c: Context<Env>, next: () => Promise<void>) => {
    const presented = c.req.header('X-API-Key') || bearer(c.req.header('Authorization'));
    if (!presented) return refuse(c, errors.unauthorized());
    const index = matchApiKey(presented);
    if (index === -1) return refuse(c, errors.unauthorized());
    const retry = limiter.hit(`key:${index}`, config.rateLimit.perApiKey);
    if (retry !== null) throw errors.rateLimited(retry);
    c.set('apiKeyId', keyIds[index]!);
    await next();
  };
  app.use('/api/v1/sessions', apiKeyAuth);
  app.use('/api/v1/sessions/*', apiKeyAuth);
  app.use('/api/v1/captures/*', apiKeyAuth);
  app.use('/api/v1/profiles', apiKeyAuth);

  app.post('/api/v1/sessions', jsonLimit, async (c) => {
    const body = await readJson(c);
    const parsed = parseCreateSessionRequest(body);
    if (!parsed.success) throw validationFailed(parsed.error);
    const hookRefused = parsed.data.webhook_url && refusedWebhookUrl(parsed.data.webhook_url, config);
    if (hookRefused) {
      throw new ApiError(400, 'validation_failed', 'The request is invalid.', [
        { path: 'webhook_url', message: `webhook_url ${hookRefused}` },
      ]);
    }
    return c.json(service.create(parsed.data, c.get('apiKeyId')), 201);
  });

  app.get('/api/v1/sessions', (c) => {
    const parsed = ListSessionsQuery.safeParse(c.req.query());
    if (!parsed.success) throw validationFailed(parsed.error, [], 'The query is invalid.');
    return c.json(service.list(parsed.data, listScope(config, c.get('apiKeyId'))));
  });

  /** The session, when the request's API key may see it (its own in production mode). */
  const sessionOr404 = (c: Context<Env>, id: string): SessionRow => {
    const row = service.byId(id);
    if (!row || !visibleTo(config, row, c.get('apiKeyId'))) throw sessionNotFound();
    return row;
  };

  app.get('/api/v1/sessions/:id', (c) => c.json(service.detail(sessionOr404(c, c.req.param('id')))));

  app.post('/api/v1/sessions/:id/decision', jsonLimit, async (c) => {
    const row = sessionOr404(c, c.req.param('id'));
    const parsed = DecisionRequest.safeParse(await readJson(c));
    if (!parsed.success) throw validationFailed(parsed.error);
    return c.json(service.decide(row, parsed.data));
  });

  app.get('/api/v1/profiles', (c) => c.json({ data: service.listProfiles() }));

  registerReviewApi(app, { config, db, service, store, keyIdOf: (c) => (c as Context<Env>).get('apiKeyId') });

  // -------------------------------------------------------------------------------------------
  // Flow API (session token). Any origin may call it (the element can be embedded on customer
  // sites with api-base pointing here); no cookies are involved, so no credentials.
  // -------------------------------------------------------------------------------------------

  app.use(
    '/api/v1/flow/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
      exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'X-Request-Id'],
      maxAge: 600,
      credentials: false,
    }),
  );

  app.use('/api/v1/flow/*', async (c, next) => {
    const token = bearer(c.req.header('Authorization'));
    if (!token || !TOKEN_PATTERN.test(token)) return refuse(c, errors.tokenInvalid());
    const retry = limiter.hit(`tok:${sha256Hex(token)}`, config.rateLimit.perToken);
    if (retry !== null) throw errors.rateLimited(retry);
    const resolved = service.resolveToken(token);
    if (!resolved) return refuse(c, errors.tokenInvalid());
    if (service.isExpired(resolved.row)) throw errors.tokenExpired();
    c.set('session', resolved.row);
    c.set('device', resolved.device);
    c.set('tokenHash', resolved.tokenHash);
    await next();
  });

  app.get('/api/v1/flow/session', (c) => c.json(service.flowSession(c.get('session'), c.get('device'))));

  // Cross-device handoff: a one-time link for a phone, and the progress the waiting device polls.
  app.post('/api/v1/flow/handoff', jsonLimit, async (c) => {
    const parsed = HandoffRequest.safeParse(await readJson(c, true));
    if (!parsed.success) throw validationFailed(parsed.error);
    const row = c.get('session');
    const retry = limiter.hit(`handoff:${row.id}`, config.rateLimit.handoffsPerSession ?? 5);
    if (retry !== null) throw errors.rateLimited(retry);
    return c.json(service.createHandoff(row, c.get('device')), 201);
  });

  app.get('/api/v1/flow/progress', (c) => c.json(service.progress(c.get('session'))));

  app.post('/api/v1/flow/progress', jsonLimit, async (c) => {
    const parsed = ProgressReport.safeParse(await readJson(c));
    if (!parsed.success) throw validationFailed(parsed.error);
    return c.json(service.reportStep(c.get('session'), c.get('device'), c.get('tokenHash'), parsed.data.step));
  });

  app.post('/api/v1/flow/captures', async (c) => {
    const who = { row: c.get('session'), device: c.get('device'), tokenHash: c.get('tokenHash') };
    const reply = await captures.upload(who, c.req.raw);
    return c.body(reply.body, reply.status as 201, reply.headers);
  });

  app.post('/api/v1/flow/complete', jsonLimit, async (c) => {
    const parsed = FlowCompleteRequest.safeParse(await readJson(c, true));
    if (!parsed.success) throw validationFailed(parsed.error);
    return c.json(service.complete(c.get('session')));
  });

  // -------------------------------------------------------------------------------------------
  // Hosted page, assets, demo pages, health
  // -------------------------------------------------------------------------------------------

  app.get('/verify/:token', (c) => {
    const token = c.req.param('token');
    // A link that isn't live (garbled, cut short, unknown, expired, finished) gets the HTML error screen.
    const { row, response } = brokenVerifyLink(service, token, c.req.header('Accept-Language'));
    if (response) return response;
    return c.body(
      hostedPageHtml(token, service.parentOrigins(row), hostedScripts(config.sdkDir, config.hostedCssFile)),
      200,
      hostedPageHeaders(service.frameAncestorSources(row).join(' ')),
    );
  });

  registerHandoffRoutes(app, service);

  registerReviewPage(app);

  // The hosted page links its stylesheet by a content-hashed name (immutable); the plain name revalidates.
  app.get('/sdk/:name{hosted(?:-[A-Za-z0-9_-]{8})?\\.css}', (c) => {
    const name = c.req.param('name');
    if (!existsSync(config.hostedCssFile)) throw errors.notFound();
    if (name === 'hosted.css') return fileResponse(config.hostedCssFile, 'no-cache', {}, c.req.raw);
    if (name !== hostedCssName(config.hostedCssFile)) throw errors.notFound('No such asset.');
    return fileResponse(config.hostedCssFile, sdkCacheControl(name), {}, c.req.raw);
  });

  // The SDK travels compressed: the build's brotli / gzip siblings when there are some (the MediaPipe wasm
  // goes from 11 MB to 2.3 MB on the wire), else gzip on the fly.
  app.use('/sdk/*', compress({ encoding: 'gzip', threshold: 1024 }));
  app.get('/sdk/*', (c) => {
    const rel = c.req.path.slice('/sdk/'.length);
    const path = resolveStatic(config.sdkDir, rel);
    if (!path) throw errors.notFound('No such asset.');
    // The SDK is public code meant for customers' pages on other origins (the loader, and the element
    // with its chunks, MediaPipe wasm and models, which module scripts and fetch() load with CORS).
    // No credentials are ever involved.
    return fileResponse(
      path,
      sdkCacheControl(path),
      { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' },
      c.req.raw,
      { precompressed: true },
    );
  });

  if (!config.production) registerDemoPages(app, config);

  app.get('/healthz', async (c) => {
    const failing = await failingChecks(db, store.dir);
    const headers = { 'Cache-Control': 'no-store' };
    return failing.length
      ? c.json({ status: 'unavailable', failing }, 503, headers)
      : c.json({ status: 'ok' }, 200, headers);
  });

  // -------------------------------------------------------------------------------------------
  // 404 / 405 / errors
  // -------------------------------------------------------------------------------------------

  app.notFound((c) => {
    const path = c.req.path;
    const route = ROUTES.find(([re]) => re.test(path));
    if (route && !route[1].includes(c.req.method)) {
      const allow = route[1].includes('GET') ? [...route[1], 'HEAD'] : route[1];
      return c.json(new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here.`).body(), 405, {
        Allow: allow.join(', '),
      });
    }
    return errorResponse(c, errors.notFound('No such endpoint.'));
  });

  app.onError(async (err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (isSqliteBusy(err))
      return (await replayWhenBusy(c, (r) => app.fetch(r, c.env))) ?? errorResponse(c, busyError());
    if (err instanceof HTTPException) {
      const status = err.status as ErrorStatus;
      const code = status === 413 ? 'payload_too_large' : status === 400 ? 'bad_request' : 'http_error';
      return errorResponse(c, new ApiError(status, code, err.message || 'The request could not be handled.'));
    }
    if (err instanceof $ZodError) return errorResponse(c, validationFailed(err));
    const name = err instanceof Error ? err.name : 'Error';
    const message = err instanceof Error ? err.message : String(err);
    log(`error req=${c.get('requestId') ?? '-'} ${c.req.method} ${redactUrl(new URL(c.req.url))}: ${name}: ${message}`);
    return errorResponse(c, errors.server());
  });

  webhooks.start();
  const retention = new RetentionWorker(db, store.dir, {
    days: config.retentionDays,
    intervalMs: config.retentionIntervalMs,
    now: config.now,
    expireDue: () => service.expireDue(),
    log,
  });
  retention.start();

  let closed = false;
  return {
    app,
    config,
    db,
    service,
    webhooks,
    async close() {
      if (closed) return;
      closed = true;
      retention.close();
      await webhooks.close();
      db.close();
      unlock();
    },
  };
}
