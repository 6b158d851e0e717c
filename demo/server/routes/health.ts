/** `GET /healthz`: 200 `{"status":"ok"}`, or 503 with the failing checks (health.ts). */
import type { Hono } from 'hono';
import { failingChecks } from '../health.js';
import type { Deps, Env } from './env.js';

export function healthRoutes(app: Hono<Env>, { db, store }: Deps): void {
  app.get('/healthz', async (c) => {
    const failing = await failingChecks(db, store.dir);
    const headers = { 'Cache-Control': 'no-store' };
    return failing.length
      ? c.json({ status: 'unavailable', failing }, 503, headers)
      : c.json({ status: 'ok' }, 200, headers);
  });
}
