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
import { MESH, distance, faceWidth, mean, median, normalizedShape, point, type Landmark } from './geometry.js';
import { BlinkDetector, meanEyeAspectRatio, mouthRatio, yawRatio } from './liveness-signals.js';
import {
  DEFAULT_LIVENESS_CONFIG,
  type ChallengeLogEntry,
  type EvidenceReason,
  type LivenessConfig,
  type LivenessFailure,
  type LivenessFrame,
  type LivenessPhase,
  type LivenessUpdate,
} from './liveness-types.js';

export type { Landmark } from './geometry.js';
export * from './liveness-signals.js';
export * from './liveness-types.js';

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
