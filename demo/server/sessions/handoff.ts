/**
 * Cross-device handoff: one-time links that give a phone its own token for a session, and the
 * progress the waiting device polls (which step the phone is on, which captures are in).
 */
import { randomUUID } from 'node:crypto';
import {
  isFinished,
  type CaptureKind,
  type Device,
  type FlowProgress,
  type HandoffCreated,
} from '../../../src/api/schemas.js';
import type { Config } from '../config.js';
import type { DB, HandoffRow, SessionRow, SessionTokenRow } from '../db.js';
import { ApiError, errors } from '../errors.js';
import { isoSeconds } from '../webhooks.js';
import type { SessionService } from './service.js';
import { HANDOFF_CODE_PATTERN, hashHandoffCode, hashToken, newHandoffCode, newSessionToken } from './tokens.js';

/** How long a handoff link works (capped by the session's own expiry). */
export const HANDOFF_LIFETIME_MS = 10 * 60 * 1000;

/** Why a handoff link cannot be redeemed. */
export type HandoffRefusal = { ok: false; reason: 'unknown' | 'used' | 'expired' | 'closed'; row?: SessionRow };

/** What became of a handoff link that was opened. */
export type HandoffRedemption = { ok: true; token: string; row: SessionRow } | HandoffRefusal;

export class HandoffService {
  constructor(
    private readonly db: DB,
    private readonly config: Config,
    private readonly sessions: SessionService,
  ) {}

  /**
   * A one-time link that gives a phone its own token for this session. Only the primary device may
   * ask, only while the session is open and its profile allows cross-device. Every older unused link
   * of the session dies. The code is kept only as a hash. `locale` (canonical, checked by the route) is the
   * language the applicant chose on this device: the phone opens in it when the session has no `locale`.
   */
  create(row: SessionRow, device: Device, locale: string | null = null): HandoffCreated {
    if (isFinished(row.status)) throw errors.sessionCompleted();
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
    const code = newHandoffCode();
    const expiresAt = Math.min(now + HANDOFF_LIFETIME_MS, row.expires_at);
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE handoffs SET expires_at = ? WHERE session_id = ? AND used_at IS NULL AND expires_at > ?')
        .run(now, row.id, now);
      this.db
        .prepare(
          `INSERT INTO handoffs (id, session_id, code_hash, created_at, expires_at, used_at, locale)
           VALUES (?, ?, ?, ?, ?, NULL, ?)`,
        )
        .run(`hof_${randomUUID()}`, row.id, hashHandoffCode(code), now, expiresAt, locale);
    })();
    return { url: `${this.config.publicUrl}/handoff/${code}`, expires_at: isoSeconds(expiresAt) };
  }

  /** The link of a code and its session when it could be redeemed at `now`, else why not. */
  private find(code: string, now: number): { ok: true; handoff: HandoffRow; row: SessionRow } | HandoffRefusal {
    if (!HANDOFF_CODE_PATTERN.test(code)) return { ok: false, reason: 'unknown' };
    const handoff = this.db.prepare('SELECT * FROM handoffs WHERE code_hash = ?').get(hashHandoffCode(code)) as
      HandoffRow | undefined;
    if (!handoff) return { ok: false, reason: 'unknown' };
    const session = this.sessions.byId(handoff.session_id);
    if (handoff.used_at !== null) return { ok: false, reason: 'used', row: session };
    if (now >= handoff.expires_at) return { ok: false, reason: 'expired', row: session };
    if (!session || !this.sessions.isLive(session)) return { ok: false, reason: 'closed', row: session };
    return { ok: true, handoff, row: session };
  }

  /**
   * Whether a handoff link could be redeemed now, without redeeming it (the link's page, GET and HEAD), and
   * the language the phone will get: the session's, else the one chosen on the device that made the link.
   */
  check(code: string): { ok: true; row: SessionRow; locale: string | null } | HandoffRefusal {
    const found = this.find(code, this.config.now());
    return found.ok ? { ok: true, row: found.row, locale: found.row.locale ?? found.handoff.locale } : found;
  }

  /**
   * Opens a handoff link: when it is known, unused, unexpired and its session still open, marks it
   * used and mints a phone token for the session (revoking an earlier phone's), in one transaction.
   */
  redeem(code: string): HandoffRedemption {
    const now = this.config.now();
    return this.db.transaction((): HandoffRedemption => {
      const found = this.find(code, now);
      if (!found.ok) return found;
      const { handoff, row } = found;
      const marked = this.db
        .prepare('UPDATE handoffs SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?')
        .run(now, handoff.id, now);
      if (marked.changes !== 1) return { ok: false, reason: 'used', row };
      this.db
        .prepare('UPDATE session_tokens SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL')
        .run(now, row.id);
      const token = newSessionToken();
      this.db
        .prepare(
          `INSERT INTO session_tokens (token_hash, session_id, device, handoff_id, step, created_at, last_seen_at, revoked_at)
           VALUES (?, ?, 'phone', ?, NULL, ?, NULL, NULL)`,
        )
        .run(hashToken(token), row.id, handoff.id, now);
      return { ok: true, token, row };
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
    const kinds = [...new Set(this.sessions.activeCaptures(row.id).map((c) => c.kind as CaptureKind))];
    return {
      status: row.status as FlowProgress['status'],
      captures: kinds,
      phone_connected: phone !== undefined,
      phone_step: phone?.step ?? null,
      completed: isFinished(row.status),
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
}
