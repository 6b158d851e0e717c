/**
 * Active-liveness signals from face landmarks, and the challenge state machine.
 *
 * No blendshape model ships with our models, so every signal is geometry over the 478-point mesh
 * (eye and lip points refined by the model build):
 *  - blink: eye aspect ratio (EAR) per eye; a blink is the mean EAR below 0.8 × its running median
 *    (previous 30 frames) for ≥ 2 consecutive frames.
 *  - head turn: yaw ratio `(x1 − x234) / (x454 − x234) − 0.5` on the camera image (not mirrored).
 *    Positive = the nose moves toward the image's right = the applicant turns to **their own left**
 *    (`turn_left`). ≈ ±0.33 at ±30°; a mirrored preview must not flip this convention.
 *  - smile: mouth width / face width relative to the baseline; gated on a frontal head because a
 *    turn alone changes the ratio by ±5 %.
 * Pure: no DOM, no clock — callers pass timestamps.
 */
import type { LivenessChallenge } from '../api/schemas.js';
import { MESH, distance, faceWidth, median, mean, normalizedShape, point, type Landmark } from './geometry.js';

export type { Landmark } from './geometry.js';

type Eye = (typeof MESH)['eyeA'] | (typeof MESH)['eyeB'];

/** Eye aspect ratio: lid opening / eye width (≈ 0.35 open, ≈ 0.2 closed with the refined model). */
export function eyeAspectRatio(landmarks: readonly Landmark[], eye: Eye, aspect = 1): number {
  const width = distance(point(landmarks, eye.outer), point(landmarks, eye.inner), aspect);
  return width > 0 ? distance(point(landmarks, eye.upper), point(landmarks, eye.lower), aspect) / width : 0;
}

/** Mean EAR of both eyes. */
export function meanEyeAspectRatio(landmarks: readonly Landmark[], aspect = 1): number {
  return (eyeAspectRatio(landmarks, MESH.eyeA, aspect) + eyeAspectRatio(landmarks, MESH.eyeB, aspect)) / 2;
}

/**
 * Yaw ratio: where the nose tip sits between the two face-contour points, minus one half.
 * 0 ≈ frontal; > 0 = the applicant turned to their own left; < 0 = to their own right.
 */
export function yawRatio(landmarks: readonly Landmark[]): number {
  const left = point(landmarks, MESH.cheekImageLeft).x;
  const right = point(landmarks, MESH.cheekImageRight).x;
  const span = right - left;
  if (Math.abs(span) < 1e-6) return 0;
  return (point(landmarks, MESH.noseTip).x - left) / span - 0.5;
}

/**
 * Yaw angle in degrees from the 3D landmarks: the angle of the cheek-to-cheek line in the x–z
 * plane. Same sign convention as {@link yawRatio}. A cross-check only: the landmark model's z is a
 * relative depth, so thresholds are set on the ratio, which was measured.
 */
export function yawDegrees(landmarks: readonly Landmark[], aspect = 1): number {
  const a = point(landmarks, MESH.cheekImageLeft);
  const b = point(landmarks, MESH.cheekImageRight);
  return (Math.atan2((b.z ?? 0) - (a.z ?? 0), (b.x - a.x) * aspect) * 180) / Math.PI;
}

/** Mouth width (corners 61–291) / face width (234–454): ≈ 0.47 neutral, ≈ 0.56 smiling. */
export function mouthRatio(landmarks: readonly Landmark[], aspect = 1): number {
  const fw = faceWidth(landmarks, aspect);
  return fw > 0 ? distance(point(landmarks, MESH.mouthLeft), point(landmarks, MESH.mouthRight), aspect) / fw : 0;
}

/** What {@link BlinkDetector.push} reports for one frame. */
export interface BlinkSample {
  /** EAR / running median, or NaN while the history is too short. */
  ratio: number;
  /** Below the threshold on this frame. */
  closed: boolean;
  /** True on the frame where a closure run reaches the minimum length (one event per closure). */
  blink: boolean;
}

/** Blink detector with a running baseline (median of the previous `window` EAR values). */
export class BlinkDetector {
  private readonly history: number[] = [];
  private run = 0;
  constructor(
    readonly threshold = 0.8,
    readonly minFrames = 2,
    readonly window = 30,
    readonly minHistory = 10,
  ) {}

  /** Seeds the history (e.g. with the baseline frames). */
  seed(values: readonly number[]): void {
    for (const v of values) this.remember(v);
  }

  push(ear: number): BlinkSample {
    const ratio = this.history.length >= this.minHistory ? ear / median(this.history) : Number.NaN;
    const closed = ratio < this.threshold;
    this.run = closed ? this.run + 1 : 0;
    this.remember(ear);
    return { ratio, closed, blink: closed && this.run === this.minFrames };
  }

  private remember(v: number): void {
    this.history.push(v);
    if (this.history.length > this.window) this.history.shift();
  }
}

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

interface Baseline {
  yaw: number;
  ear: number;
  mouth: number;
}

interface Signals {
  yaw: number;
  ear: number;
  mouth: number;
  nose: Landmark;
  width: number;
}

/**
 * Runs a liveness check over a stream of frames: a hold-still baseline, then each challenge of the
 * server's sequence in order. A challenge passes when its signal crosses the threshold for a few
 * frames **and then returns to baseline**; each attempt has a timeout, with `retries` extra
 * attempts. Landmarks whose shape barely varies over the whole session (a photo held to the camera)
 * are flagged `static` and cannot pass a turn nor the session.
 */
export class LivenessSession {
  readonly config: LivenessConfig;
  readonly log: ChallengeLogEntry[] = [];
  private phase: LivenessPhase = 'baseline';
  private failure: LivenessFailure | null = null;
  private t0: number | null = null;
  private baselineStart: number | null = null;
  private baselineRun: Signals[] = [];
  private baseline: Baseline | null = null;
  private readonly blink: BlinkDetector;
  private index = 0;
  private attempt = 1;
  private attemptStart = 0;
  private reached = false;
  private hold = 0;
  private mouthWindow: number[] = [];
  private peak = Number.NaN;
  // Running statistics of the normalised face shape (Welford, per coordinate).
  private shapeN = 0;
  private shapeMean: number[] = [];
  private shapeM2: number[] = [];

  constructor(
    readonly challenges: readonly LivenessChallenge[],
    config: Partial<LivenessConfig> = {},
  ) {
    if (challenges.length === 0) throw new RangeError('at least one challenge is needed');
    this.config = {
      ...DEFAULT_LIVENESS_CONFIG,
      ...config,
      holdFrames: { ...DEFAULT_LIVENESS_CONFIG.holdFrames, ...config.holdFrames },
    };
    this.blink = new BlinkDetector(this.config.blinkRatio, this.config.holdFrames.blink);
  }

  /** The current challenge, or null outside the challenge phase. */
  get current(): LivenessChallenge | null {
    return this.phase === 'challenge' ? (this.challenges[this.index] ?? null) : null;
  }

  /** Standard deviation of the face shape over the session so far (mean over coordinates). */
  get shapeVariation(): number {
    if (this.shapeN < 2) return 0;
    return mean(this.shapeM2.map((m2) => Math.sqrt(m2 / (this.shapeN - 1))));
  }

  /** True when the landmarks have barely changed shape over the whole session (a still image). */
  get isStatic(): boolean {
    return this.shapeN >= this.config.baselineFrames && this.shapeVariation < this.config.staticShapeStd;
  }

  /** Final outcome: passed only when every challenge passed and the input was not static. */
  get result(): {
    phase: LivenessPhase;
    passed: boolean;
    failure: LivenessFailure | null;
    static: boolean;
    log: ChallengeLogEntry[];
  } {
    return {
      phase: this.phase,
      passed: this.phase === 'passed',
      failure: this.failure,
      static: this.isStatic,
      log: [...this.log],
    };
  }

  /** Feeds one frame. Frames after the session ended are ignored. */
  push(frame: LivenessFrame): LivenessUpdate {
    const before = `${this.phase}|${this.index}|${this.attempt}`;
    let evidence: EvidenceReason | null = null;
    this.t0 ??= frame.t;
    const signals = frame.landmarks ? this.measure(frame.landmarks, frame.aspect ?? 4 / 3) : null;

    if (this.phase === 'baseline') {
      this.baselineStart ??= frame.t;
      evidence = this.stepBaseline(signals);
      const phase = this.phase as LivenessPhase; // stepBaseline may have moved on
      if (phase === 'baseline' && frame.t - this.baselineStart > this.config.baselineTimeoutMs)
        this.end('failed', 'no_baseline');
      else if (phase === 'challenge') this.startAttempt(frame.t);
    } else if (this.phase === 'challenge') {
      evidence = this.stepChallenge(signals, frame.t);
    }
    const after = `${this.phase}|${this.index}|${this.attempt}`;
    return {
      phase: this.phase,
      challenge: this.current,
      index: this.index,
      attempt: this.attempt,
      remainingMs:
        this.phase === 'challenge' ? Math.max(0, this.config.challengeTimeoutMs - (frame.t - this.attemptStart)) : null,
      faceVisible: signals !== null,
      progress: this.phase === 'baseline' ? this.baselineRun.length / this.config.baselineFrames : 1,
      evidence,
      changed: before !== after,
      failure: this.failure,
    };
  }

  private measure(landmarks: readonly Landmark[], aspect: number): Signals {
    const shape = normalizedShape(landmarks, aspect);
    this.shapeN++;
    if (this.shapeMean.length === 0) {
      this.shapeMean = shape.map(() => 0);
      this.shapeM2 = shape.map(() => 0);
    }
    shape.forEach((v, i) => {
      const d = v - this.shapeMean[i]!;
      this.shapeMean[i]! += d / this.shapeN;
      this.shapeM2[i]! += d * (v - this.shapeMean[i]!);
    });
    return {
      yaw: yawRatio(landmarks),
      ear: meanEyeAspectRatio(landmarks, aspect),
      mouth: mouthRatio(landmarks, aspect),
      nose: point(landmarks, MESH.noseTip),
      width: faceWidth(landmarks, aspect),
    };
  }

  private stepBaseline(s: Signals | null): EvidenceReason | null {
    const c = this.config;
    const last = this.baselineRun.at(-1);
    const steady =
      s !== null &&
      Math.abs(s.yaw) <= c.frontalYaw &&
      (!last || distance(s.nose, last.nose) <= c.steadyMotion * Math.max(s.width, 1e-6));
    if (!steady) {
      this.baselineRun = s && Math.abs(s.yaw) <= c.frontalYaw ? [s] : [];
      return null;
    }
    this.baselineRun.push(s);
    if (this.baselineRun.length < c.baselineFrames) return null;
    this.baseline = {
      yaw: median(this.baselineRun.map((x) => x.yaw)),
      ear: median(this.baselineRun.map((x) => x.ear)),
      mouth: median(this.baselineRun.map((x) => x.mouth)),
    };
    this.blink.seed(this.baselineRun.map((x) => x.ear));
    this.phase = 'challenge';
    return 'baseline';
  }

  /**
   * A baseline taken while the applicant was already smiling would make a later smile look like no
   * change. So the mouth's baseline follows a clearly narrower, steady, frontal mouth seen later: the
   * median of the last 10 frontal frames, when it is under 95 % of the baseline. It only ever goes down,
   * and a single noisy frame cannot move it.
   */
  private settleMouth(s: Signals, dyaw: number): void {
    if (Math.abs(dyaw) > this.config.smileYawGate) return;
    this.mouthWindow.push(s.mouth);
    if (this.mouthWindow.length > 10) this.mouthWindow.shift();
    if (this.mouthWindow.length < 10) return;
    const m = median(this.mouthWindow);
    if (m < this.baseline!.mouth * 0.95) this.baseline = { ...this.baseline!, mouth: m };
  }

  private startAttempt(t: number): void {
    this.attemptStart = t;
    this.reached = false;
    this.hold = 0;
    this.peak = Number.NaN;
  }

  private stepChallenge(s: Signals | null, t: number): EvidenceReason | null {
    const challenge = this.challenges[this.index]!;
    const base = this.baseline!;
    const c = this.config;
    let evidence: EvidenceReason | null = null;
    let done = false;

    if (s) {
      const dyaw = s.yaw - base.yaw;
      this.settleMouth(s, dyaw);
      let past = false;
      let back = false;
      switch (challenge) {
        case 'blink': {
          const sample = this.blink.push(s.ear);
          const ratio = Number.isNaN(sample.ratio) ? s.ear / base.ear : sample.ratio;
          past = sample.closed && Math.abs(dyaw) <= c.blinkYawGate;
          back = ratio >= c.blinkOpenRatio;
          if (past || this.reached) this.peak = Number.isNaN(this.peak) ? ratio : Math.min(this.peak, ratio);
          break;
        }
        case 'turn_left':
        case 'turn_right': {
          this.blink.push(s.ear);
          const toward = challenge === 'turn_left' ? dyaw : -dyaw;
          past = toward >= c.turnThreshold && !this.isStatic;
          back = Math.abs(dyaw) <= c.turnReturn;
          this.peak = Number.isNaN(this.peak) ? toward : Math.max(this.peak, toward);
          break;
        }
        case 'smile': {
          this.blink.push(s.ear);
          const ratio = s.mouth / this.baseline!.mouth;
          past = ratio >= c.smileRatio && Math.abs(dyaw) <= c.smileYawGate;
          back = ratio <= c.smileReturn;
          this.peak = Number.isNaN(this.peak) ? ratio : Math.max(this.peak, ratio);
          break;
        }
      }
      if (!this.reached) {
        this.hold = past ? this.hold + 1 : 0;
        if (this.hold >= c.holdFrames[challenge]) {
          this.reached = true;
          evidence = `challenge:${challenge}`;
        }
      } else if (back) {
        done = true;
      }
    }

    if (done) {
      this.record(challenge, t, true);
      this.index++;
      if (this.index >= this.challenges.length)
        this.end(this.isStatic ? 'failed' : 'passed', this.isStatic ? 'static' : null);
      else {
        this.attempt = 1;
        this.startAttempt(t);
      }
    } else if (t - this.attemptStart >= c.challengeTimeoutMs) {
      this.record(challenge, t, false);
      if (this.attempt <= c.retries) {
        this.attempt++;
        this.startAttempt(t);
      } else {
        this.end('failed', this.isStatic ? 'static' : 'timeout');
      }
    }
    return evidence;
  }

  private record(challenge: LivenessChallenge, t: number, passed: boolean): void {
    const t0 = this.t0 ?? t;
    const entry: ChallengeLogEntry = {
      challenge,
      started_at: Math.round(this.attemptStart - t0),
      ended_at: Math.round(t - t0),
      passed,
    };
    if (!Number.isNaN(this.peak)) entry.peak = Math.round(this.peak * 1000) / 1000;
    this.log.push(entry);
  }

  private end(phase: 'passed' | 'failed', failure: LivenessFailure | null): void {
    this.phase = phase;
    this.failure = failure;
  }
}
