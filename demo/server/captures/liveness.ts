/**
 * The stored liveness verdict. The evidence of the session's current liveness capture is judged
 * (liveness-check.ts) when a capture is written — the liveness capture itself, or a capture of another
 * kind that may repeat one of its frames — and the verdict is kept in `captures.liveness_check`.
 * Reading a session only reads it back.
 */
import type { CaptureMeta, LivenessCheck } from '../../../src/api/schemas.js';
import { parseLiveness, type CaptureRow, type SessionRow, type StoredFile } from '../db.js';
import { checkLiveness, type FrameHashes, type LivenessVerdict } from '../liveness-check.js';
import { isoSeconds } from '../webhooks.js';

/** The verdict as stored with the liveness capture (JSON in `captures.liveness_check`). */
export interface StoredVerdict extends LivenessVerdict {
  /** When the verdict was reached (epoch ms). */
  checked_at: number;
}

/** The stored files of a capture row (older rows may lack `source_sha256`). */
export function filesOf(row: Pick<CaptureRow, 'files'>): StoredFile[] {
  return JSON.parse(row.files) as StoredFile[];
}

export function hashesOf(files: readonly StoredFile[]): FrameHashes[] {
  return files.map((f) => ({ sha256: f.sha256, source_sha256: f.source_sha256 ?? f.sha256 }));
}

/** The liveness capture to judge: its meta, its files and when it arrived. */
export interface LivenessCandidate {
  meta: CaptureMeta | null;
  files: readonly StoredFile[];
  created_at: number;
}

/**
 * Judges a liveness capture against the session's sequence and the session's current captures of other
 * kinds (`others`, superseded ones left out by the caller). Pure.
 */
export function judgeLiveness(
  session: SessionRow,
  capture: LivenessCandidate,
  others: readonly CaptureRow[],
  now: number,
): StoredVerdict {
  const verdict = checkLiveness({
    sequence: parseLiveness(session),
    meta: capture.meta,
    frames: hashesOf(capture.files),
    others: others.filter((c) => c.kind !== 'liveness').map((c) => ({ kind: c.kind, files: hashesOf(filesOf(c)) })),
    sessionAgeMs: capture.created_at - session.created_at,
  });
  return { ...verdict, checked_at: now };
}

/** Judges a stored liveness capture row against the other current captures of its session. */
export function judgeStoredLiveness(
  session: SessionRow,
  liveness: CaptureRow,
  active: readonly CaptureRow[],
  now: number,
): StoredVerdict {
  const meta = liveness.meta ? (JSON.parse(liveness.meta) as CaptureMeta) : null;
  return judgeLiveness(session, { meta, files: filesOf(liveness), created_at: liveness.created_at }, active, now);
}

/** The verdict as `GET /api/v1/sessions/{id}` shows it, from the current liveness capture; null without one. */
export function livenessCheckOf(active: readonly CaptureRow[]): LivenessCheck | null {
  const liveness = active.find((c) => c.kind === 'liveness');
  if (!liveness?.liveness_check) return null;
  const stored = JSON.parse(liveness.liveness_check) as StoredVerdict;
  return {
    capture_id: liveness.id,
    mode: stored.mode,
    result: stored.result,
    reasons: stored.reasons,
    checked_at: isoSeconds(stored.checked_at),
  };
}
