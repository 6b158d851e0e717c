/**
 * Runs on-device face detection (or face landmarks) on every new frame of a `<video>`.
 *
 *   const faces = new FaceDetectionController(this, { assetsBase, mode: 'detect', onResult: (r) => … });
 *   faces.attach(videoElement);   // borrows the page's task, then one call per new video frame
 *   faces.detach();               // stops and gives the task back (also on hostDisconnected)
 *
 * The task is the page's (src/vision/vision-runtime.ts): created once, then lent to every step and retake
 * that needs it, so the next camera step does not compile the wasm runtime or load the model again.
 *
 * Frames come from `requestVideoFrameCallback` (or, where a browser lacks it, animation frames that
 * carry a new video frame); inference is synchronous, so a frame that arrives while one is processed is
 * skipped, never queued (the camera's frame rate is never blocked). The frame the video already shows
 * when the task becomes usable (at attach() with a task lent warm, or when the task has loaded) is
 * processed at once, without waiting for the next frame to be presented.
 *
 * Nothing vision does can escape as an uncaught error or leave the step waiting: if the browser cannot
 * run it (no WebAssembly, no wasm SIMD, no WebGL), the wasm or a model cannot load, a detect call throws,
 * or no frame of the loop gives a result within `resultTimeoutMs` of the task being ready, `status` becomes `'error'` with a
 * {@link VisionLoadError}, `onError` is called once, the task is discarded, and the step falls back to
 * manual capture.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaceDetector, FaceLandmarker } from '@mediapipe/tasks-vision';
import { VisionLoadError } from '../vision/mediapipe.js';
import { leaseVisionTask, type VisionLease } from '../vision/vision-runtime.js';
import { toFaceBoxes, type FaceBox } from '../vision/face-guidance.js';
import type { Landmark } from '../vision/geometry.js';
import { median } from '../vision/geometry.js';
import { brightness as meanLuma, type GreyImage } from '../vision/document-quality.js';
import { ThumbnailSampler } from '../vision/thumbnail.js';

export type FaceDetectionMode = 'detect' | 'landmarks';
export type FaceDetectionStatus = 'idle' | 'loading' | 'ready' | 'error';

/** One processed frame. */
export interface FaceFrameResult {
  /** Frame time (ms, `performance.now()` clock). */
  t: number;
  /** Video frame size in pixels. */
  width: number;
  height: number;
  /** Time spent in the detector/landmarker for this frame (ms). */
  latencyMs: number;
  /** `detect` mode: faces in pixels (score ≥ 0.7). Empty in `landmarks` mode. */
  faces: FaceBox[];
  /** `landmarks` mode: the face's 478 normalised landmarks, or null when no face. */
  landmarks: Landmark[] | null;
  /** Mean luma 0–255 of the frame (from its thumbnail), or null when not measured. */
  brightness: number | null;
  /** A 64×48 grey thumbnail of the frame (whole-frame steadiness), or null when not measured. */
  thumb: GreyImage | null;
}

export interface FaceDetectionOptions {
  /** Where `wasm/` and `models/` are served (see src/vision/mediapipe.ts). */
  assetsBase: string;
  mode: FaceDetectionMode;
  onResult: (result: FaceFrameResult) => void;
  /** Called once when vision cannot be used (it cannot load, a detect call threw, or no result came in time). */
  onError?: (error: VisionLoadError) => void;
  /** Measure frame brightness and keep a thumbnail of each frame (default true). */
  measureBrightness?: boolean;
  /** Give up when the ready task has had no frame from the video loop for this long while the page is visible (ms). */
  resultTimeoutMs?: number;
}

/** Default of {@link FaceDetectionOptions.resultTimeoutMs}: well inside the 5 s an applicant may wait. */
export const RESULT_TIMEOUT_MS = 3000;

/** Counters for the benchmark and diagnostics. */
export interface FaceDetectionStats {
  /** Frames the video presented while attached (from `presentedFrames`). */
  offered: number;
  /** Frames that went through the task. */
  processed: number;
  medianLatencyMs: number;
  p90LatencyMs: number;
  /** Time from attach() to the task being ready (ms). */
  loadMs: number;
}

type Task = FaceDetector | FaceLandmarker;
const LATENCY_WINDOW = 120;

/**
 * The face detector is given the frame on a reused 2D canvas, not the `<video>` itself: handing MediaPipe a
 * canvas costs less than its own upload of the video frame (CPU delegate, software WebGL: about 12 ms instead of
 * 15–17 ms per 640×480 frame, draw included, interleaved on the same camera). Frames of at least twice this width
 * are halved down to it (1920×1080 → 960×540): the model looks at 128×128 either way. Not below 640: the face
 * box's precision is what the selfie's steadiness is judged on (at 320×240 its jitter doubled and auto-capture
 * came later). Landmarks keep the video.
 */
export const DETECT_INPUT_MIN_WIDTH = 640;

const sharedThumbs = new ThumbnailSampler();

export class FaceDetectionController implements ReactiveController {
  status: FaceDetectionStatus = 'idle';
  error: VisionLoadError | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #opts: FaceDetectionOptions;
  #lease: VisionLease<Task> | null = null;
  #video: HTMLVideoElement | null = null;
  #handle = 0;
  #busy = false;
  #generation = 0;
  #firstPresented = -1;
  #lastPresented = 0;
  /** 1 when the frame the video showed as the task became usable was processed at once (see #firstFrameNow). */
  #shownAtAttach = 0;
  #processed = 0;
  #latencies: number[] = [];
  #attachedAt = 0;
  #loadMs = Number.NaN;
  /** Shared by every controller of the page (used within one synchronous frame): a new step draws on warm canvases. */
  readonly #thumbs = sharedThumbs;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  #rafFrames = 0;
  #rafVideoTime = -1;

  constructor(host: ReactiveControllerHost, options: FaceDetectionOptions) {
    this.#host = host;
    this.#opts = options;
    host.addController(this);
  }

  hostConnected(): void {
    /* attach() starts the work */
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Frame and latency counters since the last attach(). */
  get stats(): FaceDetectionStats {
    const sorted = [...this.#latencies].sort((a, b) => a - b);
    return {
      offered: (this.#firstPresented < 0 ? 0 : this.#lastPresented - this.#firstPresented + 1) + this.#shownAtAttach,
      processed: this.#processed,
      medianLatencyMs: median(sorted),
      p90LatencyMs: sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]! : Number.NaN,
      loadMs: this.#loadMs,
    };
  }

  /** Starts processing the video's frames (loads the task on first use). */
  attach(video: HTMLVideoElement): void {
    if (this.#video === video) return;
    this.#stopLoop();
    this.#video = video;
    this.#firstPresented = -1;
    this.#lastPresented = 0;
    this.#shownAtAttach = 0;
    this.#processed = 0;
    this.#latencies = [];
    this.#attachedAt = performance.now();
    const generation = ++this.#generation;
    if (!this.#lease) void this.#load(generation);
    else this.#firstFrameNow(generation);
    this.#schedule();
  }

  /** Stops processing and gives the task back (the next attach() borrows it again). */
  detach(): void {
    this.#stopLoop();
    this.#video = null;
    this.#generation++;
    this.#returnTask();
    if (this.status !== 'error') this.#setStatus('idle');
  }

  /** Gives the task back to the page (kept warm), or discards it when it failed. */
  #returnTask(failed = false): void {
    clearTimeout(this.#watchdog);
    this.#watchdog = undefined;
    const lease = this.#lease;
    this.#lease = null;
    if (failed) lease?.discard();
    else lease?.release();
  }

  /** Vision failed for good: stop, discard the task, tell the step once. */
  #fail(error: VisionLoadError): void {
    if (this.status === 'error') return;
    this.#stopLoop();
    this.#returnTask(true);
    this.error = error;
    this.#setStatus('error');
    this.#opts.onError?.(error);
  }

  /** Arms the watchdog for the first result after the task is ready (a hidden page shows no frames: it waits). */
  #armWatchdog(): void {
    clearTimeout(this.#watchdog);
    const generation = this.#generation;
    this.#watchdog = setTimeout(() => {
      if (generation !== this.#generation || this.status !== 'ready') return;
      if (document.visibilityState === 'hidden') return this.#armWatchdog();
      this.#fail(new VisionLoadError('stalled', 'Face detection produced no result in time.'));
    }, this.#opts.resultTimeoutMs ?? RESULT_TIMEOUT_MS);
  }

  async #load(generation: number): Promise<void> {
    this.error = null;
    this.#setStatus('loading');
    const { assetsBase, mode } = this.#opts;
    try {
      const lease: VisionLease<Task> = await leaseVisionTask(assetsBase, mode);
      if (generation !== this.#generation) {
        lease.release(); // detached meanwhile
        return;
      }
      this.#lease = lease;
      this.#loadMs = performance.now() - this.#attachedAt;
      this.#setStatus('ready');
      this.#armWatchdog();
      this.#firstFrameNow(generation);
    } catch (e) {
      if (generation !== this.#generation) return;
      this.#fail(
        e instanceof VisionLoadError
          ? e
          : new VisionLoadError('runtime', 'Could not start face detection.', undefined, { cause: e }),
      );
    }
  }

  #schedule(): void {
    const video = this.#video;
    if (!video) return;
    if (typeof video.requestVideoFrameCallback === 'function')
      this.#handle = video.requestVideoFrameCallback(this.#onFrame);
    else this.#handle = requestAnimationFrame(this.#onAnimationFrame);
  }

  /** Without `requestVideoFrameCallback`: each animation frame that shows a new video frame counts as one. */
  #onAnimationFrame = (now: DOMHighResTimeStamp): void => {
    const video = this.#video;
    if (!video) return;
    if (video.readyState >= 2 && video.currentTime !== this.#rafVideoTime) {
      this.#rafVideoTime = video.currentTime;
      const meta = {
        presentedFrames: ++this.#rafFrames,
        width: video.videoWidth,
        height: video.videoHeight,
      } as VideoFrameCallbackMetadata;
      return this.#onFrame(now, meta);
    }
    this.#schedule();
  };

  #stopLoop(): void {
    const video = this.#video;
    if (video && this.#handle) {
      if (typeof video.cancelVideoFrameCallback === 'function') video.cancelVideoFrameCallback(this.#handle);
      else cancelAnimationFrame(this.#handle);
    }
    this.#handle = 0;
  }

  /**
   * The video already shows a frame and nothing was processed yet: that frame goes through the task now (in
   * a microtask, after the caller's own work), instead of waiting up to a frame interval and a rendering
   * step for the next one. It counts as one frame offered; its result does not disarm the watchdog (a
   * loop that never delivers a frame is still found out).
   */
  #firstFrameNow(generation: number): void {
    queueMicrotask(() => {
      const video = this.#video;
      if (generation !== this.#generation || !video || this.#processed > 0) return;
      if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return;
      this.#rafVideoTime = video.currentTime; // the animation-frame loop does not take this frame again
      this.#shownAtAttach = 1;
      const meta = { width: video.videoWidth, height: video.videoHeight } as VideoFrameCallbackMetadata;
      this.#run(video, performance.now(), meta, false);
    });
  }

  #onFrame = (now: DOMHighResTimeStamp, meta: VideoFrameCallbackMetadata): void => {
    const video = this.#video;
    if (!video) return;
    if (this.#firstPresented < 0) this.#firstPresented = meta.presentedFrames;
    this.#lastPresented = meta.presentedFrames;
    this.#run(video, now, meta, true);
    if (this.status !== 'error' && this.#video === video) this.#schedule();
  };

  /** One frame through the task, unless one is being processed or the task is not ready. */
  #run(video: HTMLVideoElement, now: number, meta: VideoFrameCallbackMetadata, fromLoop: boolean): void {
    if (!this.#lease || this.#busy || this.status !== 'ready') return;
    this.#busy = true;
    try {
      this.#process(video, now, meta, fromLoop);
    } catch (cause) {
      // E.g. no WebGL behind the task (`GLctx is undefined`), or the wasm aborted: never an uncaught error.
      this.#fail(new VisionLoadError('inference', 'Face detection failed on a frame.', undefined, { cause }));
    } finally {
      this.#busy = false;
    }
  }

  #process(video: HTMLVideoElement, now: number, meta: VideoFrameCallbackMetadata, fromLoop: boolean): void {
    const lease = this.#lease!;
    const task = lease.task;
    const ts = lease.timestamp(now); // VIDEO mode needs increasing timestamps, across every step
    const started = performance.now();
    let faces: FaceBox[] = [];
    let landmarks: Landmark[] | null = null;
    // The thumbnail is drawn from the same halved picture the detector gets (no second copy of the frame).
    let thumbSource: CanvasImageSource = video;
    if (this.#opts.mode === 'detect') {
      const input = this.#thumbs.reduce(video, DETECT_INPUT_MIN_WIDTH, true);
      const detections = (task as FaceDetector).detectForVideo(input.image, ts).detections;
      faces = toFaceBoxes(detections, input.width > 0 ? video.videoWidth / input.width : 1);
      thumbSource = input.image;
    } else landmarks = (task as FaceLandmarker).detectForVideo(video, ts).faceLandmarks[0] ?? null;
    const latencyMs = performance.now() - started;
    // Results flow from the loop: what happens to the camera later is the camera's business.
    if (fromLoop) clearTimeout(this.#watchdog);
    this.#processed++;
    this.#latencies.push(latencyMs);
    if (this.#latencies.length > LATENCY_WINDOW) this.#latencies.shift();
    const thumb = this.#opts.measureBrightness === false ? null : this.#thumbs.sample(thumbSource);
    const brightness = thumb ? meanLuma(thumb) : null;
    this.#opts.onResult({
      t: now,
      width: meta.width,
      height: meta.height,
      latencyMs,
      faces,
      landmarks,
      brightness,
      thumb,
    });
  }

  #setStatus(status: FaceDetectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.#host.requestUpdate();
  }
}
