/**
 * SQLite storage of the reference backend (better-sqlite3: synchronous, embedded, one file).
 * Versioned migrations are applied in order at open; each runs in a transaction and is recorded in
 * `schema_migrations` (migrations.ts: the schema's history). Times are stored as epoch milliseconds,
 * lists and objects as JSON text; the row types below are the schema's current shape.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';
import { BUSY_TIMEOUT_MS } from './sqlite-busy.js';
import type { DocumentType, LivenessChallenge, StepName } from '../../src/api/schemas.js';

export type DB = Database.Database;

export const DB_FILE = 'verilock.sqlite';

export { DEFAULT_PROFILE_ID, DOC_SELFIE_PROFILE_ID, migrate } from './migrations.js';

/** Opens (and migrates) `<dataDir>/verilock.sqlite`. */
export function openDb(dataDir: string): DB {
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Short: the wait blocks the event loop; requests meeting a lock are replayed asynchronously (sqlite-busy.ts).
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return db;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

export interface ProfileRow {
  id: string;
  name: string;
  steps: string;
  document_types: string;
  countries: string | null;
  liveness_challenges: number;
  max_upload_bytes: number;
  allow_cross_device: number;
  frame_ancestors: string;
  created_at: number;
}

export interface SessionRow {
  id: string;
  token_hash: string;
  type: 'kyc';
  status: string;
  profile_id: string | null;
  reference_id: string | null;
  steps: string;
  document_types: string;
  countries: string | null;
  liveness_sequence: string;
  max_upload_bytes: number;
  allow_cross_device: number;
  applicant: string;
  redirect_url: string | null;
  webhook_url: string | null;
  metadata: string | null;
  results: string;
  decision_reason: string | null;
  created_at: number;
  updated_at: number;
  expires_at: number;
  completed_at: number | null;
  /** Id (a hash) of the API key that created the session; null for sessions older than that record. */
  owner_key: string | null;
  /** When retention deleted the session's captures and personal data; null while they are kept. */
  purged_at: number | null;
  /** The applicant's language set at creation (canonical BCP 47, a shipped locale); null when none was. */
  locale: string | null;
}

/** A further token of a session (the primary token lives in `sessions.token_hash`). */
export interface SessionTokenRow {
  token_hash: string;
  session_id: string;
  device: 'phone';
  handoff_id: string | null;
  step: string | null;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

/** A one-time link that gives a phone its own token for a session. */
export interface HandoffRow {
  id: string;
  session_id: string;
  code_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  /** The language chosen on the device that made the link (canonical BCP 47, a shipped locale); null when none. */
  locale: string | null;
}

export interface StoredFile {
  /** SHA-256 of the stored image (the server's re-encoding); the file is `captures/<sha256>.<ext>`. */
  sha256: string;
  ext: string;
  bytes: number;
  content_type: string;
  /** SHA-256 of the image as it was uploaded (absent on captures stored before re-encoding). */
  source_sha256?: string;
}

export interface CaptureRow {
  id: string;
  session_id: string;
  kind: string;
  bytes: number;
  sha256: string;
  files: string;
  meta: string | null;
  superseded: number;
  created_at: number;
  /** The stored liveness verdict (JSON, captures/liveness.ts) of a liveness capture; null for other kinds. */
  liveness_check: string | null;
}

export interface DeliveryRow {
  id: string;
  session_id: string;
  url: string;
  payload: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  next_attempt_at: number | null;
  created_at: number;
  delivered_at: number | null;
  /** Unix seconds signed into the latest attempt (`t=`); each attempt signs a later one. */
  last_signed_at: number | null;
}

export interface IdempotencyRow {
  session_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: number;
}

/** Parsed helpers for the JSON columns. */
export const parseSteps = (row: { steps: string }): StepName[] => JSON.parse(row.steps) as StepName[];
export const parseDocumentTypes = (row: { document_types: string }): DocumentType[] =>
  JSON.parse(row.document_types) as DocumentType[];
export const parseCountries = (row: { countries: string | null }): string[] | null =>
  row.countries === null ? null : (JSON.parse(row.countries) as string[]);
export const parseLiveness = (row: SessionRow): LivenessChallenge[] =>
  JSON.parse(row.liveness_sequence) as LivenessChallenge[];
