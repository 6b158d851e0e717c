/** The tuning, input and output types of the liveness session (./liveness.ts). */
import type { LivenessChallenge } from '../api/schemas.js';
import type { Landmark } from './geometry.js';

/** Tuning of {@link LivenessSession}; every value has a measured or reasoned default. */
export interface LivenessConfig {
  /** Consecutive steady, frontal frames that make the baseline. */
  baselineFrames: number;
  /** Give up finding a baseline after this long (ms). */
  baselineTimeoutMs: number;
  /** Max nose movement between baseline frames, in face widths. */
  steadyMotion: number;
  /** Max |yaw ratio| for a baseline frame. */
  frontalYaw: number;
  /** Time allowed per challenge attempt (ms). */
  challengeTimeoutMs: number;
  /** Extra attempts per challenge after a timeout. */
  retries: number;
  /** Yaw change from baseline that counts as a turn (≈ 15°). */
  turnThreshold: number;
  /** Yaw change from baseline below which the head is back. */
  turnReturn: number;
  /** EAR / running median below this is a closed eye. */
  blinkRatio: number;
  /** EAR / running median above this is an open eye again. */
  blinkOpenRatio: number;
  /** Ignore closed eyes while |yaw − baseline| exceeds this. */
  blinkYawGate: number;
  /** Mouth ratio / baseline at or above this is a smile. */
  smileRatio: number;
  /** Mouth ratio / baseline below this is a neutral mouth again. */
  smileReturn: number;
  /** Smile frames only count while |yaw − baseline| is below this. */
  smileYawGate: number;
  /** Consecutive frames the signal must stay past its threshold (blink: closed frames). */
  holdFrames: { blink: number; turn_left: number; turn_right: number; smile: number };
  /** A session whose face shape varies less than this (std, in eye-corner distances) is a still image. */
  staticShapeStd: number;
}

export const DEFAULT_LIVENESS_CONFIG: LivenessConfig = {
  baselineFrames: 15,
  baselineTimeoutMs: 20000,
  steadyMotion: 0.03,
  frontalYaw: 0.12,
  challengeTimeoutMs: 8000,
  retries: 1,
  turnThreshold: 0.15,
  turnReturn: 0.06,
  blinkRatio: 0.8,
  blinkOpenRatio: 0.9,
  blinkYawGate: 0.12,
  smileRatio: 1.1,
  smileReturn: 1.04,
  smileYawGate: 0.05,
  holdFrames: { blink: 2, turn_left: 3, turn_right: 3, smile: 3 },
  staticShapeStd: 0.004,
};

/** One frame for the session: a timestamp (ms, monotonic) and the face's landmarks, or null. */
export interface LivenessFrame {
  t: number;
  landmarks: readonly Landmark[] | null;
  /** Frame width / height (default 4/3). */
  aspect?: number;
}

/** One attempt at one challenge, as sent in `CaptureMeta.liveness`. Times: ms since the session's first frame. */
export interface ChallengeLogEntry {
  challenge: LivenessChallenge;
  started_at: number;
  ended_at: number;
  passed: boolean;
  /** Peak signal: min EAR ratio (blink), max yaw change toward the asked side (turns), max mouth ratio (smile). */
  peak?: number;
}

export type LivenessPhase = 'baseline' | 'challenge' | 'passed' | 'failed';
export type LivenessFailure = 'no_baseline' | 'timeout' | 'static';

/** Why a frame is worth keeping as evidence. */
export type EvidenceReason = 'baseline' | `challenge:${LivenessChallenge}`;

/** State after each frame. */
export interface LivenessUpdate {
  phase: LivenessPhase;
  challenge: LivenessChallenge | null;
  /** Index of the current challenge in the sequence. */
  index: number;
  /** 1-based attempt at the current challenge. */
  attempt: number;
  /** Time left for the current attempt (ms), or null outside challenges. */
  remainingMs: number | null;
  faceVisible: boolean;
  /** Baseline progress 0..1 during 'baseline'. */
  progress: number;
  /** Non-null when this frame should be kept as evidence. */
  evidence: EvidenceReason | null;
  /** The phase, challenge or attempt changed on this frame (announce it). */
  changed: boolean;
  failure: LivenessFailure | null;
}
