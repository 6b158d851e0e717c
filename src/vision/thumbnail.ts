/**
 * Small grey thumbnails of video frames (default 64×48), for brightness and the whole-frame motion
 * measure of ./steadiness.ts. Reuses its 2D canvases (`OffscreenCanvas` where there is one).
 *
 * The reduction is area-like in every engine: the source is halved step by step (each bilinear halving
 * averages 2×2 pixels) while the half is at least the thumbnail's size, then drawn at that size. A
 * plain bilinear 10× reduction aliases fine detail (print, text), which then flickers under sub-pixel
 * moves and reads as change; `imageSmoothingQuality: 'high'` avoids that in Chromium but not in Firefox,
 * where a hand-held document was never steady enough to be taken.
 */
import { toGrey, type GreyImage } from './document-quality.js';

export const THUMB_WIDTH = 64;
export const THUMB_HEIGHT = 48;

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The pixel size of a drawable source, or null when it has none yet (a video before its first frame). */
export function sourceSize(source: CanvasImageSource): { width: number; height: number } | null {
  let width = 0;
  let height = 0;
  if (typeof HTMLVideoElement !== 'undefined' && source instanceof HTMLVideoElement) {
    width = source.videoWidth;
    height = source.videoHeight;
  } else if (typeof HTMLImageElement !== 'undefined' && source instanceof HTMLImageElement) {
    width = source.naturalWidth;
    height = source.naturalHeight;
  } else if (typeof VideoFrame !== 'undefined' && source instanceof VideoFrame) {
    width = source.displayWidth;
    height = source.displayHeight;
  } else {
    const s = source as { width?: number | SVGAnimatedLength; height?: number | SVGAnimatedLength };
    width = typeof s.width === 'number' ? s.width : (s.width?.baseVal.value ?? 0);
    height = typeof s.height === 'number' ? s.height : (s.height?.baseVal.value ?? 0);
  }
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The sizes a source is halved through before the last draw: halved while the half is still at least the target. */
export function halvingSteps(
  from: { width: number; height: number },
  to: { width: number; height: number },
): { width: number; height: number }[] {
  const steps: { width: number; height: number }[] = [];
  let { width, height } = from;
  while (width >= to.width * 2 && height >= to.height * 2) {
    width = Math.ceil(width / 2);
    height = Math.ceil(height / 2);
    steps.push({ width, height });
  }
  return steps;
}

function context(width: number, height: number): Context2D | null {
  const canvas =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as Context2D | null;
  if (ctx) {
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
  }
  return ctx;
}

/** A picture reduced by {@link ThumbnailSampler.reduce}: the source, or one of the sampler's canvases. */
export interface Reduced<S> {
  image: S | Context2D['canvas'];
  width: number;
  height: number;
}

export class ThumbnailSampler {
  #ctx: Context2D | null | undefined;
  /** Intermediate canvases by size ("640x480"), reused from frame to frame. */
  #steps = new Map<string, Context2D | null>();

  constructor(
    readonly width = THUMB_WIDTH,
    readonly height = THUMB_HEIGHT,
  ) {}

  /**
   * The source halved step by step, as the thumbnail is (the same steps, on the same reused canvases), while
   * the half is still at least `minWidth` wide; the source itself when it is not that large or there is no 2D
   * canvas. With `copy`, a source that is not halved is drawn at its own size on a reused canvas. `sample()` of
   * the result gives the same thumbnail as `sample()` of the source.
   */
  reduce<S extends CanvasImageSource>(source: S, minWidth: number, copy = false): Reduced<S> {
    const size = sourceSize(source) ?? { width: 0, height: 0 };
    let reduced: Reduced<S> = { image: source, ...size };
    for (const step of halvingSteps(size, this)) {
      if (step.width < minWidth) break;
      const stepCtx = this.#step(step);
      if (!stepCtx) break;
      stepCtx.drawImage(reduced.image, 0, 0, step.width, step.height);
      reduced = { image: stepCtx.canvas, ...step };
    }
    if (copy && reduced.image === source && size.width > 0) {
      const copyCtx = this.#step({ width: size.width, height: size.height });
      if (copyCtx) {
        copyCtx.drawImage(source, 0, 0, size.width, size.height);
        reduced = { image: copyCtx.canvas, ...size };
      }
    }
    return reduced;
  }

  /** The reused canvas of one halving step. */
  #step(step: { width: number; height: number }): Context2D | null {
    const key = `${step.width}x${step.height}`;
    if (!this.#steps.has(key)) this.#steps.set(key, context(step.width, step.height));
    return this.#steps.get(key) ?? null;
  }

  /** The source scaled to the thumbnail size, as grey levels; null when no 2D canvas is available. */
  sample(source: CanvasImageSource): GreyImage | null {
    if (this.#ctx === undefined) this.#ctx = context(this.width, this.height);
    const ctx = this.#ctx;
    if (!ctx) return null;
    let current: CanvasImageSource = source;
    const size = sourceSize(source);
    if (size) {
      for (const step of halvingSteps(size, this)) {
        const stepCtx = this.#step(step);
        if (!stepCtx) break;
        stepCtx.drawImage(current, 0, 0, step.width, step.height);
        current = stepCtx.canvas;
      }
    }
    ctx.drawImage(current, 0, 0, this.width, this.height);
    return toGrey(ctx.getImageData(0, 0, this.width, this.height));
  }
}
