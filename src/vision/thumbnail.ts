/**
 * Small grey thumbnails of video frames (default 64×48), for brightness and the whole-frame motion
 * measure of ./steadiness.ts. Reuses one 2D canvas (an `OffscreenCanvas` where there is one).
 */
import { toGrey, type GreyImage } from './document-quality.js';

export const THUMB_WIDTH = 64;
export const THUMB_HEIGHT = 48;

export class ThumbnailSampler {
  #ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

  constructor(
    readonly width = THUMB_WIDTH,
    readonly height = THUMB_HEIGHT,
  ) {}

  /** The source scaled to the thumbnail size, as grey levels; null when no 2D canvas is available. */
  sample(source: CanvasImageSource): GreyImage | null {
    if (this.#ctx === undefined) {
      const { width, height } = this;
      const canvas =
        typeof OffscreenCanvas !== 'undefined'
          ? new OffscreenCanvas(width, height)
          : Object.assign(document.createElement('canvas'), { width, height });
      this.#ctx = canvas.getContext('2d', { willReadFrequently: true }) as
        CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    }
    if (!this.#ctx) return null;
    // Area-like filtering: a plain bilinear 10× reduction aliases fine detail (print, text), which
    // then flickers under sub-pixel moves and reads as change.
    this.#ctx.imageSmoothingEnabled = true;
    this.#ctx.imageSmoothingQuality = 'high';
    this.#ctx.drawImage(source, 0, 0, this.width, this.height);
    return toGrey(this.#ctx.getImageData(0, 0, this.width, this.height));
  }
}
