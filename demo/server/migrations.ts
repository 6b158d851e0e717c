/**
 * The reference backend's schema history: versioned migrations applied in order when the database opens,
 * each in a transaction and recorded in `schema_migrations`. The built-in profiles are made here.
 */
import { judgeStoredLiveness } from './captures/liveness.js';
import type { CaptureRow, DB, SessionRow } from './db.js';
import { DEFAULT_MAX_UPLOAD_BYTES, type DocumentType } from '../../src/api/schemas.js';

/** Built-in profile with every step (the default). */
export const DEFAULT_PROFILE_ID = '7b0c3a52-3f4e-4d8a-9a61-0d5c2e8f1a01';
/** Built-in profile without liveness (used by the demo until the liveness step lands). */
export const DOC_SELFIE_PROFILE_ID = '7b0c3a52-3f4e-4d8a-9a61-0d5c2e8f1a02';

const ALL_DOCUMENT_TYPES: DocumentType[] = ['passport', 'id_card', 'drivers_license', 'residence_permit'];

interface Migration {
  version: number;
  name: string;
  up: (db: DB) => void;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    up(db) {
      db.exec(`
        CREATE TABLE profiles (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          steps TEXT NOT NULL,
          document_types TEXT NOT NULL,
          countries TEXT,
          liveness_challenges INTEGER NOT NULL,
          max_upload_bytes INTEGER NOT NULL,
          allow_cross_device INTEGER NOT NULL,
          frame_ancestors TEXT NOT NULL DEFAULT '[]',
          created_at INTEGER NOT NULL
        );
        CREATE TABLE sessions (
          id TEXT PRIMARY KEY,
          token_hash TEXT NOT NULL UNIQUE,
          type TEXT NOT NULL,
          status TEXT NOT NULL,
          profile_id TEXT REFERENCES profiles(id),
          reference_id TEXT,
          steps TEXT NOT NULL,
          document_types TEXT NOT NULL,
          countries TEXT,
          liveness_sequence TEXT NOT NULL,
          max_upload_bytes INTEGER NOT NULL,
          allow_cross_device INTEGER NOT NULL,
          applicant TEXT NOT NULL,
          redirect_url TEXT,
          webhook_url TEXT,
          metadata TEXT,
          results TEXT NOT NULL,
          decision_reason TEXT,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL,
          completed_at INTEGER
        );
        CREATE INDEX sessions_created ON sessions(created_at);
        CREATE INDEX sessions_status ON sessions(status);
        CREATE TABLE captures (
          id TEXT PRIMARY KEY,
          session_id TEXT NOT NULL REFERENCES sessions(id),
          kind TEXT NOT NULL,
          bytes INTEGER NOT NULL,
          sha256 TEXT NOT NULL,
          files TEXT NOT NULL,
          meta TEXT,
          superseded INTEGER NOT NULL DEFAULT 0,
          created_at INTEGER NOT NULL
        );
        CREATE INDEX captures_session ON captures(session_id, kind, superseded);
        CREATE TABLE idempotency_records (
          session_id TEXT NOT NULL REFERENCES sessions(id),
          key TEXT NOT NULL,
          request_hash TEXT NOT NULL,
          status_code INTEGER NOT NULL,
          response_body TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          PRIMARY KEY (session_id, key)
        );
        CREATE TABLE webhook_deliveries (
          id TEXT PRIMARY KEY,
          session_id TEXT NOT NULL REFERENCES sessions(id),
          url TEXT NOT NULL,
          payload TEXT NOT NULL,
          state TEXT NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          last_status INTEGER,
          last_error TEXT,
          next_attempt_at INTEGER,
          created_at INTEGER NOT NULL,
          delivered_at INTEGER
        );
        CREATE INDEX webhook_due ON webhook_deliveries(state, next_attempt_at);
      `);
    },
  },
  {
    version: 2,
    name: 'built-in profiles',
    up(db) {
      const insert = db.prepare(
        `INSERT OR IGNORE INTO profiles (id, name, steps, document_types, countries, liveness_challenges,
           max_upload_bytes, allow_cross_device, frame_ancestors, created_at)
         VALUES (?, ?, ?, ?, NULL, 2, ?, 1, '[]', ?)`,
      );
      const now = Date.now();
      insert.run(
        DEFAULT_PROFILE_ID,
        'Default',
        JSON.stringify(['document', 'selfie', 'face_match', 'liveness']),
        JSON.stringify(ALL_DOCUMENT_TYPES),
        DEFAULT_MAX_UPLOAD_BYTES,
        now,
      );
      insert.run(
        DOC_SELFIE_PROFILE_ID,
        'Document and selfie',
        JSON.stringify(['document', 'selfie', 'face_match']),
        JSON.stringify(ALL_DOCUMENT_TYPES),
        DEFAULT_MAX_UPLOAD_BYTES,
        now + 1,
      );
    },
  },
  {
    version: 3,
    name: 'cross-device handoff',
    up(db) {
      db.exec(`
        CREATE TABLE session_tokens (
          token_hash TEXT PRIMARY KEY,
          session_id TEXT NOT NULL REFERENCES sessions(id),
          device TEXT NOT NULL,
          handoff_id TEXT,
          step TEXT,
          created_at INTEGER NOT NULL,
          last_seen_at INTEGER,
          revoked_at INTEGER
        );
        CREATE INDEX session_tokens_session ON session_tokens(session_id, created_at);
        CREATE TABLE handoffs (
          id TEXT PRIMARY KEY,
          session_id TEXT NOT NULL REFERENCES sessions(id),
          code_hash TEXT NOT NULL UNIQUE,
          created_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL,
          used_at INTEGER
        );
        CREATE INDEX handoffs_session ON handoffs(session_id, created_at);
      `);
    },
  },
  {
    version: 4,
    name: 'session owner key and retention',
    up(db) {
      db.exec(`
        ALTER TABLE sessions ADD COLUMN owner_key TEXT;
        ALTER TABLE sessions ADD COLUMN purged_at INTEGER;
        CREATE INDEX sessions_owner ON sessions(owner_key, created_at);
      `);
    },
  },
  {
    version: 5,
    name: 'webhook attempt timestamps',
    up(db) {
      // The `t` signed into the latest attempt: the next one signs a later one, even after a restart.
      db.exec('ALTER TABLE webhook_deliveries ADD COLUMN last_signed_at INTEGER');
    },
  },
  {
    version: 6,
    name: 'stored liveness verdict',
    up(db) {
      // The verdict is reached when a capture is written and read back; current liveness captures get theirs now.
      db.exec('ALTER TABLE captures ADD COLUMN liveness_check TEXT');
      const live = db
        .prepare(`SELECT * FROM captures WHERE kind = 'liveness' AND superseded = 0`)
        .all() as CaptureRow[];
      const session = db.prepare('SELECT * FROM sessions WHERE id = ?');
      const active = db.prepare('SELECT * FROM captures WHERE session_id = ? AND superseded = 0');
      const store = db.prepare('UPDATE captures SET liveness_check = ? WHERE id = ?');
      for (const capture of live) {
        const row = session.get(capture.session_id) as SessionRow;
        const verdict = judgeStoredLiveness(row, capture, active.all(row.id) as CaptureRow[], capture.created_at);
        store.run(JSON.stringify(verdict), capture.id);
      }
    },
  },
  {
    version: 7,
    name: 'session locale',
    up(db) {
      // The language chosen at creation (canonical BCP 47); null for older sessions and those without one.
      db.exec('ALTER TABLE sessions ADD COLUMN locale TEXT');
    },
  },
  {
    version: 8,
    name: 'handoff locale',
    up(db) {
      // The language the applicant chose on the first device (canonical BCP 47), for the phone the link opens on.
      db.exec('ALTER TABLE handoffs ADD COLUMN locale TEXT');
    },
  },
];

/** Applies the migrations this database has not had yet, in order. */
export function migrate(db: DB): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
    })();
  }
}
