/**
 * What no route answers: 405 with `Allow` when the path is served with other methods, else 404; and
 * the error replies. The methods of a path come from the routes the app registered (`app.routes`), so
 * a new route needs no table kept by hand.
 */
import type { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { TrieRouter } from 'hono/router/trie-router';
import { $ZodError } from 'zod/v4/core';
import { ApiError, errors, validationFailed, type ErrorStatus } from '../errors.js';
import { redactUrl } from '../middleware/request.js';
import { busyError, isSqliteBusy, replayWhenBusy } from '../sqlite-busy.js';
import type { Env } from './env.js';

/** Methods registered for a path, from the app's routes (middleware, registered for every method, left out). */
export function allowedMethods(app: Hono<Env>): (path: string) => string[] {
  const router = new TrieRouter<string>();
  const methods: string[] = [];
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    router.add(route.method, route.path, route.method);
    if (!methods.includes(route.method)) methods.push(route.method);
  }
  return (path) => {
    const allowed = methods.filter((m) => router.match(m, path)[0].length > 0);
    // Every GET route answers HEAD too.
    return allowed.includes('GET') && !allowed.includes('HEAD') ? [...allowed, 'HEAD'] : allowed;
  };
}

/** Registers the 404 / 405 reply and the error handler; call it after every route is registered. */
export function fallbackRoutes(app: Hono<Env>, log: (line: string) => void): void {
  const allowed = allowedMethods(app);
  const reply = (c: Parameters<Parameters<typeof app.notFound>[0]>[0], err: ApiError) =>
    c.json(err.body(), err.status, err.headers);

  app.notFound((c) => {
    const allow = allowed(c.req.path);
    if (allow.length > 0 && !allow.includes(c.req.method)) {
      return c.json(new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here.`).body(), 405, {
        Allow: allow.join(', '),
      });
    }
    return reply(c, errors.notFound('No such endpoint.'));
  });

  app.onError(async (err, c) => {
    if (err instanceof ApiError) return reply(c, err);
    if (isSqliteBusy(err)) return (await replayWhenBusy(c, (r) => app.fetch(r, c.env))) ?? reply(c, busyError());
    if (err instanceof HTTPException) {
      const status = err.status as ErrorStatus;
      const code = status === 413 ? 'payload_too_large' : status === 400 ? 'bad_request' : 'http_error';
      return reply(c, new ApiError(status, code, err.message || 'The request could not be handled.'));
    }
    if (err instanceof $ZodError) return reply(c, validationFailed(err));
    const name = err instanceof Error ? err.name : 'Error';
    const message = err instanceof Error ? err.message : String(err);
    log(`error req=${c.get('requestId') ?? '-'} ${c.req.method} ${redactUrl(new URL(c.req.url))}: ${name}: ${message}`);
    return reply(c, errors.server());
  });
}
