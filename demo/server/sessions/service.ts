/**
 * Sessions: creation, lookup by id or token, listing, status transitions (each with its webhook row in
 * the same transaction), the flow session, completion and reviewer decisions. The SQL lives in the
 * repository, the wire mapping in its `sessionFields()`
 * and replies.ts; the routes validate input and call in here.
 */
import {
  isFinished,
  isOpen,
  type DecisionRequest,
  type Device,
  type FlowComplete,
  type FlowSession,
  type ListSessionsQuery,
  type SessionCreated,
  type SessionDetail,
  type SessionList,
  type SessionStatus,
  type StepName,
  type StepResult,
} from '../../../src/api/schemas.js';
import { requiredCaptures } from '../../../src/flow/steps.js';
import type { Config } from '../config.js';
import { DEFAULT_PROFILE_ID, type CaptureRow, type DB, type SessionRow } from '../db.js';
import { ApiError, errors } from '../errors.js';
import { enqueueStatusChange, type WebhookWorker } from '../webhooks.js';
import { newSessionRow, type CreateSessionRequest } from './create.js';
import type { Profiles } from './profiles.js';
import { createdReply, detailReply, documentTypeOf, flowSessionReply, listItem } from './replies.js';
import { sessionFields, SessionRepository } from './repository.js';
import { hashToken, SESSION_ID_PATTERN, TOKEN_PATTERN } from './tokens.js';

/** A session token resolved: its session, the device it belongs to, and its hash. */
export interface ResolvedToken {
  row: SessionRow;
  device: Device;
  tokenHash: string;
}

/** What a status change may set besides the status. */
type ChangeExtra = { results?: string; completed_at?: number | null; decision_reason?: string | null };

export class SessionService {
  readonly repo: SessionRepository;

  constructor(
    private readonly db: DB,
    private readonly config: Config,
    readonly profiles: Profiles,
    private readonly webhooks: WebhookWorker,
  ) {
    this.repo = new SessionRepository(db);
  }

  /** Creates a session; `ownerKey` is the id of the API key that asked (see `apiKeyId`). */
  create(input: CreateSessionRequest, ownerKey: string | null = null): SessionCreated {
    const profile = this.profiles.byId('profile_id' in input ? input.profile_id : DEFAULT_PROFILE_ID);
    if (!profile && 'profile_id' in input) {
      throw new ApiError(404, 'profile_not_found', `No profile with id ${input.profile_id}.`);
    }
    const now = this.config.now();
    const { row, token } = newSessionRow(input, profile!, ownerKey, now);
    this.db.transaction(() => {
      this.repo.insert(row);
      enqueueStatusChange(this.db, row, 'created', null, now);
    })();
    if (row.webhook_url) this.webhooks.kick();
    return createdReply(sessionFields(row), token, this.hostedUrl(token));
  }

  hostedUrl(token: string): string {
    return `${this.config.publicUrl}/verify/${token}`;
  }

  /** The session by id, expired lazily when its time is up. */
  byId(id: string): SessionRow | undefined {
    if (!SESSION_ID_PATTERN.test(id)) return undefined;
    const row = this.repo.byId(id);
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
    const primary = this.repo.byPrimaryToken(tokenHash);
    if (primary) return { row: this.expireIfDue(primary), device: 'primary', tokenHash };
    const phone = this.repo.byPhoneToken(tokenHash);
    if (phone) return { row: this.expireIfDue(phone), device: 'phone', tokenHash };
    return undefined;
  }

  /** True when the session's token no longer works (status `expired` or past `expires_at`). */
  isExpired(row: SessionRow): boolean {
    return row.status === 'expired' || this.config.now() >= row.expires_at;
  }

  /** True while the session takes captures and handoffs: open and not past its expiry. */
  isLive(row: SessionRow): boolean {
    return isOpen(row.status) && !this.isExpired(row);
  }

  expireIfDue(row: SessionRow): SessionRow {
    if (isOpen(row.status) && this.config.now() >= row.expires_at) return this.transition(row, 'expired') ?? row;
    return row;
  }

  /** Moves every open session whose time is up to `expired` (before listing). */
  expireDue(): void {
    for (const row of this.repo.dueToExpire(this.config.now())) this.transition(row, 'expired');
  }

  /**
   * Changes the status (guarded by the current one, so concurrent changes cannot both win), records
   * the webhook delivery in the same transaction, and wakes the webhook worker.
   */
  transition(row: SessionRow, next: SessionStatus, extra: ChangeExtra = {}): SessionRow | undefined {
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
      if (!this.repo.changeStatus(row.id, row.status, { ...updated, status: next })) return false;
      enqueueStatusChange(this.db, row, next, row.status as SessionStatus, now);
      return true;
    })();
    if (!ok) return undefined;
    if (row.webhook_url) this.webhooks.kick();
    return updated;
  }

  activeCaptures(sessionId: string): CaptureRow[] {
    return this.repo.activeCaptures(sessionId);
  }

  detail(row: SessionRow): SessionDetail {
    return detailReply(sessionFields(row), this.activeCaptures(row.id), this.config.publicUrl);
  }

  /** A page of sessions, newest first; with `ownerKey`, only that key's (and those older than owner records). */
  list(query: ListSessionsQuery, ownerKey?: string): SessionList {
    this.expireDue();
    const { rows, total } = this.repo.page(query, ownerKey);
    return {
      data: rows.map((r) => listItem(sessionFields(r))),
      meta: {
        current_page: query.page,
        last_page: Math.max(1, Math.ceil(total / query.per_page)),
        per_page: query.per_page,
        total,
      },
    };
  }

  decide(row: SessionRow, input: DecisionRequest): SessionDetail {
    const { steps, results: current } = sessionFields(row);
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

  /** The session as the widget loads it (`GET /api/v1/flow/session`); the first load starts it. */
  flowSession(row: SessionRow, device: Device = 'primary', tokenHash?: string): FlowSession {
    if (isFinished(row.status)) throw errors.sessionCompleted();
    const current = row.status === 'created' ? (this.transition(row, 'in_progress') ?? row) : row;
    const captures = this.activeCaptures(current.id);
    const fields = { ...sessionFields(current), locale: this.deviceLocale(current, device, tokenHash) };
    return flowSessionReply(fields, captures, this.profiles.parentOrigins(current), device);
  }

  /**
   * The language a device's widget and hosted page take as the session's: the session's `locale`, else, on a
   * phone, the one chosen on the first device and sent with the handoff link the phone opened; else none.
   */
  deviceLocale(row: SessionRow, device: Device, tokenHash?: string): string | null {
    if (row.locale || device !== 'phone' || !tokenHash) return row.locale;
    return this.repo.handoffLocale(tokenHash);
  }

  /**
   * The same reply without starting the session, for the hosted page to carry: a link prefetcher that only
   * fetches the page must not start it (the widget's own request does).
   */
  flowSessionSnapshot(row: SessionRow, device: Device = 'primary', tokenHash?: string): FlowSession {
    const fields = { ...sessionFields(row), locale: this.deviceLocale(row, device, tokenHash) };
    return flowSessionReply(fields, this.activeCaptures(row.id), this.profiles.parentOrigins(row), device);
  }

  /** Submits the session (`processing`) once every capture its steps require is there. */
  complete(row: SessionRow): FlowComplete {
    const reply = (r: SessionRow): FlowComplete => ({
      id: r.id,
      status: r.status as SessionStatus,
      redirect_url: r.redirect_url,
    });
    if (row.status === 'processing') return reply(row);
    if (isFinished(row.status)) throw errors.sessionCompleted();
    const { steps, results: current } = sessionFields(row);
    const captures = this.activeCaptures(row.id);
    const documentType = documentTypeOf(captures);
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
    const results: Partial<Record<StepName, StepResult>> = {};
    for (const step of steps) {
      results[step] = { ...current[step], status: 'pending' };
      if (step === 'document' && documentType) results[step] = { ...results[step], type: documentType };
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
