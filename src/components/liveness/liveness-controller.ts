import type { ReactiveControllerHost } from 'lit';
import type { CaptureMeta, LivenessChallenge } from '../../api/schemas.js';
import { encodeFreshFrame } from '../../capture/fresh-frame.js';
import { livenessInstruction } from '../../capture/liveness-progress.js';
import { ENCODING, type CapturedImage } from '../../capture/types.js';
import type { CameraController } from '../../controllers/camera-controller.js';
import type { EventDetails } from '../base/verilock-element.js';
import { FaceDetectionController, type FaceFrameResult } from '../../controllers/face-detection-controller.js';
import type { InternalEventName } from '../../events/internal-events.js';
import type { Translation } from '../../i18n/translation.js';
import { LivenessSession, type LivenessConfig, type LivenessUpdate } from '../../vision/liveness.js';
import type { VisionLoadError } from '../../vision/mediapipe.js';

/** Evidence frames kept for the server: the baseline and the peak of each challenge. */
const MAX_EVIDENCE = 5;
/** Evidence frames the backend needs from an active run (the baseline and at least one challenge). */
const MIN_EVIDENCE = 2;
const EVIDENCE_ENCODING = { maxLongSide: 640, maxBytes: 120_000 };

/** Failed runs of the check after which the one-photo fallback is offered. */
export const FAILED_RUNS_BEFORE_FALLBACK = 2;

/** Why the one-photo fallback is offered (sent as `fallback_reason`). */
export type LivenessFallbackReason = NonNullable<CaptureMeta['fallback_reason']>;

export type LivenessStepPhase = 'ready' | 'running' | 'failed' | 'fallback';

/** What the liveness controller needs from its step. */
export interface LivenessStepOptions {
  camera: CameraController;
  video(): HTMLVideoElement | null;
  t(): Translation;
  challenges(): LivenessChallenge[];
  config(): Partial<LivenessConfig>;
  assetsBase(): string;
  /** Dispatches one of the step's `vl-*` events (the step's typed `emit()`). */
  emit<K extends InternalEventName>(name: K, detail: EventDetails[K]): void;
}

/**
 * The active liveness check of a step: runs a {@link LivenessSession} over face landmarks, keeps evidence
 * frames, counts failed runs, and decides when the one-photo fallback is offered (vision unavailable, too
 * many failed runs, no baseline, or the applicant's choice). Hands the flow the capture of the run that
 * passed, or the fallback photo. Its state drives the step's rendering: each change requests a host update
 * (the face detector it creates is the host's own reactive controller, released with the host).
 */
export class LivenessController {
  #host: ReactiveControllerHost;
  #opts: LivenessStepOptions;
  #phase: LivenessStepPhase = 'ready';
  #fallbackReason: LivenessFallbackReason | null = null;
  #latest: LivenessUpdate | null = null;
  #busy = false;
  #detector: FaceDetectionController | null = null;
  #visionMarked = false;
  #session: LivenessSession | null = null;
  #evidence: { blob: Blob; width: number; height: number }[] = [];
  #grabbing: Promise<void> | null = null;
  #failedRuns = 0;
  #visionFailed = false;

  constructor(host: ReactiveControllerHost, opts: LivenessStepOptions) {
    this.#host = host;
    this.#opts = opts;
  }

  get phase(): LivenessStepPhase {
    return this.#phase;
  }
  /** Why the one-photo fallback is offered, while `phase` is `'fallback'`. */
  get fallbackReason(): LivenessFallbackReason | null {
    return this.#fallbackReason;
  }
  /** The last frame's state of the running check. */
  get latest(): LivenessUpdate | null {
    return this.#latest;
  }
  /** A capture is being handed over. */
  get busy(): boolean {
    return this.#busy;
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  /** The camera's status changed: landmarks run only on a live preview. */
  onCameraStatus(live: boolean): void {
    if (live) this.#attach();
    else this.#detector?.detach();
  }

  /** Starts (or restarts) the check. */
  start(): void {
    if (this.#visionFailed) return this.fallback('vision_unavailable');
    const challenges = this.#opts.challenges();
    if (challenges.length === 0) return this.fallback('vision_unavailable'); // nothing to check actively
    this.#session = new LivenessSession(challenges, this.#opts.config());
    this.#evidence = [];
    this.#set(() => {
      this.#latest = null;
      this.#fallbackReason = null;
      this.#phase = 'running';
    });
    this.#attach();
  }

  /** Offers the one-photo fallback (the camera stays live for it). */
  fallback(reason: LivenessFallbackReason): void {
    this.#detector?.detach();
    this.#set(() => {
      this.#fallbackReason = reason;
      this.#phase = 'fallback';
    });
    this.#say(this.#opts.t().livenessFallback[reason]);
  }

  /** On-device vision cannot be used: the fallback, once. */
  visionError(error: VisionLoadError): void {
    if (this.#visionFailed) return;
    this.#visionFailed = true;
    this.#opts.emit('vl-vision-error', { error });
    this.fallback('vision_unavailable');
  }

  #attach(): void {
    const video = this.#opts.video();
    if (this.#phase !== 'running' || !video || this.#opts.camera.status !== 'live') return;
    this.#detector ??= new FaceDetectionController(this.#host, {
      assetsBase: this.#opts.assetsBase(),
      mode: 'landmarks',
      measureBrightness: false,
      onResult: (r) => {
        // For the bench: when the step got its first on-device vision result.
        if (!this.#visionMarked) performance.mark('verilock-vision-result', { detail: 'liveness' });
        this.#visionMarked = true;
        this.#onFrame(r);
      },
      onError: (error) => this.visionError(error),
    });
    this.#detector.attach(video);
  }

  #onFrame(r: FaceFrameResult): void {
    const session = this.#session;
    if (!session || this.#phase !== 'running') return;
    const u = session.push({ t: r.t, landmarks: r.landmarks, aspect: r.width / r.height });
    this.#set(() => (this.#latest = u));
    if (u.changed) this.#say(livenessInstruction(this.#opts.t(), u));
    if (u.evidence && this.#evidence.length < MAX_EVIDENCE) void this.#grab();
    if (u.phase === 'passed') void this.#finish();
    if (u.phase === 'failed') {
      this.#detector?.detach();
      if (u.failure === 'no_baseline') return this.fallback('no_baseline');
      this.#failedRuns++;
      if (this.#failedRuns >= FAILED_RUNS_BEFORE_FALLBACK) return this.fallback('challenge_failed');
      this.#set(() => (this.#phase = 'failed'));
      this.#say(this.#opts.t().livenessTimeout);
    }
  }

  /** Adds the current frame to the evidence, unless it repeats an earlier capture (one grab at a time). */
  #grab(): Promise<void> {
    const video = this.#opts.video();
    if (!video) return Promise.resolve();
    this.#grabbing ??= (async () => {
      try {
        const { image, fresh } = await encodeFreshFrame(video, EVIDENCE_ENCODING);
        if (fresh) this.#evidence.push(image);
      } catch {
        /* a missed evidence frame is not fatal: the log still holds the signals */
      } finally {
        this.#grabbing = null;
      }
    })();
    return this.#grabbing;
  }

  async #finish(): Promise<void> {
    const session = this.#session;
    if (!session || this.#busy) return;
    this.#set(() => (this.#busy = true));
    this.#detector?.detach();
    await this.#grabbing;
    for (let tries = 0; this.#evidence.length < MIN_EVIDENCE && tries < MIN_EVIDENCE; tries++) await this.#grab();
    const [first, ...rest] = this.#evidence;
    this.#opts.camera.stop();
    if (!first) {
      this.#set(() => {
        this.#busy = false;
        this.#phase = 'failed';
      });
      return;
    }
    this.#say(this.#opts.t().livenessPassed);
    // The whole log of the run that passed, every attempt in order (at most 2 per challenge, so ≤ 6 entries).
    this.#opts.emit('vl-captured', {
      ...first,
      source: 'camera',
      extraFiles: rest.map((f) => f.blob),
      liveness: session.result.log,
      livenessMode: 'active',
    } satisfies CapturedImage);
  }

  /** The fallback: one photo for manual review, with the reason and the last run's log (partial or empty). */
  async photo(): Promise<void> {
    const video = this.#opts.video();
    const reason = this.#fallbackReason;
    if (!video || this.#busy || !reason) return;
    this.#set(() => (this.#busy = true));
    try {
      const { image } = await encodeFreshFrame(video, ENCODING.face);
      this.#opts.camera.stop();
      this.#opts.emit('vl-captured', {
        ...image,
        source: 'camera',
        liveness: (this.#session?.result.log ?? []).slice(-10),
        livenessMode: 'photo',
        fallbackReason: reason,
      } satisfies CapturedImage);
    } catch {
      this.#set(() => (this.#busy = false));
    }
  }

  /** To the shell's polite live region, which speaks changes only (at most one every 2 s). */
  #say(text: string): void {
    this.#opts.emit('vl-guidance', { text });
  }
}
