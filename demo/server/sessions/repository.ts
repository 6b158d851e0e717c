/**
 * The SQL of sessions and their captures, and the one mapping of a session row to its wire fields.
 * Nothing here decides anything: the services (sessions/service.ts, captures/service.ts) hold the rules.
 */
import {
  OPEN_STATUSES,
  type DocumentType,
  type LivenessChallenge,
  type ListSessionsQuery,
  type SessionDetail,
  type SessionStatus,
  type StepName,
} from '../../../src/api/schemas.js';
import type { CaptureRow, DB, SessionRow } from '../db.js';
import { isoSeconds } from '../webhooks.js';

/** The applicant as stored (`sessions.applicant`, JSON). */
export interface StoredApplicant {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  date_of_birth: string | null;
  nationality: string | null;
}

/** A session row with its JSON columns parsed and its times as the API writes them. */
export interface SessionFields {
  id: string;
  status: SessionStatus;
  reference_id: string | null;
  profile_id: string | null;
  steps: StepName[];
  applicant: StoredApplicant;
  results: SessionDetail['results'];
  metadata: Record<string, unknown> | null;
  document_types: DocumentType[];
  countries: string[] | null;
  liveness_challenges: LivenessChallenge[];
  max_upload_bytes: number;
  allow_cross_device: boolean;
  redirect_url: string | null;
  locale: string | null;
  expires_at: string;
  created_at: string;
  completed_at: string | null;
}

/** The one mapping of a session row: every reply that shows a session starts from it. */
export function sessionFields(row: SessionRow): SessionFields {
  return {
    id: row.id,
    status: row.status as SessionStatus,
    reference_id: row.reference_id,
    profile_id: row.profile_id,
    steps: JSON.parse(row.steps) as StepName[],
    applicant: JSON.parse(row.applicant) as StoredApplicant,
    results: JSON.parse(row.results) as SessionDetail['results'],
    metadata: row.metadata ? (JSON.parse(row.metadata) as Record<string, unknown>) : null,
    document_types: JSON.parse(row.document_types) as DocumentType[],
    countries: row.countries === null ? null : (JSON.parse(row.countries) as string[]),
    liveness_challenges: JSON.parse(row.liveness_sequence) as LivenessChallenge[],
    max_upload_bytes: row.max_upload_bytes,
    allow_cross_device: row.allow_cross_device === 1,
    redirect_url: row.redirect_url,
    locale: row.locale ?? null,
    expires_at: isoSeconds(row.expires_at),
    created_at: isoSeconds(row.created_at),
    completed_at: row.completed_at === null ? null : isoSeconds(row.completed_at),
  };
}

/** The columns a status change may update along with the status. */
export interface StatusChange {
  status: SessionStatus;
  updated_at: number;
  results: string;
  completed_at: number | null;
  decision_reason: string | null;
}

export class SessionRepository {
  constructor(private readonly db: DB) {}

  insert(row: SessionRow): void {
    this.db
      .prepare(
        `INSERT INTO sessions (id, token_hash, type, status, profile_id, reference_id, steps, document_types,
           countries, liveness_sequence, max_upload_bytes, allow_cross_device, applicant, redirect_url,
           webhook_url, metadata, results, decision_reason, created_at, updated_at, expires_at, completed_at, owner_key,
           locale)
         VALUES (@id, @token_hash, @type, @status, @profile_id, @reference_id, @steps, @document_types,
           @countries, @liveness_sequence, @max_upload_bytes, @allow_cross_device, @applicant, @redirect_url,
           @webhook_url, @metadata, @results, @decision_reason, @created_at, @updated_at, @expires_at, @completed_at, @owner_key,
           @locale)`,
      )
      .run(row);
  }

  byId(id: string): SessionRow | undefined {
    return this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  }

  /** The session whose primary token has this hash. */
  byPrimaryToken(tokenHash: string): SessionRow | undefined {
    return this.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as SessionRow | undefined;
  }

  /** The session of a phone token with this hash, unless the token was revoked. */
  byPhoneToken(tokenHash: string): SessionRow | undefined {
    return this.db
      .prepare(
        `SELECT s.* FROM session_tokens t JOIN sessions s ON s.id = t.session_id
         WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
      )
      .get(tokenHash) as SessionRow | undefined;
  }

  /** The language stored with the handoff link a phone token came from (null when none, or not a phone token). */
  handoffLocale(tokenHash: string): string | null {
    const found = this.db
      .prepare('SELECT h.locale FROM session_tokens t JOIN handoffs h ON h.id = t.handoff_id WHERE t.token_hash = ?')
      .get(tokenHash) as { locale: string | null } | undefined;
    return found?.locale ?? null;
  }

  /** Open sessions whose time is up at `now`. */
  dueToExpire(now: number): SessionRow[] {
    return this.db
      .prepare(
        `SELECT * FROM sessions WHERE status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) AND expires_at <= ?`,
      )
      .all(...OPEN_STATUSES, now) as SessionRow[];
  }

  /** Applies a status change when the session is still in `from`; false when another change won. */
  changeStatus(id: string, from: string, change: StatusChange): boolean {
    const res = this.db
      .prepare(
        `UPDATE sessions SET status = ?, updated_at = ?, results = ?, completed_at = ?, decision_reason = ?
         WHERE id = ? AND status = ?`,
      )
      .run(change.status, change.updated_at, change.results, change.completed_at, change.decision_reason, id, from);
    return res.changes === 1;
  }

  /** A page of sessions, newest first; with `ownerKey`, only that key's (and those older than owner records). */
  page(query: ListSessionsQuery, ownerKey?: string): { rows: SessionRow[]; total: number } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (ownerKey !== undefined) {
      where.push('(owner_key = ? OR owner_key IS NULL)');
      params.push(ownerKey);
    }
    if (query.status) {
      where.push('status = ?');
      params.push(query.status);
    }
    if (query.from) {
      where.push('created_at >= ?');
      params.push(Date.parse(`${query.from}T00:00:00Z`));
    }
    if (query.to) {
      where.push('created_at < ?');
      params.push(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM sessions ${clause}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT * FROM sessions ${clause} ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?`)
      .all(...params, query.per_page, (query.page - 1) * query.per_page) as SessionRow[];
    return { rows, total };
  }

  /** The session's current captures (the latest of each kind), oldest first. */
  activeCaptures(sessionId: string): CaptureRow[] {
    return this.db
      .prepare('SELECT * FROM captures WHERE session_id = ? AND superseded = 0 ORDER BY created_at, rowid')
      .all(sessionId) as CaptureRow[];
  }

  /** Every capture row of the session, superseded ones included, oldest first. */
  allCaptures(sessionId: string): CaptureRow[] {
    return this.db
      .prepare('SELECT * FROM captures WHERE session_id = ? ORDER BY created_at, rowid')
      .all(sessionId) as CaptureRow[];
  }

  capture(id: string): CaptureRow | undefined {
    return this.db.prepare('SELECT * FROM captures WHERE id = ?').get(id) as CaptureRow | undefined;
  }
}
