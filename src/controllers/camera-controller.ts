import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorCode } from '../events/events.js';
import { cameraEnvironment, cameraErrorCode } from './camera-errors.js';

export type Facing = 'user' | 'environment';
export type CameraStatus = 'idle' | 'requesting' | 'live' | 'paused' | 'error';

export interface CameraOptions {
  facing: Facing;
  /** Ideal capture size; documents ask for ≥ 1920×1080. */
  idealWidth?: number;
  idealHeight?: number;
  /** Called on every status change (for the `verilock-camera-status` event). */
  onStatus?: (status: CameraStatus, facing: Facing) => void;
  /** How long the permission prompt may stay unanswered before help is shown (ms). */
  promptHelpAfterMs?: number;
  /** For tests: the media devices to use. */
  mediaDevices?: Pick<MediaDevices, 'getUserMedia' | 'enumerateDevices'>;
}

/**
 * Owns one camera stream for the step that created it. Stops every track when the step ends
 * (`stop()`), the element disconnects, the page is hidden or unloaded, and re-acquires it when the
 * page is shown again. Never holds two streams at once (iOS ends the first).
 */
export class CameraController implements ReactiveController {
  status: CameraStatus = 'idle';
  error: ErrorCode | null = null;
  stream: MediaStream | null = null;
  facing: Facing;
  /** True once the permission prompt has gone unanswered for a while. */
  promptSlow = false;
  /** More than one camera is available (show the switch button). */
  canSwitch = false;
  /** Track settings of the live stream. */
  settings: MediaTrackSettings | null = null;

  #host: ReactiveControllerHost;
  #opts: CameraOptions;
  #video: HTMLVideoElement | null = null;
  #wanted = false;
  #generation = 0;
  #promptTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, opts: CameraOptions) {
    this.#host = host;
    this.#opts = opts;
    this.facing = opts.facing;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('pageshow', this.#onPageShow);
    this.stop();
  }

  /** Starts the camera into `video` (muted, inline, autoplay). Resolves when live or failed. */
  async start(video: HTMLVideoElement): Promise<void> {
    this.#video = video;
    video.muted = true;
    video.playsInline = true;
    video.autoplay = true;
    this.#wanted = true;
    await this.#acquire();
  }

  /** Stops the stream for good (step exit). */
  stop(): void {
    this.#wanted = false;
    this.#release();
    if (this.status !== 'error') this.#set('idle');
  }

  async switchCamera(): Promise<void> {
    this.facing = this.facing === 'user' ? 'environment' : 'user';
    if (this.#wanted) await this.#acquire();
  }

  async retry(): Promise<void> {
    if (!this.#video) return;
    this.#wanted = true;
    await this.#acquire();
  }

  #constraints(exact: boolean): MediaStreamConstraints {
    if (!exact) return { video: { facingMode: this.facing }, audio: false };
    const { idealWidth = 1280, idealHeight = 720 } = this.#opts;
    return {
      video: { facingMode: { ideal: this.facing }, width: { ideal: idealWidth }, height: { ideal: idealHeight } },
      audio: false,
    };
  }

  async #acquire(): Promise<void> {
    const gen = ++this.#generation;
    this.#release();
    this.error = null;
    this.promptSlow = false;
    this.#set('requesting');
    const env = cameraEnvironment();
    const devices = this.#opts.mediaDevices ?? (env.hasMediaDevices ? navigator.mediaDevices : null);
    if (!devices || !env.secureContext) {
      this.#fail(cameraErrorCode(new TypeError('no mediaDevices'), { ...env, hasMediaDevices: !!devices }));
      return;
    }
    this.#promptTimer = setTimeout(() => {
      if (gen === this.#generation && this.status === 'requesting') {
        this.promptSlow = true;
        this.#host.requestUpdate();
      }
    }, this.#opts.promptHelpAfterMs ?? 10_000);
    let stream: MediaStream;
    try {
      try {
        stream = await devices.getUserMedia(this.#constraints(true));
      } catch (e) {
        // An over-constrained request is retried once with the bare minimum.
        if ((e as { name?: string })?.name !== 'OverconstrainedError') throw e;
        stream = await devices.getUserMedia(this.#constraints(false));
      }
    } catch (e) {
      if (gen !== this.#generation) return;
      this.#fail(cameraErrorCode(e, env));
      return;
    } finally {
      clearTimeout(this.#promptTimer);
      this.promptSlow = false;
    }
    // Stopped or restarted while the prompt was open: drop this stream at once.
    if (gen !== this.#generation || !this.#wanted || !this.#video) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this.stream = stream;
    const track = stream.getVideoTracks()[0];
    this.settings = track?.getSettings() ?? null;
    track?.addEventListener('ended', this.#onTrackEnded);
    this.#video.srcObject = stream;
    try {
      await this.#video.play();
    } catch {
      /* autoplay of a muted inline video is allowed; a rejected play() still shows frames once visible */
    }
    void devices
      .enumerateDevices()
      .then((list) => {
        this.canSwitch = list.filter((d) => d.kind === 'videoinput').length > 1;
        this.#host.requestUpdate();
      })
      .catch(() => undefined);
    this.#set('live');
  }

  #release(): void {
    clearTimeout(this.#promptTimer);
    if (this.stream) {
      for (const t of this.stream.getTracks()) {
        t.removeEventListener('ended', this.#onTrackEnded);
        t.stop();
      }
    }
    this.stream = null;
    this.settings = null;
    if (this.#video) this.#video.srcObject = null;
  }

  #fail(code: ErrorCode): void {
    this.#release();
    this.error = code;
    this.#set('error');
  }

  #set(status: CameraStatus): void {
    this.status = status;
    this.#opts.onStatus?.(status, this.facing);
    this.#host.requestUpdate();
  }

  #onTrackEnded = (): void => {
    // The OS or browser took the camera away (another app, a revoked permission).
    if (this.#wanted) this.#fail('camera_in_use');
  };

  #pause(): void {
    if (!this.#wanted || !this.stream) return;
    this.#generation++;
    this.#release();
    this.#set('paused');
  }

  #resume(): void {
    if (this.#wanted && this.status === 'paused' && this.#video) void this.#acquire();
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#pause();
    else this.#resume();
  };

  #onPageHide = (): void => this.#pause();
  #onPageShow = (): void => this.#resume();
}
