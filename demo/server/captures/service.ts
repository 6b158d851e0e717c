/**
 * Capture uploads (`POST /api/v1/flow/captures`), end to end:
 *
 *  1. cheap refusals first (finished session, Idempotency-Key, content type, declared length, too many
 *     uploads of this token in flight);
 *  2. the body is streamed (multipart.ts): every limit holds before memory is spent, file parts go to
 *     temporary files while they are hashed;
 *  3. the fields are checked (parse.ts `parseCaptureRequest`), then against the session;
 *  4. each image is sniffed, checked and re-encoded off the event loop (images.ts);
 *  5. the re-encodings are staged (encrypted when a key is set), and one transaction answers a replayed
 *     Idempotency-Key with the first reply (the only place it is looked up), re-checks that the session
 *     still takes captures, applies the session's quota, judges the liveness evidence (liveness.ts),
 *     replaces the previous capture of the kind and records the reply; only then do the files take
 *     their final names;
 *  6. files that no capture references any more (a superseded retake's) are deleted.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ACCEPTED_IMAGE_TYPES, isFinished, type CaptureReceipt, type Device } from '../../../src/api/schemas.js';
import type { Config } from '../config.js';
import { sha256Hex, type DB, type IdempotencyRow, type SessionRow, type StoredFile } from '../db.js';
import { ApiError, errors } from '../errors.js';
import { normalizeImage } from '../images.js';
import { discardForm, readMultipart, type ReceivedFile, type ReceivedForm } from '../multipart.js';
import type { SessionService } from '../sessions/service.js';
import { EXTENSIONS, sniffImage, type CaptureStore, type StagedFile } from '../storage.js';
import { filesOf, judgeLiveness, judgeStoredLiveness, type StoredVerdict } from './liveness.js';
import {
  CAPTURE_FIELDS,
  MAX_LIVENESS_FRAMES,
  MAX_META_CHARS,
  captureRefusal,
  captureRequestError,
  parseCaptureRequest,
  type CaptureRequest,
} from './parse.js';
import { checkQuota, readUploadHeaders } from './limits.js';

/** Who sent the upload. */
export interface Uploader {
  row: SessionRow;
  device: Device;
  tokenHash: string;
}

/** The reply to send. */
export interface UploadReply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** One image, re-encoded, ready to be staged. */
interface PreparedImage {
  source_sha256: string;
  sha256: string;
  data: Buffer;
}

export class CaptureService {
  /** Uploads in flight per token hash. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly db: DB,
    private readonly config: Config,
    private readonly store: CaptureStore,
    private readonly sessions: SessionService,
  ) {}

  async upload(who: Uploader, request: Request): Promise<UploadReply> {
    if (isFinished(who.row.status)) throw errors.sessionCompleted();
    const { key, contentType } = readUploadHeaders(request.headers, this.config.uploadBodyLimit);
    const busy = this.inFlight.get(who.tokenHash) ?? 0;
    if (busy >= this.config.captures.uploadsPerToken) {
      throw new ApiError(
        429,
        'too_many_uploads',
        `At most ${this.config.captures.uploadsPerToken} uploads per device at once; retry when one has finished.`,
        undefined,
        { 'Retry-After': '1' },
      );
    }
    this.inFlight.set(who.tokenHash, busy + 1);
    let form: ReceivedForm | null = null;
    try {
      form = await readMultipart(request.body, contentType, this.store.dir, {
        bodyBytes: this.config.uploadBodyLimit,
        fileBytes: who.row.max_upload_bytes,
        files: MAX_LIVENESS_FRAMES + 1,
        fields: CAPTURE_FIELDS.size + 2,
        fieldBytes: MAX_META_CHARS * 4,
      });
      const parsed = parseCaptureRequest(form);
      if (!parsed.ok) throw captureRequestError(parsed.error);
      const refusal = captureRefusal(who.row, parsed.request.kind, parsed.request.meta);
      if (refusal) throw refusal;
      const images = await this.prepare(parsed.request.files);
      return await this.keep(who, key, parsed.request, images);
    } finally {
      await discardForm(form);
      const left = (this.inFlight.get(who.tokenHash) ?? 1) - 1;
      if (left > 0) this.inFlight.set(who.tokenHash, left);
      else this.inFlight.delete(who.tokenHash);
    }
  }

  /** Sniffs each file (its declared type must agree) and re-encodes it. */
  private async prepare(files: readonly ReceivedFile[]): Promise<PreparedImage[]> {
    const images: PreparedImage[] = [];
    for (const f of files) {
      const bytes = await readFile(f.path);
      const sniffed = sniffImage(bytes);
      if (!sniffed) throw errors.unsupportedMediaType(`Only ${ACCEPTED_IMAGE_TYPES.join(', ')} images are accepted.`);
      if (f.mimeType !== '' && f.mimeType !== 'application/octet-stream' && f.mimeType !== sniffed) {
        throw errors.unsupportedMediaType(`The file is declared as ${f.mimeType} but its bytes are ${sniffed}.`);
      }
      const image = await normalizeImage(bytes, sniffed, this.config.captures.maxImagePixels);
      images.push({ source_sha256: f.sha256, sha256: sha256Hex(image.data), data: image.data });
    }
    return images;
  }

  /**
   * Stages the re-encoded images, then records the capture in one transaction that answers a replay,
   * re-checks the session, the token and the quota, and judges the liveness evidence; the files take
   * their final names last in that transaction. Files of the capture it replaces are deleted when nothing
   * references them.
   */
  private async keep(
    who: Uploader,
    key: string,
    request: CaptureRequest<ReceivedFile>,
    images: PreparedImage[],
  ): Promise<UploadReply> {
    const { row } = who;
    const { kind, meta, requestHash } = request;
    const ext = EXTENSIONS['image/jpeg'];
    const staged: StagedFile[] = [];
    try {
      for (const image of images) staged.push(await this.store.stage(image.sha256, ext, image.data));
      const total = images.reduce((n, f) => n + f.data.length, 0);
      const hash = images.length === 1 ? images[0]!.sha256 : sha256Hex(Buffer.concat(images.map((f) => f.data)));
      const stored: StoredFile[] = images.map((f) => ({
        sha256: f.sha256,
        ext,
        bytes: f.data.length,
        content_type: 'image/jpeg',
        source_sha256: f.source_sha256,
      }));
      const receipt: CaptureReceipt = { id: `cap_${randomUUID()}`, kind, bytes: total, sha256: hash };
      const body = JSON.stringify(receipt);
      let released: StoredFile[] = [];
      const result = this.db.transaction((): UploadReply => {
        const replay = this.replay(row.id, key, requestHash);
        if (replay) return replay;
        this.assertWritable(row.id, who);
        const now = this.config.now();
        const all = this.sessions.repo.allCaptures(row.id);
        const active = all.filter((c) => c.superseded === 0);
        const kept = active.filter((c) => c.kind !== kind);
        checkQuota(
          this.config.captures,
          all.length,
          kept.reduce((n, c) => n + c.bytes, 0),
          total,
        );
        // The device judged the challenges; the server checks the evidence before it is kept.
        const verdict =
          kind === 'liveness' ? judgeLiveness(row, { meta, files: stored, created_at: now }, kept, now) : null;
        if (verdict?.result === 'failed') throw errors.livenessEvidenceInvalid(verdict.reasons);
        released = active.filter((c) => c.kind === kind).flatMap((c) => filesOf(c));
        // A replaced capture keeps its row (kind, bytes, sha256, time) but no longer holds its files.
        this.db
          .prepare(
            `UPDATE captures SET superseded = 1, files = '[]' WHERE session_id = ? AND kind = ? AND superseded = 0`,
          )
          .run(row.id, kind);
        this.db
          .prepare(
            `INSERT INTO captures (id, session_id, kind, bytes, sha256, files, meta, superseded, created_at, liveness_check)
             VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
          )
          .run(
            receipt.id,
            row.id,
            kind,
            total,
            hash,
            JSON.stringify(stored),
            meta ? JSON.stringify(meta) : null,
            now,
            verdict ? JSON.stringify(verdict) : null,
          );
        if (!verdict) this.rejudgeLiveness(row, now);
        this.db
          .prepare(
            `INSERT INTO idempotency_records (session_id, key, request_hash, status_code, response_body, created_at)
             VALUES (?, ?, ?, 201, ?, ?)`,
          )
          .run(row.id, key, requestHash, body, now);
        // Last, so that a failed rename rolls the rows back; once renamed a file is no longer staged.
        for (const f of staged.splice(0)) this.store.commit(f);
        return { status: 201, body, headers: { 'Content-Type': 'application/json' } };
      })();
      this.releaseFiles(released);
      if (result.body === body && row.status === 'created') this.sessions.transition(row, 'in_progress');
      return result;
    } finally {
      for (const f of staged) await this.store.discard(f);
    }
  }

  /** The first reply to this Idempotency-Key, or 409 when the key came with another request. */
  private replay(sessionId: string, key: string, requestHash: string): UploadReply | null {
    const previous = this.db
      .prepare('SELECT * FROM idempotency_records WHERE session_id = ? AND key = ?')
      .get(sessionId, key) as IdempotencyRow | undefined;
    if (!previous) return null;
    if (previous.request_hash !== requestHash) {
      throw new ApiError(
        409,
        'idempotency_conflict',
        'This Idempotency-Key was already used with a different request.',
      );
    }
    return {
      status: previous.status_code,
      body: previous.response_body,
      headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' },
    };
  }

  /** A capture of another kind may repeat a liveness frame: the current liveness capture is judged again. */
  private rejudgeLiveness(row: SessionRow, now: number): void {
    const active = this.sessions.repo.activeCaptures(row.id);
    const liveness = active.find((c) => c.kind === 'liveness');
    if (!liveness) return;
    const verdict: StoredVerdict = judgeStoredLiveness(row, liveness, active, now);
    this.db.prepare('UPDATE captures SET liveness_check = ? WHERE id = ?').run(JSON.stringify(verdict), liveness.id);
  }

  /**
   * Inside a write transaction: throws 409 unless the session still takes captures — open (created or
   * in_progress), not past its expiry — and the token that sent the request is still live (a phone
   * token is revoked when a newer handoff link is opened).
   */
  private assertWritable(sessionId: string, token: { device: Device; tokenHash: string }): void {
    const current = this.sessions.repo.byId(sessionId);
    if (!current || isFinished(current.status)) throw errors.sessionCompleted();
    if (!this.sessions.isLive(current)) {
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

  /** Deletes the files no capture row references any more (checked and removed in one synchronous turn). */
  private releaseFiles(files: StoredFile[]): void {
    const referenced = this.db.prepare(
      `SELECT 1 FROM captures, json_each(captures.files) AS f
       WHERE json_extract(f.value, '$.sha256') = ? AND json_extract(f.value, '$.ext') = ? LIMIT 1`,
    );
    for (const f of files) {
      if (referenced.get(f.sha256, f.ext) === undefined) this.store.remove(f.sha256, f.ext);
    }
  }
}
