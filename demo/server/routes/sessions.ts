/**
 * The session API (API key): create, list and read sessions, decide on a submitted one, list profiles.
 */
import type { Hono } from 'hono';
import { DecisionRequest, ListSessionsQuery, parseCreateSessionRequest } from '../../../src/api/schemas.js';
import { ApiError, validationFailed } from '../errors.js';
import { checkedLocale } from '../locales.js';
import type { Auth } from '../middleware/auth.js';
import { jsonLimit, readJson } from '../middleware/request.js';
import { listScope, visibleSession } from '../sessions/visibility.js';
import { refusedWebhookUrl } from '../webhook-target.js';
import type { Deps, Env } from './env.js';

export function sessionRoutes(app: Hono<Env>, auth: Auth, { config, sessions }: Deps): void {
  app.use('/api/v1/sessions', auth.apiKey);
  app.use('/api/v1/sessions/*', auth.apiKey);
  app.use('/api/v1/profiles', auth.apiKey);
  const limit = jsonLimit(config);

  app.post('/api/v1/sessions', limit, async (c) => {
    const parsed = parseCreateSessionRequest(await readJson(c));
    if (!parsed.success) throw validationFailed(parsed.error);
    const hookRefused = parsed.data.webhook_url && refusedWebhookUrl(parsed.data.webhook_url, config);
    if (hookRefused) {
      throw new ApiError(400, 'validation_failed', 'The request is invalid.', [
        { path: 'webhook_url', message: `webhook_url ${hookRefused}` },
      ]);
    }
    if (parsed.data.locale !== undefined) parsed.data.locale = checkedLocale(parsed.data.locale);
    return c.json(sessions.create(parsed.data, c.get('apiKeyId')), 201);
  });

  app.get('/api/v1/sessions', (c) => {
    const parsed = ListSessionsQuery.safeParse(c.req.query());
    if (!parsed.success) throw validationFailed(parsed.error, [], 'The query is invalid.');
    return c.json(sessions.list(parsed.data, listScope(config, c.get('apiKeyId'))));
  });

  app.get('/api/v1/sessions/:id', (c) =>
    c.json(sessions.detail(visibleSession(sessions, config, c.req.param('id'), c.get('apiKeyId')))),
  );

  app.post('/api/v1/sessions/:id/decision', limit, async (c) => {
    const row = visibleSession(sessions, config, c.req.param('id'), c.get('apiKeyId'));
    const parsed = DecisionRequest.safeParse(await readJson(c));
    if (!parsed.success) throw validationFailed(parsed.error);
    return c.json(sessions.decide(row, parsed.data));
  });

  app.get('/api/v1/profiles', (c) => c.json({ data: sessions.profiles.list() }));
}
