/**
 * Every uploaded image is decoded on the server and stored re-encoded: sharp (libvips, prebuilt
 * binaries from the registry) reads the header first and refuses more pixels than allowed before any
 * pixel is decoded, so a small file declaring 100000×100000 pixels costs nothing. The decode runs on
 * libuv's thread pool, never on the event loop, and at most {@link MAX_PARALLEL_DECODES} at a time.
 * What is stored is a fresh baseline JPEG in sRGB, turned upright by its EXIF orientation, with no
 * metadata at all (no EXIF, GPS, ICC, XMP, comments) and nothing of the original container.
 */
import sharp, { type Metadata } from 'sharp';
import { ApiError } from './errors.js';
import { structureProblem } from './image-structure.js';
import type { ImageType } from './storage.js';

/** JPEG quality of the stored re-encoding. */
export const STORED_JPEG_QUALITY = 90;
/** Images decoded at the same time (the rest wait their turn). */
export const MAX_PARALLEL_DECODES = 2;

// No operation cache: every image is decoded once, and cached buffers would only hold memory.
sharp.cache(false);

/** A counting semaphore: at most `limit` holders at once, the others wait in order. */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

const decodes = new Semaphore(MAX_PARALLEL_DECODES);

export interface NormalizedImage {
  /** The stored JPEG. */
  data: Buffer;
  width: number;
  height: number;
}

const FORMATS: Record<ImageType, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Checks an image sniffed as `type` and returns its re-encoding. Throws `422 image_too_large` over
 * `maxPixels`, `422 image_trailing_data` when other data rides after the image (a polyglot), `422
 * image_undecodable` when it does not decode as the type its bytes announce.
 */
export async function normalizeImage(bytes: Buffer, type: ImageType, maxPixels: number): Promise<NormalizedImage> {
  const problem = structureProblem(bytes, type);
  if (problem) {
    const trailing = /follow the end/.test(problem);
    throw new ApiError(
      422,
      trailing ? 'image_trailing_data' : 'image_undecodable',
      trailing ? `The image carries other data after its end (${problem}).` : `The image is damaged: ${problem}.`,
    );
  }
  return decodes.run(async () => {
    let info: Metadata;
    try {
      info = await sharp(bytes, { limitInputPixels: false }).metadata();
    } catch {
      throw new ApiError(422, 'image_undecodable', 'The image could not be read.');
    }
    if (info.format !== FORMATS[type]) {
      throw new ApiError(422, 'image_undecodable', `The image's bytes start as ${type} but it is not one.`);
    }
    const width = info.width ?? 0;
    const height = info.height ?? 0;
    if (width <= 0 || height <= 0) throw new ApiError(422, 'image_undecodable', 'The image has no size.');
    if (width * height > maxPixels) {
      throw new ApiError(
        422,
        'image_too_large',
        `The image is ${width}×${height} pixels; at most ${maxPixels} pixels are accepted.`,
      );
    }
    try {
      const out = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', sequentialRead: true })
        .rotate()
        .jpeg({ quality: STORED_JPEG_QUALITY })
        .toBuffer({ resolveWithObject: true });
      return { data: out.data, width: out.info.width, height: out.info.height };
    } catch {
      throw new ApiError(422, 'image_undecodable', 'The image could not be decoded.');
    }
  });
}
