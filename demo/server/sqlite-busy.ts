/**
 * SQLite without frozen event loops. better-sqlite3 is synchronous: a busy timeout is a blocking wait.
 * So the wait is short (`BUSY_TIMEOUT_MS`), and a request that still meets a lock (another process
 * writing) is answered later instead: its handler runs again after an asynchronous back-off, while the
 * server keeps serving everything else. A request whose body can't be replayed (a streamed multipart
 * upload) or that runs out of tries gets `503 database_busy` with `Retry-After`.
 */
import type { Context } from 'hono';
import { ApiError } from './errors.js';

/** How long one statement may wait, blocking, for a lock held elsewhere. */
export const BUSY_TIMEOUT_MS = 50;
/** Back-off before each replay of a request that met a lock (about 3.5 s in all). */
export const BUSY_RETRY_DELAYS_MS = [25, 50, 100, 200, 400, 800, 1000, 1000];

export function isSqliteBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT';
}

export const busyError = () =>
  new ApiError(503, 'database_busy', 'The database is busy; retry in a moment.', undefined, { 'Retry-After': '1' });

/** Replays of the requests being retried, and how many tries each has had. */
const tries = new WeakMap<Request, number>();

/**
 * Runs the request again after a back-off (`dispatch` is the app's own fetch), or returns null when it
 * can't be replayed or has had its tries.
 */
export async function replayWhenBusy(
  c: Context,
  dispatch: (request: Request) => Response | Promise<Response>,
): Promise<Response | null> {
  const done = tries.get(c.req.raw) ?? 0;
  if (done >= BUSY_RETRY_DELAYS_MS.length) return null;
  const method = c.req.method;
  let body: string | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type.startsWith('multipart/')) return null;
    try {
      body = await c.req.text(); // kept by Hono from the handler's own read
    } catch {
      return null;
    }
  }
  await new Promise((r) => setTimeout(r, BUSY_RETRY_DELAYS_MS[done]));
  const replay = new Request(c.req.raw.url, { method, headers: c.req.raw.headers, body });
  tries.set(replay, done + 1);
  return dispatch(replay);
}
