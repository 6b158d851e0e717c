/**
 * The reference backend of Verilock Flow as a Hono app, composed of layers:
 *  - middleware/ — request id and log, JSON bodies (request.ts); API keys and session tokens (auth.ts);
 *  - routes/ — one module per API family: sessions (API key), flow (session token), review, handoff
 *    links, hosted page and assets, health; fallback.ts answers 404/405 (from the registered routes) and errors;
 *  - sessions/ and captures/ — the services, the repository and the pure rules they use.
 *
 * Hono gives us routing, CORS, body limits and multipart parsing; better-sqlite3 the storage.
 */
import { Hono } from 'hono';
import { config as zodConfig, locales as zodLocales } from 'zod';
import { CaptureService } from './captures/service.js';
import type { Config } from './config.js';
import { lockDataDir } from './data-dir-lock.js';
import { openDb, type DB } from './db.js';
import { registerDemoPages } from './demo-pages.js';
import { ApiError, errors } from './errors.js';
import { createAuth } from './middleware/auth.js';
import { redactText, useRequestBasics } from './middleware/request.js';
import { FixedWindowLimiter } from './rate-limit.js';
import { RetentionWorker, secureDataDir, sweepOrphans } from './retention.js';
import type { Deps, Env } from './routes/env.js';
import { fallbackRoutes } from './routes/fallback.js';
import { flowRoutes } from './routes/flow.js';
import { handoffRoutes } from './routes/handoff.js';
import { healthRoutes } from './routes/health.js';
import { hostedRoutes } from './routes/hosted.js';
import { reviewPageRoutes, reviewRoutes } from './routes/review.js';
import { sessionRoutes } from './routes/sessions.js';
import { HandoffService } from './sessions/handoff.js';
import { Profiles } from './sessions/profiles.js';
import { SessionService } from './sessions/service.js';
import { CaptureStore } from './storage.js';
import { webhookTarget } from './webhook-target.js';
import { WebhookWorker } from './webhooks.js';

// The shared schemas are zod/mini, which carries no messages: the server answers in English.
zodConfig(zodLocales.en());

export interface VerilockApp {
  app: Hono<Env>;
  config: Config;
  db: DB;
  service: SessionService;
  handoffs: HandoffService;
  webhooks: WebhookWorker;
  /** Stops the webhook worker and closes the database. */
  close(): Promise<void>;
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
  demo.onError((err, c) => {
    const e = err instanceof ApiError ? err : errors.server();
    return c.json(e.body(), e.status, e.headers);
  });
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
  const log = (line: string) => config.log(redactText(line, config.apiKeys));
  const store = new CaptureStore(config.dataDir, config.captures.key);
  const orphans = sweepOrphans(db, store.dir);
  if (orphans > 0) config.log(`retention: ${orphans} orphan capture files deleted at start`);
  const webhooks = new WebhookWorker(db, {
    target: webhookTarget({ production: config.production }),
    secret: config.webhookSecret,
    baseDelayMs: config.webhookBaseDelayMs,
    maxAttempts: config.webhookMaxAttempts,
    timeoutMs: config.webhookTimeoutMs,
    log,
  });
  const sessions = new SessionService(db, config, new Profiles(db, config), webhooks);
  const deps: Deps = {
    config,
    db,
    store,
    sessions,
    handoffs: new HandoffService(db, config, sessions),
    captures: new CaptureService(db, config, store, sessions),
    limiter: new FixedWindowLimiter(config.rateLimit.windowMs, config.now),
    log,
  };
  const auth = createAuth(config, deps.limiter, sessions);

  const app = new Hono<Env>();
  useRequestBasics(app, log);
  sessionRoutes(app, auth, deps);
  reviewRoutes(app, auth, deps);
  flowRoutes(app, auth, deps);
  hostedRoutes(app, deps);
  handoffRoutes(app, deps);
  reviewPageRoutes(app);
  healthRoutes(app, deps);
  fallbackRoutes(app, log);

  webhooks.start();
  const retention = new RetentionWorker(db, store.dir, {
    days: config.retentionDays,
    intervalMs: config.retentionIntervalMs,
    now: config.now,
    expireDue: () => sessions.expireDue(),
    log,
  });
  retention.start();

  let closed = false;
  return {
    app,
    config,
    db,
    service: sessions,
    handoffs: deps.handoffs,
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
