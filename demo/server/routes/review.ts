/**
 * What a reviewer needs (API key): a session's captures with their meta (`GET /api/v1/sessions/{id}/captures`),
 * each capture's image (`GET /api/v1/captures/{id}`), and the review page (`/review`, every mode) that shows them.
 * Which sessions a key may see: sessions/visibility.ts.
 */
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import type { CaptureKind, CaptureList, ReviewCapture } from '../../../src/api/schemas.js';
import { PROJECT_ROOT } from '../config.js';
import type { CaptureRow, StoredFile } from '../db.js';
import { ApiError } from '../errors.js';
import type { Auth } from '../middleware/auth.js';
import { CAPTURE_ID_PATTERN } from '../sessions/tokens.js';
import { visibleSession, visibleTo } from '../sessions/visibility.js';
import { fileResponse, resolveStatic } from '../static.js';
import { isoSeconds } from '../webhooks.js';
import type { Deps, Env } from './env.js';

function captureNotFound(): ApiError {
  return new ApiError(404, 'capture_not_found', 'No capture with this id.');
}

function captureFiles(row: CaptureRow): StoredFile[] {
  const files = JSON.parse(row.files) as unknown;
  return Array.isArray(files) ? (files as StoredFile[]) : [];
}

/** A capture row as the review API shows it. */
export function reviewCapture(row: CaptureRow): ReviewCapture {
  return {
    id: row.id,
    kind: row.kind as CaptureKind,
    meta: row.meta ? (JSON.parse(row.meta) as Record<string, unknown>) : null,
    bytes: row.bytes,
    sha256: row.sha256,
    created_at: isoSeconds(row.created_at),
    files: captureFiles(row).map((f, index) => ({
      index,
      sha256: f.sha256,
      bytes: f.bytes,
      content_type: f.content_type,
      url: `/api/v1/captures/${row.id}${index === 0 ? '' : `?frame=${index}`}`,
    })),
  };
}

/** Registers `GET /api/v1/sessions/{id}/captures` and `GET /api/v1/captures/{id}` (API key checked before). */
export function reviewRoutes(app: Hono<Env>, auth: Auth, { config, sessions, store }: Deps): void {
  app.use('/api/v1/captures/*', auth.apiKey);

  app.get('/api/v1/sessions/:id/captures', (c) => {
    const row = visibleSession(sessions, config, c.req.param('id'), c.get('apiKeyId'));
    const list: CaptureList = { data: sessions.activeCaptures(row.id).map(reviewCapture) };
    return c.json(list);
  });

  app.get('/api/v1/captures/:id', async (c) => {
    const id = c.req.param('id');
    if (!CAPTURE_ID_PATTERN.test(id)) throw captureNotFound();
    const capture = sessions.repo.capture(id);
    if (!capture) throw captureNotFound();
    const session = sessions.byId(capture.session_id);
    if (!session || !visibleTo(config, session, c.get('apiKeyId'))) throw captureNotFound();
    const frameParam = c.req.query('frame');
    if (frameParam !== undefined && !/^\d{1,3}$/.test(frameParam)) {
      throw new ApiError(400, 'validation_failed', 'The query is invalid.', [
        { path: 'frame', message: 'frame must be a non-negative integer' },
      ]);
    }
    const files = captureFiles(capture);
    const file = files[frameParam === undefined ? 0 : Number(frameParam)];
    if (!file) {
      if (files.length === 0 && session.purged_at !== null) {
        throw new ApiError(410, 'capture_purged', 'This capture was deleted by the retention policy.');
      }
      throw new ApiError(404, 'capture_not_found', 'This capture has no such frame.');
    }
    let bytes: Buffer;
    try {
      bytes = await store.read(file.sha256, file.ext);
    } catch {
      throw new ApiError(410, 'capture_purged', 'The image of this capture is no longer stored.');
    }
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': file.content_type,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // Opened directly, the image is a sandboxed document that can run nothing.
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Content-Disposition': 'inline',
      },
    });
  });
}

/** Where the review page's files are (`index.html`, `review.js`, `review.css`). */
export const REVIEW_PAGE_DIR = join(PROJECT_ROOT, 'demo', 'server', 'review-page');

/**
 * Headers of the review page and its files: the hosted page's strict CSP (no inline script or style),
 * images only from this origin or from blob: URLs (the page fetches each image with the API key), and no
 * framing at all.
 */
export const REVIEW_PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Serves the review page at `/review` and its script and stylesheet under `/review/` (every mode). */
export function reviewPageRoutes(app: Hono<Env>, dir = REVIEW_PAGE_DIR): void {
  const serve = (c: Context, rel: string) => {
    const path = resolveStatic(dir, rel);
    if (!path) throw new ApiError(404, 'not_found', 'No such page.');
    return fileResponse(path, 'no-cache', REVIEW_PAGE_HEADERS, c.req.raw);
  };
  app.get('/review', (c) => serve(c, 'index.html'));
  app.get('/review/', (c) => c.redirect('/review', 301));
  app.get('/review/:file', (c) => serve(c, c.req.param('file')));
}
