/**
 * The server's own check of a liveness capture's evidence. The widget judges the challenges on the
 * device; the server does not take its word for it. An active capture (`meta.liveness_mode` absent or
 * `active`) passes only when:
 *  - its log follows the server's sequence: the passed attempts name exactly the sequence's challenges,
 *    in order; a failed attempt appears only as an earlier try of the challenge that passes next, at
 *    most {@link MAX_ATTEMPTS_PER_CHALLENGE} tries each;
 *  - every challenge passed;
 *  - the times (ms since the check's first camera frame) are finite, not negative, each attempt ends
 *    after it starts and none starts before the previous one ended, and the whole run fits in the time
 *    the session has existed;
 *  - at least {@link MIN_ACTIVE_FRAMES} evidence frames came, all different;
 *  - no frame is byte-identical (as uploaded, or as stored) to a capture of another kind in the session.
 * A `photo` capture (the accessible fallback) is not checked actively: it goes to manual review, with
 * its reason. Pure: no database, no clock.
 */
import type { CaptureMeta, LivenessChallenge } from '../../src/api/schemas.js';

/** Tries a challenge may take (the widget allows a retry after a timeout). */
export const MAX_ATTEMPTS_PER_CHALLENGE = 3;
/** Evidence frames an active capture must carry: the baseline and at least one challenge. */
export const MIN_ACTIVE_FRAMES = 2;

export type LivenessResult = 'passed' | 'manual_review' | 'failed';

/** The check's verdict, as stored with the capture and reported in `GET /api/v1/sessions/{id}`. */
export interface LivenessVerdict {
  mode: 'active' | 'photo';
  result: LivenessResult;
  /** Short codes saying why (empty when passed). */
  reasons: string[];
}

/** The hashes of one uploaded file: as uploaded and as stored. */
export interface FrameHashes {
  source_sha256: string;
  sha256: string;
}

export interface LivenessEvidence {
  /** The sequence the server chose for the session. */
  sequence: readonly LivenessChallenge[];
  meta: CaptureMeta | null;
  frames: readonly FrameHashes[];
  /** The files of the session's current captures of other kinds. */
  others: readonly { kind: string; files: readonly FrameHashes[] }[];
  /** How long the session has existed when the capture arrives (ms). */
  sessionAgeMs: number;
}

/** Reasons about the frames: too few, repeated, or equal to another kind's capture. */
export function frameReasons(
  frames: readonly FrameHashes[],
  others: LivenessEvidence['others'],
  minFrames: number,
): string[] {
  const reasons: string[] = [];
  if (frames.length < minFrames) reasons.push('frames_missing');
  const seen = new Set<string>();
  let repeated = false;
  for (const f of frames) {
    if (seen.has(f.source_sha256) || seen.has(f.sha256)) repeated = true;
    seen.add(f.source_sha256);
    seen.add(f.sha256);
  }
  if (repeated) reasons.push('frames_not_distinct');
  for (const other of others) {
    const hashes = new Set(other.files.flatMap((f) => [f.source_sha256, f.sha256]));
    if ([...seen].some((h) => hashes.has(h))) reasons.push(`frame_matches_${other.kind}`);
  }
  return reasons;
}

/** Reasons about the challenge log against the server's sequence and the session's age. */
export function logReasons(
  log: CaptureMeta['liveness'],
  sequence: readonly LivenessChallenge[],
  sessionAgeMs: number,
): string[] {
  const entries = log ?? [];
  if (entries.length === 0) return ['log_missing'];
  const reasons = new Set<string>();

  // Order: walk the sequence; failed tries of the current challenge are allowed before its pass.
  let index = 0;
  let tries = 0;
  for (const e of entries) {
    const expected = sequence[index];
    if (expected === undefined || e.challenge !== expected) {
      reasons.add('sequence_mismatch');
      break;
    }
    tries++;
    if (tries > MAX_ATTEMPTS_PER_CHALLENGE) {
      reasons.add('too_many_attempts');
      break;
    }
    if (e.passed) {
      index++;
      tries = 0;
    }
  }
  for (const c of sequence.slice(index)) reasons.add(`challenge_not_passed:${c}`);

  // Times.
  let previousEnd = 0;
  for (const e of entries) {
    if (!Number.isFinite(e.started_at) || !Number.isFinite(e.ended_at) || e.started_at < 0) {
      reasons.add('timestamps_invalid');
      break;
    }
    if (e.ended_at < e.started_at || e.started_at < previousEnd) reasons.add('timestamps_not_monotonic');
    previousEnd = Math.max(previousEnd, e.ended_at);
  }
  if (previousEnd > sessionAgeMs) reasons.add('timestamps_outside_session');
  return [...reasons];
}

/** The verdict on a liveness capture's evidence. */
export function checkLiveness(evidence: LivenessEvidence): LivenessVerdict {
  const mode = evidence.meta?.liveness_mode ?? 'active';
  if (mode === 'photo') {
    const reason = evidence.meta?.fallback_reason;
    const frames = frameReasons(evidence.frames, evidence.others, 1);
    return {
      mode,
      result: frames.length ? 'failed' : 'manual_review',
      reasons: [`photo_fallback:${reason ?? 'unspecified'}`, ...frames],
    };
  }
  const reasons = [
    ...logReasons(evidence.meta?.liveness, evidence.sequence, evidence.sessionAgeMs),
    ...frameReasons(evidence.frames, evidence.others, MIN_ACTIVE_FRAMES),
  ];
  return { mode, result: reasons.length ? 'failed' : 'passed', reasons };
}
