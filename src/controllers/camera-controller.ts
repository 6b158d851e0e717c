// Longer than ~300 lines on purpose: acquiring, pausing, resuming and releasing the one stream share its
// generation counter and private state, so they stay in one class; opening and listing cameras is in
// ../camera/open-camera.ts, the choice in ../camera/choose-camera.ts, the frame health in ../camera/frame-watch.ts.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorCode } from '../events/events.js';
import { chooseCamera, type CameraDevice, type CameraProfile, type Facing } from '../camera/choose-camera.js';
import { FrameWatch } from '../camera/frame-watch.js';
import { capabilitiesOf, listCameras, openCamera, type MediaDevicesLike } from '../camera/open-camera.js';
import { keepWarmStream, takeWarmStream, type WarmStream } from '../camera/warm-stream.js';
import { cameraEnvironment, cameraErrorCode } from './camera-errors.js';

export type { Facing };
export type CameraStatus = 'idle' | 'requesting' | 'live' | 'paused' | 'error';

/** The cameras chosen or picked in this session, by facing (in memory only; shared by the flow's steps). */
export type CameraMemory = Map<Facing, string>;

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
  mediaDevices?: MediaDevicesLike;
  /** How long black or frozen frames are tolerated before it is a camera problem (ms; default 3000). */
  healthWindowMs?: number;
}

/**
 * Owns one camera stream for the step that created it. Stops every track when the step ends
 * (`stop()`), the element disconnects, the page is hidden or unloaded, and re-acquires it when the
 * page is shown again. Never holds two streams at once (iOS ends the first). A step that took its photo
 * may hand the stream over to the next camera step instead (`stop({ keepWarm: true })`, see
 * ../camera/warm-stream.ts): the next step uses it when it wants that same camera at no larger size.
 *
 * Once the permission is given it enumerates the cameras and opens the right one (choose-camera.ts: the
 * main rear camera for documents, the front camera for faces), lists those that fit for a picker, turns
 * continuous autofocus on where the camera has it, offers the torch where it exists, and watches the
 * frames: black or frozen for 3 s is a camera problem (`camera_black`, `camera_frozen`).
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
  /** The cameras that fit this step, best first (a picker is offered when there are two or more). */
  cameras: CameraProfile[] = [];
  /** The camera open now (or last open, after a failure). */
  deviceId: string | null = null;
  /** The torch: `null` when the camera has none (or this is not a document step), else whether it is on. */
  torch: boolean | null = null;
  /** Choices of this session by facing; the flow shares one between its steps. */
  memory: CameraMemory = new Map();

  #host: ReactiveControllerHost;
  #opts: CameraOptions;
  #video: HTMLVideoElement | null = null;
  #wanted = false;
  #generation = 0;
  #promptTimer: ReturnType<typeof setTimeout> | undefined;
  #watch: FrameWatch;
  #focusContinuous = false;
  /** Every camera, as last listed (handed over with the stream). */
  #listed: readonly CameraDevice[] = [];

  constructor(host: ReactiveControllerHost, opts: CameraOptions) {
    this.#host = host;
    this.#opts = opts;
    this.facing = opts.facing;
    this.#watch = new FrameWatch((v) => this.#fail(v === 'black' ? 'camera_black' : 'camera_frozen'), {
      windowMs: opts.healthWindowMs,
    });
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('pageshow', this.#onPageShow);
    this.#devices()?.addEventListener?.('devicechange', this.#onDeviceChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#devices()?.removeEventListener?.('devicechange', this.#onDeviceChange);
    this.stop();
  }

  #devices(): (NonNullable<CameraOptions['mediaDevices']> & Partial<EventTarget>) | null {
    return this.#opts.mediaDevices ?? (typeof navigator !== 'undefined' ? (navigator.mediaDevices ?? null) : null);
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

  /**
   * Stops the stream for good (step exit). With `keepWarm`, a live stream is handed over to the next camera
   * step instead of stopped (the torch turned off first); it stops by itself if no step takes it soon.
   */
  stop({ keepWarm = false }: { keepWarm?: boolean } = {}): void {
    this.#wanted = false;
    const kept = keepWarm && this.status === 'live' ? this.stream : null;
    if (kept) {
      const track = kept.getVideoTracks()[0];
      if (this.torch && track)
        track.applyConstraints({ advanced: [{ torch: false }] } as unknown as MediaTrackConstraints).catch(() => {});
      for (const t of kept.getTracks()) t.onended = null;
      this.stream = null; // released below without stopping it
    }
    this.#release();
    if (kept)
      keepWarmStream({
        stream: kept,
        deviceId: this.deviceId,
        askedPixels: this.#askedPixels(),
        cameras: this.#listed,
      });
    if (this.status !== 'error') this.#set('idle');
  }

  /** The capture size this step asks for (width × height). */
  #askedPixels(): number {
    const { idealWidth = 1280, idealHeight = 720 } = this.#opts;
    return idealWidth * idealHeight;
  }

  /**
   * The stream a previous step handed over, when this step wants that same camera (the one asked for or
   * remembered for this facing, else the one it would choose from the list) at no larger size; otherwise
   * it is stopped, before this step opens its own.
   */
  async #reuse(warm: WarmStream, devices: MediaDevicesLike, wanted: string | null): Promise<MediaStream | null> {
    let same = false;
    if (warm.deviceId && warm.askedPixels >= this.#askedPixels()) {
      if (wanted) same = wanted === warm.deviceId;
      else {
        const cameras = warm.cameras ?? (await listCameras(devices, warm.stream.getVideoTracks()[0] ?? null)).cameras;
        const other: Facing = this.facing === 'user' ? 'environment' : 'user';
        const { choice } = chooseCamera(cameras, this.facing, {
          current: warm.deviceId,
          preferred: [this.memory.get(other)],
        });
        same = choice?.deviceId === warm.deviceId;
      }
    }
    if (same) return warm.stream;
    warm.stream.getTracks().forEach((t) => t.stop());
    return null;
  }

  async switchCamera(): Promise<void> {
    this.facing = this.facing === 'user' ? 'environment' : 'user';
    if (this.#wanted) await this.#acquire();
  }

  /** Opens the camera the applicant picked, and keeps that choice for the rest of the session. */
  async selectCamera(deviceId: string): Promise<void> {
    this.memory.set(this.facing, deviceId);
    if (this.#video) this.#wanted = true;
    if (this.#wanted) await this.#acquire(deviceId);
  }

  /** Turns the torch on or off (documents, where the camera has one). */
  async setTorch(on: boolean): Promise<void> {
    const track = this.stream?.getVideoTracks()[0];
    if (!track || this.torch === null) return;
    const advanced = [{ torch: on, ...(this.#focusContinuous ? { focusMode: 'continuous' } : {}) }];
    try {
      await track.applyConstraints({ advanced } as unknown as MediaTrackConstraints);
      if (this.stream?.getVideoTracks()[0] === track) this.torch = on;
    } catch {
      this.torch = null; // it says it has a torch but cannot use it: stop offering it
    }
    this.#host.requestUpdate();
  }

  async retry(): Promise<void> {
    if (!this.#video) return;
    this.#wanted = true;
    await this.#acquire();
  }

  /** Opens one stream for this step's facing and size (see {@link openCamera}). */
  #open(devices: MediaDevicesLike, deviceId: string | null): Promise<MediaStream> {
    const { idealWidth, idealHeight } = this.#opts;
    return openCamera(devices, { facing: this.facing, idealWidth, idealHeight }, deviceId, this.memory);
  }

  /** Continuous autofocus where the camera has it; the torch offered where it exists (documents). */
  #tune(track: MediaStreamTrack | undefined): void {
    this.#focusContinuous = false;
    this.torch = null;
    if (!track || typeof track.getCapabilities !== 'function') return;
    const caps = capabilitiesOf(track);
    if (caps.focusMode?.includes('continuous')) {
      this.#focusContinuous = true;
      track
        .applyConstraints({ advanced: [{ focusMode: 'continuous' }] } as unknown as MediaTrackConstraints)
        .catch(() => {
          this.#focusContinuous = false;
        });
    }
    if (caps.torch === true && this.facing === 'environment') this.torch = false;
  }

  async #acquire(requested: string | null = null): Promise<void> {
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
    // A camera picked (or chosen) earlier in the session is opened directly.
    const other: Facing = this.facing === 'user' ? 'environment' : 'user';
    const remembered = requested ?? this.memory.get(this.facing) ?? null;
    let stream: MediaStream;
    /** The cameras, when the stream handed over came with them (not listed again). */
    let known: { cameras: CameraDevice[]; current: string | null } | null = null;
    try {
      // The stream the previous step handed over, if it is the camera this step wants.
      const warm = takeWarmStream();
      const reused = warm ? await this.#reuse(warm, devices, remembered) : null;
      if (reused) {
        stream = reused;
        if (warm?.cameras?.length) known = { cameras: [...warm.cameras], current: warm.deviceId };
        if (gen !== this.#generation || !this.#wanted) throw new Superseded(stream);
      } else {
        stream = await this.#open(devices, remembered);
        // Labels are readable now that the permission is given: is this the camera the step wants?
        const first = await listCameras(devices, stream.getVideoTracks()[0] ?? null);
        if (gen !== this.#generation || !this.#wanted) throw new Superseded(stream);
        const { choice } = chooseCamera(first.cameras, this.facing, {
          current: first.current,
          preferred: [this.memory.get(this.facing), this.memory.get(other)],
        });
        // Switch only from a camera the list knows (a stream the browser made up, e.g. in tests, stays).
        const known = first.cameras.some((c) => c.deviceId === first.current);
        if (!remembered && choice && known && choice.deviceId !== first.current) {
          stream.getTracks().forEach((t) => t.stop()); // never two streams at once
          stream = await this.#open(devices, choice.deviceId);
        }
      }
    } catch (e) {
      if (e instanceof Superseded) {
        e.stream.getTracks().forEach((t) => t.stop());
        return;
      }
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
    // The handler property, not addEventListener: in Firefox (153) listeners added to a MediaStreamTrack
    // were not called for its `ended` event, while `onended` was. The track is ours alone.
    if (track) track.onended = this.#onTrackEnded;
    this.#video.srcObject = stream;
    try {
      await this.#video.play();
    } catch {
      /* autoplay of a muted inline video is allowed; a rejected play() still shows frames once visible */
    }
    if (gen !== this.#generation) return;
    const { cameras, current } = known ?? (await listCameras(devices, track ?? null));
    if (gen !== this.#generation) return;
    this.#listed = cameras;
    this.canSwitch = cameras.length > 1;
    this.cameras = chooseCamera(cameras, this.facing, { current }).candidates;
    this.deviceId = current;
    if (current) this.memory.set(this.facing, current);
    this.#tune(track);
    this.#watch.start(this.#video);
    this.#set('live');
  }

  #release(): void {
    clearTimeout(this.#promptTimer);
    this.#watch.stop();
    this.torch = null;
    if (this.stream) {
      for (const t of this.stream.getTracks()) {
        t.onended = null;
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

  #onTrackEnded = async (): Promise<void> => {
    if (!this.#wanted) return;
    const gen = this.#generation;
    const devices = this.#devices();
    const gone = this.deviceId;
    // Unplugged (a USB webcam pulled out): go on with another camera, if there is one.
    let listed: MediaDeviceInfo[] = [];
    try {
      listed = devices ? (await devices.enumerateDevices()).filter((d) => d.kind === 'videoinput') : [];
    } catch {
      /* unknown: treat as taken away */
    }
    if (gen !== this.#generation || !this.#wanted) return;
    if (gone && listed.length > 0 && !listed.some((d) => d.deviceId === gone)) {
      for (const [facing, id] of this.memory) if (id === gone) this.memory.delete(facing);
      await this.#acquire();
      return;
    }
    // The OS or browser took the camera away (another app, a revoked permission).
    this.#fail('camera_in_use');
  };

  /** A camera was plugged in or out: the picker lists what is there now. */
  #onDeviceChange = async (): Promise<void> => {
    const devices = this.#devices();
    const gen = this.#generation;
    if (!devices || this.status !== 'live') return;
    const { cameras, current } = await listCameras(devices, this.stream?.getVideoTracks()[0] ?? null);
    if (gen !== this.#generation || this.status !== 'live') return;
    this.#listed = cameras;
    this.canSwitch = cameras.length > 1;
    this.cameras = chooseCamera(cameras, this.facing, { current }).candidates;
    this.#host.requestUpdate();
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

/** The step ended or restarted while a stream was being opened: that stream is dropped. */
class Superseded {
  constructor(readonly stream: MediaStream) {}
}
