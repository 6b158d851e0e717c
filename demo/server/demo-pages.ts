/**
 * The demo pages (`/demo/*` and the index at `/`), served outside production mode only, on the API
 * origin and on the demo embed origin (`DEMO_EMBED_PORT`).
 *
 * Every demo page runs under a CSP: scripts, frames and connections only from the page's own origin
 * and the verification service's (`PUBLIC_URL`) origin. `GET /demo/config.json` tells the iframe demo
 * which origins a `?url=` may point at, so a link to it cannot load a loader or frame a page from an
 * attacker's origin on our domain.
 */
import type { Hono } from 'hono';
import type { Config } from './config.js';
import { errors } from './errors.js';
import { fileResponse, indexHtml, listPages, resolveStatic } from './static.js';

/** Origins besides the page's own that the demo pages may load the loader from and frame: the service's. */
export function demoAllowedOrigins(config: Pick<Config, 'publicUrl'>): string[] {
  return [new URL(config.publicUrl).origin];
}

/** Headers of every demo page and script. */
export function demoPageHeaders(config: Pick<Config, 'publicUrl'>): Record<string, string> {
  const service = demoAllowedOrigins(config).join(' ');
  return {
    'Content-Security-Policy':
      `default-src 'none'; script-src 'self' ${service} 'wasm-unsafe-eval'; style-src 'self'; ` +
      `img-src 'self' blob: data:; media-src 'self' blob:; connect-src 'self' ${service}; ` +
      `worker-src 'self' blob:; frame-src ${service}; frame-ancestors 'self'; base-uri 'none'; form-action 'none'`,
    'Referrer-Policy': 'no-referrer',
    // The element pages use the camera themselves; the iframe demo delegates it to the service's frame.
    'Permissions-Policy': `camera=(self ${demoAllowedOrigins(config)
      .map((o) => `"${o}"`)
      .join(' ')})`,
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Registers `/demo/config.json`, `/demo/*` and (when `withIndex`) the index at `/`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each app keeps its own Env type
export function registerDemoPages(app: Hono<any>, config: Config, withIndex = true): void {
  const headers = demoPageHeaders(config);
  app.get('/demo/config.json', (c) =>
    c.json({ allowed_origins: demoAllowedOrigins(config) }, 200, { ...headers, 'Cache-Control': 'no-cache' }),
  );
  app.get('/demo/*', (c) => {
    const rel = c.req.path.slice('/demo/'.length);
    const path = resolveStatic(config.pagesDir, rel);
    if (!path) throw errors.notFound('No such page.');
    return fileResponse(path, 'no-cache', headers, c.req.raw);
  });
  if (withIndex) {
    app.get('/', (c) =>
      c.html(indexHtml(listPages(config.pagesDir)), 200, {
        'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        'X-Content-Type-Options': 'nosniff',
      }),
    );
  }
}
