/**
 * What a reviewer needs from the reference backend (API key): a session's captures with their meta,
 * each capture's image, and which sessions an API key may see.
 *
 * In production mode every API key sees only the sessions it created (a session records the key's id,
 * a domain-separated hash, never the key); another key's session answers 404 as if it did not exist.
 */
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import type { CaptureKind, CaptureList, ReviewCapture } from '../../src/api/schemas.js';
import { PROJECT_ROOT, type Config } from './config.js';
import { sha256Hex, type CaptureRow, type DB, type SessionRow, type StoredFile } from './db.js';
import { ApiError } from './errors.js';
import type { SessionService } from './service.js';
import { fileResponse, resolveStatic } from './static.js';
import type { CaptureStore } from './storage.js';
import { isoSeconds } from './webhooks.js';

/** The id a session records for the API key that created it (never the key itself). */
export function apiKeyId(key: string): string {
  return sha256Hex(`verilock-api-key:${key}`);
}

export const CAPTURE_ID_PATTERN = /^cap_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when the key with id `keyId` may see `row`: always outside production, else only its own sessions. */
export function visibleTo(config: Pick<Config, 'production'>, row: Pick<SessionRow, 'owner_key'>, keyId: string) {
  return !config.production || row.owner_key === null || row.owner_key === keyId;
}

/** The key scope for listing: the key's id in production mode, none otherwise. */
export function listScope(config: Pick<Config, 'production'>, keyId: string): string | undefined {
  return config.production ? keyId : undefined;
}

export function sessionNotFound(): ApiError {
  return new ApiError(404, 'session_not_found', 'No session with this id.');
}

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

export interface ReviewDeps {
  config: Config;
  db: DB;
  service: SessionService;
  store: CaptureStore;
  /** Id of the API key of the request (set by the API key middleware). */
  keyIdOf: (c: Context) => string;
}

/** Registers `GET /api/v1/sessions/{id}/captures` and `GET /api/v1/captures/{id}` (API key checked before). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the app's own Env type stays in app.ts
export function registerReviewApi(app: Hono<any>, deps: ReviewDeps): void {
  const { config, db, service, store } = deps;

  const visibleSession = (c: Context, id: string): SessionRow => {
    const row = service.byId(id);
    if (!row || !visibleTo(config, row, deps.keyIdOf(c))) throw sessionNotFound();
    return row;
  };

  app.get('/api/v1/sessions/:id/captures', (c) => {
    const row = visibleSession(c, c.req.param('id'));
    const list: CaptureList = { data: service.activeCaptures(row.id).map(reviewCapture) };
    return c.json(list);
  });

  app.get('/api/v1/captures/:id', async (c) => {
    const id = c.req.param('id');
    if (!CAPTURE_ID_PATTERN.test(id)) throw captureNotFound();
    const capture = db.prepare('SELECT * FROM captures WHERE id = ?').get(id) as CaptureRow | undefined;
    if (!capture) throw captureNotFound();
    const session = service.byId(capture.session_id);
    if (!session || !visibleTo(config, session, deps.keyIdOf(c))) throw captureNotFound();

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
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the app's own Env type stays in app.ts
export function registerReviewPage(app: Hono<any>, dir = REVIEW_PAGE_DIR): void {
  const serve = (c: Context, rel: string) => {
    const path = resolveStatic(dir, rel);
    if (!path) throw new ApiError(404, 'not_found', 'No such page.');
    return fileResponse(path, 'no-cache', REVIEW_PAGE_HEADERS, c.req.raw);
  };
  app.get('/review', (c) => serve(c, 'index.html'));
  app.get('/review/', (c) => c.redirect('/review', 301));
  app.get('/review/:file', (c) => serve(c, c.req.param('file')));
}
