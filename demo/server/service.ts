/**
 * Session logic of the reference backend: creation, lookup, listing, status transitions (each with
 * its webhook row in the same transaction), captures, completion and reviewer decisions.
 * Route handlers in app.ts validate input with the contract's zod schemas and call in here.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import {
  ACCEPTED_IMAGE_TYPES,
  requiredCaptures,
  type CaptureKind,
  type CaptureMeta,
  type CaptureReceipt,
  type CreateKycSessionRequest,
  type CreateProfileSessionRequest,
  type DecisionRequest,
  type Device,
  type DocumentType,
  type FlowComplete,
  type FlowProgress,
  type FlowSession,
  type HandoffCreated,
  type LivenessChallenge,
  type LivenessCheck,
  type ListSessionsQuery,
  type Profile,
  type SessionCreated,
  type SessionDetail,
  type SessionList,
  type SessionStatus,
  type StepName,
  type StepResult,
} from '../../src/api/schemas.js';
import type { Config } from './config.js';
import {
  DEFAULT_PROFILE_ID,
  parseCountries,
  parseDocumentTypes,
  parseLiveness,
  parseSteps,
  sha256Hex,
  type CaptureRow,
  type DB,
  type HandoffRow,
  type IdempotencyRow,
  type ProfileRow,
  type SessionRow,
  type SessionTokenRow,
} from './db.js';
import { livenessVerdictOf } from './captures.js';
import { ApiError, errors } from './errors.js';
import { parentOriginsOf } from './static.js';
import type { CaptureStore } from './storage.js';
import { enqueueStatusChange, isoSeconds, type WebhookWorker } from './webhooks.js';

export const TOKEN_PATTERN = /^vft_[A-Za-z0-9_-]{32}$/;
export const SESSION_ID_PATTERN = /^ses_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const LIVENESS_POOL: LivenessChallenge[] = ['blink', 'turn_left', 'turn_right', 'smile'];
const FINISHED: SessionStatus[] = ['processing', 'approved', 'declined'];
const OPEN: SessionStatus[] = ['created', 'in_progress'];

/** A handoff code: 192 random bits, base64url. */
export const HANDOFF_CODE_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** How long a handoff link works (capped by the session's own expiry). */
export const HANDOFF_LIFETIME_MS = 10 * 60 * 1000;

export function hashHandoffCode(code: string): string {
  return sha256Hex(`verilock-handoff-code:${code}`);
}

/** What became of a handoff link that was opened. */
export type HandoffRedemption =
  | { ok: true; token: string; row: SessionRow }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'closed'; row?: SessionRow };

/** A session token resolved: its session, the device it belongs to, and its hash. */
export interface ResolvedToken {
  row: SessionRow;
  device: Device;
  tokenHash: string;
}

export function newSessionToken(): string {
  return `vft_${randomBytes(24).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return sha256Hex(`verilock-session-token:${token}`);
}

function pickChallenges(count: number): LivenessChallenge[] {
  const pool = [...LIVENESS_POOL];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

interface StoredApplicant {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  date_of_birth: string | null;
  nationality: string | null;
}

export class SessionService {
  constructor(
    private readonly db: DB,
    private readonly config: Config,
    private readonly store: CaptureStore,
    private readonly webhooks: WebhookWorker,
  ) {}

  // -------------------------------------------------------------------------------------------
  // Profiles
  // -------------------------------------------------------------------------------------------

  profile(id: string): ProfileRow | undefined {
    return this.db.prepare('SELECT * FROM profiles WHERE id = ?').get(id) as ProfileRow | undefined;
  }

  listProfiles(): Profile[] {
    const rows = this.db.prepare('SELECT * FROM profiles ORDER BY created_at, id').all() as ProfileRow[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      steps: parseSteps(r),
      document_types: parseDocumentTypes(r),
      countries: parseCountries(r),
      liveness_challenges: r.liveness_challenges,
      max_upload_bytes: r.max_upload_bytes,
      allow_cross_device: r.allow_cross_device === 1,
      frame_ancestors: JSON.parse(r.frame_ancestors) as string[],
      created_at: isoSeconds(r.created_at),
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Sessions (server API)
  // -------------------------------------------------------------------------------------------

  /** Creates a session; `ownerKey` is the id of the API key that asked (see `apiKeyId`). */
  create(input: CreateKycSessionRequest | CreateProfileSessionRequest, ownerKey: string | null = null): SessionCreated {
    const now = this.config.now();
    let profile: ProfileRow;
    let steps: StepName[];
    let applicant: StoredApplicant;
    let referenceId: string | null;
    let profileId: string | null;
    let expiresIn = 3600;
    let metadata: Record<string, unknown> | null = null;

    if ('profile_id' in input) {
      const found = this.profile(input.profile_id);
      if (!found) throw new ApiError(404, 'profile_not_found', `No profile with id ${input.profile_id}.`);
      profile = found;
      profileId = found.id;
      steps = parseSteps(found);
      const name = input.applicant_name?.trim() ?? '';
      const space = name.search(/\s/);
      applicant = {
        first_name: name ? (space === -1 ? name : name.slice(0, space)) : null,
        last_name: name && space !== -1 ? name.slice(space).trim() : null,
        email: input.applicant_email ?? null,
        date_of_birth: null,
        nationality: null,
      };
      referenceId = input.external_id ?? null;
      expiresIn = input.expires_in ?? 3600;
      metadata = input.metadata ?? null;
    } else {
      profile = this.profile(DEFAULT_PROFILE_ID)!;
      profileId = null;
      steps = input.steps;
      applicant = {
        first_name: input.applicant.first_name,
        last_name: input.applicant.last_name,
        email: input.applicant.email ?? null,
        date_of_birth: input.applicant.date_of_birth ?? null,
        nationality: input.applicant.nationality ?? null,
      };
      referenceId = input.reference_id ?? null;
    }

    const id = `ses_${randomUUID()}`;
    const token = newSessionToken();
    const liveness = steps.includes('liveness') ? pickChallenges(profile.liveness_challenges) : [];
    const results: Partial<Record<StepName, StepResult>> = {};
    for (const step of steps) results[step] = { status: 'not_started' };
    const expiresAt = now + expiresIn * 1000;

    const row: SessionRow = {
      id,
      token_hash: hashToken(token),
      type: 'kyc',
      status: 'created',
      profile_id: profileId,
      reference_id: referenceId,
      steps: JSON.stringify(steps),
      document_types: profile.document_types,
      countries: profile.countries,
      liveness_sequence: JSON.stringify(liveness),
      max_upload_bytes: profile.max_upload_bytes,
      allow_cross_device: profile.allow_cross_device,
      applicant: JSON.stringify(applicant),
      redirect_url: input.redirect_url ?? null,
      webhook_url: input.webhook_url ?? null,
      metadata: metadata ? JSON.stringify(metadata) : null,
      results: JSON.stringify(results),
      decision_reason: null,
      created_at: now,
      updated_at: now,
      expires_at: expiresAt,
      completed_at: null,
      owner_key: ownerKey,
      purged_at: null,
    };
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO sessions (id, token_hash, type, status, profile_id, reference_id, steps, document_types,
             countries, liveness_sequence, max_upload_bytes, allow_cross_device, applicant, redirect_url,
             webhook_url, metadata, results, decision_reason, created_at, updated_at, expires_at, completed_at, owner_key)
           VALUES (@id, @token_hash, @type, @status, @profile_id, @reference_id, @steps, @document_types,
             @countries, @liveness_sequence, @max_upload_bytes, @allow_cross_device, @applicant, @redirect_url,
             @webhook_url, @metadata, @results, @decision_reason, @created_at, @updated_at, @expires_at, @completed_at, @owner_key)`,
        )
        .run(row);
      enqueueStatusChange(this.db, row, 'created', null, now);
    })();
    if (row.webhook_url) this.webhooks.kick();

    const url = this.hostedUrl(token);
    return {
      id,
      type: 'kyc',
      status: 'created',
      reference_id: referenceId,
      profile_id: profileId,
      steps,
      applicant,
      session_token: token,
      session_url: url,
      hosted_url: url,
      expires_at: isoSeconds(expiresAt),
      created_at: isoSeconds(now),
    };
  }

  hostedUrl(token: string): string {
    return `${this.config.publicUrl}/verify/${token}`;
  }

  /** The session by id, expired lazily when its time is up. */
  byId(id: string): SessionRow | undefined {
    if (!SESSION_ID_PATTERN.test(id)) return undefined;
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return row ? this.expireIfDue(row) : undefined;
  }

  byToken(token: string): SessionRow | undefined {
    return this.resolveToken(token)?.row;
  }

  /**
   * The session of a token, whether it is the session's primary token (`sessions.token_hash`) or a
   * phone token minted from a handoff link (`session_tokens`, unless revoked by a later handoff).
   */
  resolveToken(token: string): ResolvedToken | undefined {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const tokenHash = hashToken(token);
    const primary = this.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as
      SessionRow | undefined;
    if (primary) return { row: this.expireIfDue(primary), device: 'primary', tokenHash };
    const phone = this.db
      .prepare(
        `SELECT s.* FROM session_tokens t JOIN sessions s ON s.id = t.session_id
         WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
      )
      .get(tokenHash) as SessionRow | undefined;
    if (phone) return { row: this.expireIfDue(phone), device: 'phone', tokenHash };
    return undefined;
  }

  /**
   * The `frame-ancestors` sources for a session's hosted page: its profile's `frame_ancestors` when
   * that list is not empty, else `VERILOCK_FRAME_ANCESTORS` (default `'self'` and the demo embed origin).
   */
  frameAncestorSources(row: SessionRow | undefined): string[] {
    const profile = row?.profile_id ? this.profile(row.profile_id) : undefined;
    const fromProfile = profile ? (JSON.parse(profile.frame_ancestors) as unknown) : [];
    const list = Array.isArray(fromProfile)
      ? fromProfile.filter((s): s is string => typeof s === 'string' && /^[^\s;,]+$/.test(s))
      : [];
    return list.length > 0 ? list : this.config.frameAncestors.split(/\s+/).filter(Boolean);
  }

  /** Exact origins allowed to frame the session and receive its iframe messages (`'self'` resolved). */
  parentOrigins(row: SessionRow | undefined): string[] {
    return parentOriginsOf(this.frameAncestorSources(row), new URL(this.config.publicUrl).origin);
  }

  /** True when the session's token no longer works (status `expired` or past `expires_at`). */
  isExpired(row: SessionRow): boolean {
    return row.status === 'expired' || this.config.now() >= row.expires_at;
  }

  expireIfDue(row: SessionRow): SessionRow {
    if (OPEN.includes(row.status as SessionStatus) && this.config.now() >= row.expires_at) {
      return this.transition(row, 'expired') ?? row;
    }
    return row;
  }

  /** Moves every open session whose time is up to `expired` (before listing). */
  expireDue(): void {
    const due = this.db
      .prepare(`SELECT * FROM sessions WHERE status IN ('created', 'in_progress') AND expires_at <= ?`)
      .all(this.config.now()) as SessionRow[];
    for (const row of due) this.transition(row, 'expired');
  }

  /**
   * Changes the status (guarded by the current one, so concurrent changes cannot both win), records
   * the webhook delivery in the same transaction, and wakes the webhook worker.
   */
  transition(
    row: SessionRow,
    next: SessionStatus,
    extra: { results?: string; completed_at?: number | null; decision_reason?: string | null } = {},
  ): SessionRow | undefined {
    const now = this.config.now();
    const updated: SessionRow = {
      ...row,
      status: next,
      updated_at: now,
      results: extra.results ?? row.results,
      completed_at: extra.completed_at !== undefined ? extra.completed_at : row.completed_at,
      decision_reason: extra.decision_reason !== undefined ? extra.decision_reason : row.decision_reason,
    };
    const ok = this.db.transaction(() => {
      const res = this.db
        .prepare(
          `UPDATE sessions SET status = ?, updated_at = ?, results = ?, completed_at = ?, decision_reason = ?
           WHERE id = ? AND status = ?`,
        )
        .run(next, now, updated.results, updated.completed_at, updated.decision_reason, row.id, row.status);
      if (res.changes !== 1) return false;
      enqueueStatusChange(this.db, row, next, row.status as SessionStatus, now);
      return true;
    })();
    if (!ok) return undefined;
    if (row.webhook_url) this.webhooks.kick();
    return updated;
  }

  activeCaptures(sessionId: string): CaptureRow[] {
    return this.db
      .prepare('SELECT * FROM captures WHERE session_id = ? AND superseded = 0 ORDER BY created_at, rowid')
      .all(sessionId) as CaptureRow[];
  }

  detail(row: SessionRow): SessionDetail {
    return {
      id: row.id,
      type: 'kyc',
      status: row.status as SessionStatus,
      reference_id: row.reference_id,
      profile_id: row.profile_id,
      steps: parseSteps(row),
      applicant: JSON.parse(row.applicant) as StoredApplicant,
      results: JSON.parse(row.results) as SessionDetail['results'],
      captures: this.activeCaptures(row.id).map((c) => ({
        id: c.id,
        kind: c.kind as CaptureKind,
        bytes: c.bytes,
        sha256: c.sha256,
        created_at: isoSeconds(c.created_at),
      })),
      metadata: row.metadata ? (JSON.parse(row.metadata) as Record<string, unknown>) : null,
      liveness_check: this.livenessCheck(row),
      // Only the token's hash is stored, so the full link exists only in the creation reply.
      hosted_url: `${this.config.publicUrl}/verify/`,
      expires_at: isoSeconds(row.expires_at),
      created_at: isoSeconds(row.created_at),
      completed_at: row.completed_at === null ? null : isoSeconds(row.completed_at),
    };
  }

  /** The server's verdict on the session's current liveness capture (captures.ts), or null. */
  livenessCheck(row: SessionRow): LivenessCheck | null {
    const verdict = livenessVerdictOf(this.db, row);
    return verdict ? { ...verdict, checked_at: isoSeconds(verdict.checked_at) } : null;
  }

  /** A page of sessions, newest first; with `ownerKey`, only that key's (and those older than owner records). */
  list(query: ListSessionsQuery, ownerKey?: string): SessionList {
    this.expireDue();
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
    return {
      data: rows.map((r) => ({
        id: r.id,
        type: 'kyc',
        status: r.status as SessionStatus,
        reference_id: r.reference_id,
        steps: parseSteps(r),
        applicant: JSON.parse(r.applicant) as StoredApplicant,
        created_at: isoSeconds(r.created_at),
        completed_at: r.completed_at === null ? null : isoSeconds(r.completed_at),
      })),
      meta: {
        current_page: query.page,
        last_page: Math.max(1, Math.ceil(total / query.per_page)),
        per_page: query.per_page,
        total,
      },
    };
  }

  decide(row: SessionRow, input: DecisionRequest): SessionDetail {
    const steps = parseSteps(row);
    const unknown = Object.keys(input.results ?? {}).filter((s) => !steps.includes(s as StepName));
    if (unknown.length) {
      throw new ApiError(
        400,
        'validation_failed',
        'The request is invalid.',
        unknown.map((s) => ({ path: `results.${s}`, message: 'step is not part of this session' })),
      );
    }
    if (row.status !== 'processing') {
      throw new ApiError(
        409,
        'invalid_session_status',
        `A decision needs a session in processing; it is ${row.status}.`,
      );
    }
    const current = JSON.parse(row.results) as Partial<Record<StepName, StepResult>>;
    const results: Partial<Record<StepName, StepResult>> = {};
    for (const step of steps) {
      const given = input.results?.[step];
      results[step] = {
        ...current[step],
        status: given?.status ?? input.decision,
        ...(given?.score !== undefined ? { score: given.score } : {}),
      };
    }
    const updated = this.transition(row, input.decision, {
      results: JSON.stringify(results),
      completed_at: this.config.now(),
      decision_reason: input.reason ?? null,
    });
    if (!updated) throw new ApiError(409, 'invalid_session_status', 'The session changed meanwhile; retry.');
    return this.detail(updated);
  }

  // -------------------------------------------------------------------------------------------
  // Flow API
  // -------------------------------------------------------------------------------------------

  receipts(sessionId: string): CaptureReceipt[] {
    return this.activeCaptures(sessionId).map((c) => ({
      id: c.id,
      kind: c.kind as CaptureKind,
      bytes: c.bytes,
      sha256: c.sha256,
    }));
  }

  /** The document type declared with the latest front capture (decides whether a back is needed). */
  documentTypeOf(sessionId: string): DocumentType | undefined {
    const front = this.activeCaptures(sessionId).find((c) => c.kind === 'document_front');
    return front?.meta
      ? ((JSON.parse(front.meta) as CaptureMeta).document_type as DocumentType | undefined)
      : undefined;
  }

  flowSession(row: SessionRow, device: Device = 'primary'): FlowSession {
    if (FINISHED.includes(row.status as SessionStatus)) throw errors.sessionCompleted();
    let current = row;
    if (row.status === 'created') current = this.transition(row, 'in_progress') ?? row;
    const applicant = JSON.parse(current.applicant) as StoredApplicant;
    return {
      id: current.id,
      status: current.status as SessionStatus,
      steps: parseSteps(current),
      applicant: { first_name: applicant.first_name },
      redirect_url: current.redirect_url,
      expires_at: isoSeconds(current.expires_at),
      requirements: {
        document_types: parseDocumentTypes(current),
        countries: parseCountries(current),
        liveness_challenges: parseLiveness(current),
        max_upload_bytes: current.max_upload_bytes,
        accepted_types: [...ACCEPTED_IMAGE_TYPES],
        allow_cross_device: current.allow_cross_device === 1,
      },
      captures: this.receipts(current.id),
      document_type: this.documentTypeOf(current.id) ?? null,
      parent_origins: this.parentOrigins(current),
      device,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Cross-device handoff
  // -------------------------------------------------------------------------------------------

  /**
   * A one-time link that gives a phone its own token for this session. Only the primary device may
   * ask, only while the session is open and its profile allows cross-device. Every older unused link
   * of the session dies. The code is kept only as a hash.
   */
  createHandoff(row: SessionRow, device: Device): HandoffCreated {
    if (FINISHED.includes(row.status as SessionStatus)) throw errors.sessionCompleted();
    if (device !== 'primary') {
      throw new ApiError(
        403,
        'handoff_not_allowed',
        'Only the device the session started on can create a handoff link.',
      );
    }
    if (row.allow_cross_device !== 1) {
      throw new ApiError(403, 'cross_device_disabled', 'This session cannot be continued on another device.');
    }
    const now = this.config.now();
    const code = randomBytes(24).toString('base64url');
    const expiresAt = Math.min(now + HANDOFF_LIFETIME_MS, row.expires_at);
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE handoffs SET expires_at = ? WHERE session_id = ? AND used_at IS NULL AND expires_at > ?')
        .run(now, row.id, now);
      this.db
        .prepare(
          'INSERT INTO handoffs (id, session_id, code_hash, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, NULL)',
        )
        .run(`hof_${randomUUID()}`, row.id, hashHandoffCode(code), now, expiresAt);
    })();
    return { url: `${this.config.publicUrl}/handoff/${code}`, expires_at: isoSeconds(expiresAt) };
  }

  /** Whether a handoff link could be redeemed now, without redeeming it (the link's page, GET and HEAD). */
  checkHandoff(code: string): { ok: true; row: SessionRow } | Exclude<HandoffRedemption, { ok: true }> {
    if (!HANDOFF_CODE_PATTERN.test(code)) return { ok: false, reason: 'unknown' };
    const handoff = this.db.prepare('SELECT * FROM handoffs WHERE code_hash = ?').get(hashHandoffCode(code)) as
      HandoffRow | undefined;
    if (!handoff) return { ok: false, reason: 'unknown' };
    const session = this.byId(handoff.session_id);
    if (handoff.used_at !== null) return { ok: false, reason: 'used', row: session };
    if (this.config.now() >= handoff.expires_at) return { ok: false, reason: 'expired', row: session };
    if (!session || !OPEN.includes(session.status as SessionStatus) || this.isExpired(session)) {
      return { ok: false, reason: 'closed', row: session };
    }
    return { ok: true, row: session };
  }

  /**
   * Opens a handoff link: when it is known, unused, unexpired and its session still open, marks it
   * used and mints a phone token for the session (revoking an earlier phone's), in one transaction.
   */
  redeemHandoff(code: string): HandoffRedemption {
    if (!HANDOFF_CODE_PATTERN.test(code)) return { ok: false, reason: 'unknown' };
    const now = this.config.now();
    return this.db.transaction((): HandoffRedemption => {
      const handoff = this.db.prepare('SELECT * FROM handoffs WHERE code_hash = ?').get(hashHandoffCode(code)) as
        HandoffRow | undefined;
      if (!handoff) return { ok: false, reason: 'unknown' };
      const session = this.byId(handoff.session_id);
      if (handoff.used_at !== null) return { ok: false, reason: 'used', row: session };
      if (now >= handoff.expires_at) return { ok: false, reason: 'expired', row: session };
      if (!session || !OPEN.includes(session.status as SessionStatus) || this.isExpired(session)) {
        return { ok: false, reason: 'closed', row: session };
      }
      const marked = this.db
        .prepare('UPDATE handoffs SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?')
        .run(now, handoff.id, now);
      if (marked.changes !== 1) return { ok: false, reason: 'used', row: session };
      this.db
        .prepare('UPDATE session_tokens SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL')
        .run(now, session.id);
      const token = newSessionToken();
      this.db
        .prepare(
          `INSERT INTO session_tokens (token_hash, session_id, device, handoff_id, step, created_at, last_seen_at, revoked_at)
           VALUES (?, ?, 'phone', ?, NULL, ?, NULL, NULL)`,
        )
        .run(hashToken(token), session.id, handoff.id, now);
      return { ok: true, token, row: session };
    })();
  }

  /** Where the session stands, for the device that waits while the phone works. */
  progress(row: SessionRow): FlowProgress {
    const phone = this.db
      .prepare(
        `SELECT * FROM session_tokens WHERE session_id = ? AND revoked_at IS NULL
         ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(row.id) as SessionTokenRow | undefined;
    const kinds = [...new Set(this.activeCaptures(row.id).map((c) => c.kind as CaptureKind))];
    return {
      status: row.status as SessionStatus,
      captures: kinds,
      phone_connected: phone !== undefined,
      phone_step: phone?.step ?? null,
      completed: FINISHED.includes(row.status as SessionStatus),
      redirect_url: row.redirect_url,
    };
  }

  /** Records the step a phone is on (a primary device's report changes nothing) and returns the progress. */
  reportStep(row: SessionRow, device: Device, tokenHash: string, step: string): FlowProgress {
    if (device === 'phone') {
      this.db
        .prepare('UPDATE session_tokens SET step = ?, last_seen_at = ? WHERE token_hash = ? AND revoked_at IS NULL')
        .run(step, this.config.now(), tokenHash);
    }
    return this.progress(row);
  }

  /** Checks a capture's kind and meta against the session (before any bytes are read). */
  checkCapture(row: SessionRow, kind: CaptureKind, meta: CaptureMeta | null): void {
    const steps = parseSteps(row);
    const expected =
      kind === 'document_front' || kind === 'document_back'
        ? steps.includes('document')
        : kind === 'selfie'
          ? steps.includes('selfie') || steps.includes('face_match')
          : steps.includes('liveness');
    if (!expected) throw new ApiError(422, 'capture_not_expected', `This session does not take a ${kind} capture.`);
    if (meta?.document_type && !parseDocumentTypes(row).includes(meta.document_type)) {
      throw new ApiError(
        422,
        'document_type_not_accepted',
        `Document type ${meta.document_type} is not accepted here.`,
      );
    }
    const countries = parseCountries(row);
    if (meta?.country && countries && !countries.includes(meta.country)) {
      throw new ApiError(422, 'country_not_accepted', `Documents from ${meta.country} are not accepted here.`);
    }
  }

  idempotencyRecord(sessionId: string, key: string): IdempotencyRow | undefined {
    return this.db.prepare('SELECT * FROM idempotency_records WHERE session_id = ? AND key = ?').get(sessionId, key) as
      IdempotencyRow | undefined;
  }

  /**
   * Inside a write transaction: throws 409 unless the session still takes captures — open (created or
   * in_progress), not past its expiry — and the token that sent the request is still live (a phone
   * token is revoked when a newer handoff link is opened).
   */
  assertWritable(sessionId: string, token: { device: Device; tokenHash: string }): void {
    const current = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(sessionId) as SessionRow | undefined;
    if (!current || FINISHED.includes(current.status as SessionStatus)) throw errors.sessionCompleted();
    if (!OPEN.includes(current.status as SessionStatus) || this.config.now() >= current.expires_at) {
      throw new ApiError(409, 'session_expired', 'The session expired before the upload finished.');
    }
    const live =
      token.device === 'primary'
        ? current.token_hash === token.tokenHash
        : this.db
            .prepare('SELECT 1 FROM session_tokens WHERE token_hash = ? AND session_id = ? AND revoked_at IS NULL')
            .get(token.tokenHash, sessionId) !== undefined;
    if (!live) {
      throw new ApiError(
        409,
        'token_revoked',
        'This device was replaced by a newer handoff link before the upload finished.',
      );
    }
  }

  complete(row: SessionRow): FlowComplete {
    const reply = (r: SessionRow): FlowComplete => ({
      id: r.id,
      status: r.status as SessionStatus,
      redirect_url: r.redirect_url,
    });
    if (row.status === 'processing') return reply(row);
    if (row.status === 'approved' || row.status === 'declined') throw errors.sessionCompleted();
    const captures = this.activeCaptures(row.id);
    const documentType = this.documentTypeOf(row.id);
    const steps = parseSteps(row);
    const have = new Set(captures.map((c) => c.kind));
    const missing = requiredCaptures(steps, documentType).filter((k) => !have.has(k));
    if (missing.length) {
      throw new ApiError(
        422,
        'captures_missing',
        `Required captures are missing: ${missing.join(', ')}.`,
        missing.map((kind) => ({ kind, message: `${kind} capture is missing` })),
      );
    }
    const current = JSON.parse(row.results) as Partial<Record<StepName, StepResult>>;
    const results: Partial<Record<StepName, StepResult>> = {};
    for (const step of steps) {
      results[step] = { ...current[step], status: 'pending' };
      if (step === 'document' && documentType)
        results[step] = { ...results[step], status: 'pending', type: documentType };
    }
    const updated = this.transition(row, 'processing', { results: JSON.stringify(results) });
    if (!updated) {
      const again = this.byId(row.id);
      if (again?.status === 'processing') return reply(again);
      throw errors.sessionCompleted();
    }
    return reply(updated);
  }
}

export function idempotencyConflict(): ApiError {
  return new ApiError(409, 'idempotency_conflict', 'This Idempotency-Key was already used with a different request.');
}
