/**
 * Capture uploads (`POST /api/v1/flow/captures`), end to end:
 *
 *  1. cheap refusals first (finished session, Idempotency-Key, content type, declared length, too many
 *     uploads of this token in flight);
 *  2. the body is streamed (multipart.ts): every limit holds before memory is spent, file parts go to
 *     temporary files while they are hashed;
 *  3. fields are validated with the wire contract; a replayed Idempotency-Key returns the first reply;
 *  4. each image is checked and re-encoded off the event loop (images.ts); a liveness capture's
 *     evidence is judged against the session (liveness-check.ts) when the session is read;
 *  5. the re-encodings are staged (encrypted when a key is set), and one transaction re-checks that the
 *     session still takes captures, applies the session's quota, replaces the previous capture of the
 *     kind and records the reply; only then do the files take their final names;
 *  6. files that no capture references any more (a superseded retake's) are deleted.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  ACCEPTED_IMAGE_TYPES,
  CaptureKind,
  CaptureMeta,
  type CaptureReceipt,
  type Device,
  type SessionStatus,
} from '../../src/api/schemas.js';
import type { Config } from './config.js';
import { parseLiveness, sha256Hex, type CaptureRow, type DB, type SessionRow, type StoredFile } from './db.js';
import { ApiError, errors, validationFailed } from './errors.js';
import { normalizeImage } from './images.js';
import { checkLiveness, type FrameHashes, type LivenessVerdict } from './liveness-check.js';
import { discardForm, readMultipart, type ReceivedForm } from './multipart.js';
import { idempotencyConflict, type SessionService } from './service.js';
import { EXTENSIONS, sniffImage, type CaptureStore, type StagedFile } from './storage.js';

export const MAX_LIVENESS_FRAMES = 8;
export const MAX_META_CHARS = 16 * 1024;
const CAPTURE_FIELDS = new Set(['file', 'kind', 'meta']);
const FINISHED: SessionStatus[] = ['processing', 'approved', 'declined'];

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

const invalid = (path: string, message: string) =>
  new ApiError(400, 'validation_failed', 'The request is invalid.', [{ path, message }]);

/** The stored files of a capture row (older rows may lack `source_sha256`). */
export function filesOf(row: Pick<CaptureRow, 'files'>): StoredFile[] {
  return JSON.parse(row.files) as StoredFile[];
}

function hashesOf(files: StoredFile[]): FrameHashes[] {
  return files.map((f) => ({ sha256: f.sha256, source_sha256: f.source_sha256 ?? f.sha256 }));
}

/**
 * The verdict on a session's current liveness capture, or null when it has none. Recomputed from what
 * is stored, so a capture of another kind sent later that repeats a liveness frame shows here too.
 */
export function livenessVerdictOf(
  db: DB,
  row: SessionRow,
): (LivenessVerdict & { capture_id: string; checked_at: number }) | null {
  const captures = db
    .prepare('SELECT * FROM captures WHERE session_id = ? AND superseded = 0 ORDER BY created_at, rowid')
    .all(row.id) as CaptureRow[];
  const liveness = captures.find((c) => c.kind === 'liveness');
  if (!liveness) return null;
  const verdict = checkLiveness({
    sequence: parseLiveness(row),
    meta: liveness.meta ? (JSON.parse(liveness.meta) as CaptureMeta) : null,
    frames: hashesOf(filesOf(liveness)),
    others: captures.filter((c) => c.kind !== 'liveness').map((c) => ({ kind: c.kind, files: hashesOf(filesOf(c)) })),
    sessionAgeMs: liveness.created_at - row.created_at,
  });
  return { ...verdict, capture_id: liveness.id, checked_at: liveness.created_at };
}

export class CaptureUploads {
  /** Uploads in flight per token hash. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly db: DB,
    private readonly config: Config,
    private readonly store: CaptureStore,
    private readonly sessions: SessionService,
  ) {}

  async upload(who: Uploader, request: Request): Promise<UploadReply> {
    const { row } = who;
    if (FINISHED.includes(row.status as SessionStatus)) throw errors.sessionCompleted();
    const key = request.headers.get('Idempotency-Key');
    if (key === null || key.trim() === '') {
      throw new ApiError(400, 'idempotency_key_missing', 'An Idempotency-Key header is required.');
    }
    if (key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
      throw new ApiError(400, 'idempotency_key_invalid', 'Idempotency-Key must be 1–200 visible ASCII characters.');
    }
    const contentType = request.headers.get('Content-Type') ?? '';
    if (contentType.split(';')[0]!.trim().toLowerCase() !== 'multipart/form-data') {
      throw errors.unsupportedMediaType('Send the capture as multipart/form-data.');
    }
    const bodyCap = this.config.uploadBodyLimit;
    const declared = Number(request.headers.get('Content-Length') ?? NaN);
    if (Number.isFinite(declared) && declared > bodyCap) {
      throw errors.payloadTooLarge(`Uploads are limited to ${bodyCap} bytes.`);
    }

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
        bodyBytes: bodyCap,
        fileBytes: row.max_upload_bytes,
        files: MAX_LIVENESS_FRAMES + 1,
        fields: CAPTURE_FIELDS.size + 2,
        fieldBytes: MAX_META_CHARS * 4,
      });
      return await this.accept(who, key, form);
    } finally {
      await discardForm(form);
      const left = (this.inFlight.get(who.tokenHash) ?? 1) - 1;
      if (left > 0) this.inFlight.set(who.tokenHash, left);
      else this.inFlight.delete(who.tokenHash);
    }
  }

  /** Validates a received form and stores the capture. */
  private async accept(who: Uploader, key: string, form: ReceivedForm): Promise<UploadReply> {
    const { row } = who;
    const names = [...form.fields.map((f) => f.name), ...form.files.map((f) => f.field)];
    const unknown = [...new Set(names.filter((k) => !CAPTURE_FIELDS.has(k)))];
    if (unknown.length) {
      throw new ApiError(
        400,
        'validation_failed',
        'The request is invalid.',
        unknown.map((k) => ({ path: k, message: `Unrecognized field: "${k}"` })),
      );
    }
    const kinds = form.fields.filter((f) => f.name === 'kind');
    const kindParsed = CaptureKind.safeParse(kinds.length === 1 ? kinds[0]!.value : kinds.map((f) => f.value));
    if (!kindParsed.success) throw validationFailed(kindParsed.error, ['kind']);
    const kind = kindParsed.data;

    const metas = form.fields.filter((f) => f.name === 'meta');
    let meta: CaptureMeta | null = null;
    let metaText: string | null = null;
    if (metas.length > 1) throw invalid('meta', 'meta must be one JSON string field');
    if (metas.length === 1) {
      const field = metas[0]!;
      if (field.truncated || field.value.length > MAX_META_CHARS) {
        throw invalid('meta', `meta must be at most ${MAX_META_CHARS} characters`);
      }
      metaText = field.value;
      let raw: unknown;
      try {
        raw = JSON.parse(field.value);
      } catch {
        throw invalid('meta', 'meta is not valid JSON');
      }
      const metaParsed = CaptureMeta.safeParse(raw);
      if (!metaParsed.success) throw validationFailed(metaParsed.error, ['meta']);
      meta = metaParsed.data;
    }

    const files = form.files;
    const fileProblem = form.fields.some((f) => f.name === 'file')
      ? 'file must be a file part, not a text field'
      : files.length === 0
        ? 'a file part is required'
        : kind !== 'liveness' && files.length > 1
          ? `${kind} takes exactly one file`
          : files.length > MAX_LIVENESS_FRAMES
            ? `liveness takes at most ${MAX_LIVENESS_FRAMES} files`
            : null;
    if (fileProblem) throw invalid('file', fileProblem);

    this.sessions.checkCapture(row, kind, meta);

    const requestHash = sha256Hex(JSON.stringify({ kind, meta: metaText, files: files.map((f) => f.sha256) }));
    const previous = this.sessions.idempotencyRecord(row.id, key);
    if (previous) {
      if (previous.request_hash !== requestHash) throw idempotencyConflict();
      return {
        status: previous.status_code,
        body: previous.response_body,
        headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' },
      };
    }

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
    return this.store_(who, kind, meta, images, key, requestHash);
  }

  /**
   * Stages the re-encoded images, then records the capture in one transaction that re-checks the
   * session, the token, the quota and (for liveness) the evidence; the files take their final names
   * last in that transaction. Files of the capture it replaces are deleted when nothing references them.
   */
  private async store_(
    who: Uploader,
    kind: CaptureKind,
    meta: CaptureMeta | null,
    images: PreparedImage[],
    key: string,
    requestHash: string,
  ): Promise<UploadReply> {
    const { row } = who;
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
        const existing = this.sessions.idempotencyRecord(row.id, key);
        if (existing) {
          if (existing.request_hash !== requestHash) throw idempotencyConflict();
          return {
            status: existing.status_code,
            body: existing.response_body,
            headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' },
          };
        }
        this.sessions.assertWritable(row.id, who);
        const now = this.config.now();
        const current = this.db
          .prepare('SELECT * FROM captures WHERE session_id = ? ORDER BY created_at, rowid')
          .all(row.id) as CaptureRow[];
        const active = current.filter((c) => c.superseded === 0);
        this.checkQuota(
          current.length,
          active.filter((c) => c.kind !== kind).reduce((n, c) => n + c.bytes, 0),
          total,
        );
        if (kind === 'liveness') {
          // The device judged the challenges; the server checks the evidence before it is kept.
          const verdict = checkLiveness({
            sequence: parseLiveness(row),
            meta,
            frames: hashesOf(stored),
            others: active
              .filter((c) => c.kind !== 'liveness')
              .map((c) => ({ kind: c.kind, files: hashesOf(filesOf(c)) })),
            sessionAgeMs: now - row.created_at,
          });
          if (verdict.result === 'failed') throw errors.livenessEvidenceInvalid(verdict.reasons);
        }
        const replaced = active.filter((c) => c.kind === kind);
        released = replaced.flatMap((c) => filesOf(c));
        // A replaced capture keeps its row (kind, bytes, sha256, time) but no longer holds its files.
        this.db
          .prepare(
            `UPDATE captures SET superseded = 1, files = '[]' WHERE session_id = ? AND kind = ? AND superseded = 0`,
          )
          .run(row.id, kind);
        this.db
          .prepare(
            `INSERT INTO captures (id, session_id, kind, bytes, sha256, files, meta, superseded, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
          )
          .run(receipt.id, row.id, kind, total, hash, JSON.stringify(stored), meta ? JSON.stringify(meta) : null, now);
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

  /** Throws `413 session_quota_exceeded` when one more upload of `bytes` would pass the session's quota. */
  private checkQuota(uploads: number, keptBytes: number, bytes: number): void {
    const { maxUploadsPerSession, maxBytesPerSession } = this.config.captures;
    if (uploads + 1 > maxUploadsPerSession) {
      throw new ApiError(413, 'session_quota_exceeded', `A session takes at most ${maxUploadsPerSession} uploads.`, [
        { limit: 'uploads', max: maxUploadsPerSession },
      ]);
    }
    if (keptBytes + bytes > maxBytesPerSession) {
      throw new ApiError(
        413,
        'session_quota_exceeded',
        `A session keeps at most ${maxBytesPerSession} bytes of images.`,
        [{ limit: 'bytes', max: maxBytesPerSession }],
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
