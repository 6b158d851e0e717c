/**
 * The hosted page (`/verify/<token>`), the SDK assets (`/sdk/*`) and, outside production, the demo pages.
 * A `/verify/` link that isn't live (garbled, cut short, unknown, expired, finished) gets an HTML page
 * in the applicant's language, never JSON, under the same framing rules so it shows in the iframe.
 */
import { existsSync } from 'node:fs';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import { isFinished } from '../../../src/api/schemas.js';
import type { Device } from '../../../src/api/schemas.js';
import type { SessionRow } from '../db.js';
import { registerDemoPages } from '../demo-pages.js';
import { errors } from '../errors.js';
import { messagePageHeaders, messagePageHtml, pageTranslation } from '../link-pages.js';
import type { SessionService } from '../sessions/service.js';
import { TOKEN_PATTERN } from '../sessions/tokens.js';
import { hostedCssName, hostedPageHeaders, hostedPageHtml, hostedScripts } from '../hosted-page.js';
import { fileResponse, resolveStatic, sdkCacheControl } from '../static.js';
import type { Deps, Env } from './env.js';

/**
 * The session of a `/verify/<token>`, with the page to answer when the token isn't live: 404 for a
 * malformed or unknown token (a link cut short or garbled, a revoked phone token), 410 for an expired
 * session or one already submitted.
 */
function liveSession(
  sessions: SessionService,
  token: string,
  acceptLanguage: string | undefined,
):
  | { row: SessionRow; device: Device; tokenHash: string; broken: null }
  | { row: SessionRow | undefined; broken: Response } {
  const resolved = TOKEN_PATTERN.test(token) ? sessions.resolveToken(token) : undefined;
  const row = resolved?.row;
  const code = !row
    ? 'token_invalid'
    : sessions.isExpired(row)
      ? 'token_expired'
      : isFinished(row.status)
        ? 'session_completed'
        : null;
  if (resolved && row && code === null)
    return { row, device: resolved.device, tokenHash: resolved.tokenHash, broken: null };
  const t = pageTranslation(acceptLanguage);
  const frame = sessions.profiles.frameAncestorSources(row).join(' ');
  const broken = new Response(messagePageHtml(t, t.errors[code ?? 'token_invalid']), {
    status: code === 'token_invalid' ? 404 : 410,
    headers: messagePageHeaders(t, hostedPageHeaders(frame)),
  });
  return { row, broken };
}

export function hostedRoutes(app: Hono<Env>, { config, sessions }: Deps): void {
  app.get('/verify/:token', (c) => {
    const token = c.req.param('token');
    const live = liveSession(sessions, token, c.req.header('Accept-Language'));
    if (live.broken) return live.broken;
    const { row, device, tokenHash } = live;
    // The session's language, or on a phone the one chosen on the first device (escaped by the page).
    return c.body(
      hostedPageHtml(
        token,
        sessions.profiles.parentOrigins(row),
        hostedScripts(config.sdkDir, config.hostedCssFile),
        sessions.deviceLocale(row, device, tokenHash),
        sessions.flowSessionSnapshot(row, device, tokenHash),
      ),
      200,
      hostedPageHeaders(sessions.profiles.frameAncestorSources(row).join(' ')),
    );
  });

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
    const path = resolveStatic(config.sdkDir, c.req.path.slice('/sdk/'.length));
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
}
