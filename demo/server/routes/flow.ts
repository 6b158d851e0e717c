/**
 * The flow API the widget calls (session token). Any origin may call it (the element can be embedded
 * on customer sites with api-base pointing here); no cookies are involved, so no credentials.
 */
import type { Hono } from 'hono';
import { cors } from 'hono/cors';
import { FlowCompleteRequest, HandoffRequest, ProgressReport } from '../../../src/api/schemas.js';
import { errors, validationFailed } from '../errors.js';
import { checkedLocale } from '../locales.js';
import type { Auth } from '../middleware/auth.js';
import { jsonLimit, readJson } from '../middleware/request.js';
import type { Deps, Env } from './env.js';

export function flowRoutes(app: Hono<Env>, auth: Auth, { config, sessions, handoffs, captures, limiter }: Deps): void {
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
  app.use('/api/v1/flow/*', auth.sessionToken);
  const limit = jsonLimit(config);

  app.get('/api/v1/flow/session', (c) =>
    c.json(sessions.flowSession(c.get('session'), c.get('device'), c.get('tokenHash'))),
  );

  // Cross-device handoff: a one-time link for a phone, and the progress the waiting device polls.
  app.post('/api/v1/flow/handoff', limit, async (c) => {
    const parsed = HandoffRequest.safeParse(await readJson(c, true));
    if (!parsed.success) throw validationFailed(parsed.error);
    const row = c.get('session');
    const retry = limiter.hit(`handoff:${row.id}`, config.rateLimit.handoffsPerSession ?? 5);
    if (retry !== null) throw errors.rateLimited(retry);
    // A language the widget does not ship is refused (400 on `locale`), never stored or sent back.
    const locale = parsed.data.locale === undefined ? null : checkedLocale(parsed.data.locale);
    return c.json(handoffs.create(row, c.get('device'), locale), 201);
  });

  app.get('/api/v1/flow/progress', (c) => c.json(handoffs.progress(c.get('session'))));

  app.post('/api/v1/flow/progress', limit, async (c) => {
    const parsed = ProgressReport.safeParse(await readJson(c));
    if (!parsed.success) throw validationFailed(parsed.error);
    return c.json(handoffs.reportStep(c.get('session'), c.get('device'), c.get('tokenHash'), parsed.data.step));
  });

  app.post('/api/v1/flow/captures', async (c) => {
    const who = { row: c.get('session'), device: c.get('device'), tokenHash: c.get('tokenHash') };
    const reply = await captures.upload(who, c.req.raw);
    return c.body(reply.body, reply.status as 201, reply.headers);
  });

  app.post('/api/v1/flow/complete', limit, async (c) => {
    const parsed = FlowCompleteRequest.safeParse(await readJson(c, true));
    if (!parsed.success) throw validationFailed(parsed.error);
    return c.json(sessions.complete(c.get('session')));
  });
}
