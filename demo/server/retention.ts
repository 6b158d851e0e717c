/**
 * Storage that ends: the retention policy, the orphan sweep and the data directory's permissions.
 *
 * - Retention (`VERILOCK_RETENTION_DAYS`): a finished session (approved, declined or expired) older than
 *   that loses its captures' images and meta (the liveness log), its applicant, reference, metadata and
 *   URLs, its tokens, handoff links, idempotency records and finished webhook deliveries. What stays is an
 *   audit row: the session's id, status, timestamps, decision (status and reason), step results (with the
 *   liveness result) and each capture's id, kind, size and SHA-256. Runs at start, then periodically.
 * - Orphans: at start, capture files no capture row refers to (and staging files a crash left) are deleted.
 * - Permissions: the data directory and the captures directory are 0700, every file in them 0600.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SETTLED_STATUSES } from '../../src/api/schemas.js';
import { DB_FILE, type CaptureRow, type DB } from './db.js';

const DAY_MS = 86_400_000;
/** A stored capture file: `<sha256>.<ext>` (a suffix such as `.enc` may follow). */
const CAPTURE_FILE = /^([0-9a-f]{64})\./;
/** A staged upload a crash left behind: `.<sha256>.<random>.tmp`, or an incoming part `.in-<random>.tmp`. */
const STAGING_FILE = /^\.(?:[0-9a-f]{64}\.[0-9a-f]+|in-[0-9a-f]+)\.tmp$/;

/** What the applicant's identity becomes once retention removed it. */
const NO_APPLICANT = JSON.stringify({
  first_name: null,
  last_name: null,
  email: null,
  date_of_birth: null,
  nationality: null,
});

export interface RetentionResult {
  /** Sessions whose personal data and captures were deleted by this run. */
  sessions: number;
  /** Capture files deleted. */
  files: number;
}

function fileHashes(files: string): string[] {
  try {
    const list = JSON.parse(files) as unknown;
    return Array.isArray(list)
      ? list.map((f) => (f as { sha256?: unknown }).sha256).filter((h): h is string => typeof h === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Every SHA-256 a capture row still refers to. */
function referencedHashes(db: DB): Set<string> {
  const rows = db.prepare(`SELECT files FROM captures WHERE files != '[]'`).all() as Pick<CaptureRow, 'files'>[];
  return new Set(rows.flatMap((r) => fileHashes(r.files)));
}

/** Deletes the files in `dir` named after one of `hashes` unless a capture row still refers to that hash. */
function deleteUnreferenced(db: DB, dir: string, hashes: Set<string>): number {
  if (hashes.size === 0 || !existsSync(dir)) return 0;
  const keep = referencedHashes(db);
  let deleted = 0;
  for (const name of readdirSync(dir)) {
    const hash = CAPTURE_FILE.exec(name)?.[1];
    if (hash && hashes.has(hash) && !keep.has(hash)) {
      rmSync(join(dir, name), { force: true });
      deleted++;
    }
  }
  return deleted;
}

/**
 * Deletes the captures and personal data of every finished session whose end (decision, or expiry) is
 * more than `days` days before `now`, keeping its audit row. Files shared with a session that keeps its
 * captures (same bytes) stay.
 */
export function purgeFinished(db: DB, capturesDir: string, days: number, now: number): RetentionResult {
  const cutoff = now - days * DAY_MS;
  const due = db
    .prepare(
      `SELECT id FROM sessions
       WHERE purged_at IS NULL AND status IN (${SETTLED_STATUSES.map(() => '?').join(', ')})
         AND COALESCE(completed_at, expires_at) < ?`,
    )
    .all(...SETTLED_STATUSES, cutoff) as { id: string }[];
  const hashes = new Set<string>();
  db.transaction(() => {
    for (const { id } of due) {
      const captures = db.prepare('SELECT files FROM captures WHERE session_id = ?').all(id) as CaptureRow[];
      for (const c of captures) for (const h of fileHashes(c.files)) hashes.add(h);
      db.prepare(`UPDATE captures SET files = '[]', meta = NULL WHERE session_id = ?`).run(id);
      db.prepare(
        `UPDATE sessions SET applicant = ?, reference_id = NULL, metadata = NULL, redirect_url = NULL,
           webhook_url = NULL, purged_at = ? WHERE id = ?`,
      ).run(NO_APPLICANT, now, id);
      db.prepare('DELETE FROM idempotency_records WHERE session_id = ?').run(id);
      db.prepare('DELETE FROM session_tokens WHERE session_id = ?').run(id);
      db.prepare('DELETE FROM handoffs WHERE session_id = ?').run(id);
    }
    // Finished deliveries carry the reference id; pending ones are left to finish and go next time.
    db.prepare(
      `DELETE FROM webhook_deliveries WHERE state IN ('delivered', 'failed')
         AND session_id IN (SELECT id FROM sessions WHERE purged_at IS NOT NULL)`,
    ).run();
  })();
  return { sessions: due.length, files: deleteUnreferenced(db, capturesDir, hashes) };
}

/**
 * Deletes capture files no capture row refers to, and staging files a crash left. Only at start: while
 * the server runs, an upload's file exists shortly before its row.
 */
export function sweepOrphans(db: DB, capturesDir: string): number {
  if (!existsSync(capturesDir)) return 0;
  const keep = referencedHashes(db);
  let deleted = 0;
  for (const name of readdirSync(capturesDir)) {
    const hash = CAPTURE_FILE.exec(name)?.[1];
    if ((hash && !keep.has(hash)) || STAGING_FILE.test(name)) {
      rmSync(join(capturesDir, name), { force: true });
      deleted++;
    }
  }
  return deleted;
}

function chmodQuietly(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    /* best effort on file systems without modes */
  }
}

/**
 * The data directory readable by its owner only: the directory and `captures/` 0700, every file in
 * them 0600. Creates an empty database file with 0600 first, so SQLite's own files (`-wal`, `-shm`,
 * which take the database file's mode) start private too.
 */
export function secureDataDir(dataDir: string, capturesDir = join(dataDir, 'captures')): void {
  chmodQuietly(dataDir, 0o700);
  mkdirSync(capturesDir, { recursive: true, mode: 0o700 });
  const dbFile = join(dataDir, DB_FILE);
  if (!existsSync(dbFile)) closeSync(openSync(dbFile, 'a', 0o600));
  for (const dir of [dataDir, capturesDir]) {
    if (!existsSync(dir)) continue;
    if (dir !== dataDir) chmodQuietly(dir, 0o700);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isFile()) chmodQuietly(path, 0o600);
    }
  }
}

export interface RetentionOptions {
  /** Days after which a finished session's captures and personal data go; null turns retention off. */
  days: number | null;
  intervalMs: number;
  now: () => number;
  /** Moves sessions past their expiry to `expired` first (so they count as finished). */
  expireDue: () => void;
  log: (line: string) => void;
}

/** Runs {@link purgeFinished} now and then every `intervalMs` on an unref'd timer. */
export class RetentionWorker {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DB,
    private readonly capturesDir: string,
    private readonly options: RetentionOptions,
  ) {}

  /** One run; errors are logged, never thrown (the next run tries again). */
  runOnce(): RetentionResult | null {
    const { days } = this.options;
    if (days === null) return null;
    try {
      this.options.expireDue();
      const result = purgeFinished(this.db, this.capturesDir, days, this.options.now());
      if (result.sessions > 0 || result.files > 0) {
        this.options.log(`retention: ${result.sessions} sessions purged, ${result.files} files deleted`);
      }
      return result;
    } catch (err) {
      this.options.log(`retention failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  start(): void {
    if (this.options.days === null || this.timer) return;
    this.runOnce();
    this.timer = setInterval(() => this.runOnce(), this.options.intervalMs);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
