import { FrameHealth, toGrey, type FrameHealthOptions, type FrameVerdict } from './frame-health.js';

/** How often the preview is sampled (ms): a 32×24 draw, a few times a second, outside the frame loop. */
export const SAMPLE_EVERY_MS = 300;
const W = 32;
const H = 24;

/**
 * Samples a live preview into a tiny thumbnail on a timer and tells when its frames have been black or
 * frozen for too long (the rules are in frame-health.ts). Nothing is sampled while the page is hidden.
 */
export class FrameWatch {
  #health: FrameHealth;
  #every: number;
  #onProblem: (verdict: Exclude<FrameVerdict, 'ok'>) => void;
  #timer: ReturnType<typeof setInterval> | undefined;
  #ctx: CanvasRenderingContext2D | null | undefined;

  constructor(
    onProblem: (verdict: Exclude<FrameVerdict, 'ok'>) => void,
    opts: FrameHealthOptions & { everyMs?: number } = {},
  ) {
    this.#onProblem = onProblem;
    this.#health = new FrameHealth(opts);
    this.#every = opts.everyMs ?? SAMPLE_EVERY_MS;
  }

  start(video: HTMLVideoElement): void {
    this.stop();
    this.#timer = setInterval(() => this.#sample(video), this.#every);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#health.reset();
  }

  #sample(video: HTMLVideoElement): void {
    if (document.visibilityState === 'hidden') {
      this.#health.reset();
      return;
    }
    let grey: Uint8Array | null = null;
    if (video.readyState >= 2 && video.videoWidth > 0) {
      if (this.#ctx === undefined) {
        const canvas = document.createElement('canvas');
        canvas.width = W;
        canvas.height = H;
        this.#ctx = canvas.getContext('2d', { willReadFrequently: true });
        // Nearest-neighbour sampling keeps each pixel's sensor noise: a live still scene never repeats exactly.
        if (this.#ctx) this.#ctx.imageSmoothingEnabled = false;
      }
      const ctx = this.#ctx;
      if (!ctx) return this.stop(); // no 2D canvas: nothing can be judged
      try {
        ctx.drawImage(video, 0, 0, W, H);
        grey = toGrey(ctx.getImageData(0, 0, W, H).data);
      } catch {
        return; // a frame that cannot be read is skipped
      }
    }
    const verdict = this.#health.push({ t: performance.now(), grey });
    if (verdict !== 'ok') {
      this.stop();
      this.#onProblem(verdict);
    }
  }
}
