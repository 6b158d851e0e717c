/**
 * Camera captures that are never byte-identical to one taken before on the page. A camera that hands
 * over the same still frame twice (a frozen driver, a virtual camera looping a clip) would otherwise
 * give two evidence frames, or a selfie and a liveness photo, with the same bytes: the backend rightly
 * refuses those as a replay (`frames_not_distinct`, `frame_matches_selfie`), and the applicant would
 * have to start the step again. Instead, the capture waits for the camera's next frame.
 */
import { encodeVideoFrame, type EncodedImage, type EncodeOptions } from './encode.js';

/** How many later frames are tried before an identical capture is handed over anyway. */
export const FRESH_FRAME_TRIES = 4;

/**
 * Fingerprints of the captures taken so far (FNV-1a over the bytes, with the length): only equality
 * matters, and a rare false match costs one frame of waiting. Bounded: the oldest are forgotten.
 */
export class FrameLedger {
  readonly #seen = new Set<string>();
  constructor(readonly limit = 64) {}

  static async fingerprint(blob: Blob): Promise<string> {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    return `${bytes.length}:${(h >>> 0).toString(16)}`;
  }

  has(fingerprint: string): boolean {
    return this.#seen.has(fingerprint);
  }

  add(fingerprint: string): void {
    this.#seen.delete(fingerprint);
    this.#seen.add(fingerprint);
    while (this.#seen.size > this.limit) this.#seen.delete(this.#seen.values().next().value!);
  }
}

/** The captures of this page: a repeat is a repeat whichever step or element took the first one. */
export const pageFrames = new FrameLedger();

/**
 * Encodes until the result differs from every capture in the ledger, waiting for the next frame
 * between tries; after `tries` identical results the last is returned (`fresh: false`) and the backend
 * decides. Every returned capture is added to the ledger.
 */
export async function encodeFresh(
  encode: () => Promise<EncodedImage>,
  nextFrame: () => Promise<void>,
  ledger: FrameLedger = pageFrames,
  tries = FRESH_FRAME_TRIES,
): Promise<{ image: EncodedImage; fresh: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const image = await encode();
    const fingerprint = await FrameLedger.fingerprint(image.blob);
    const fresh = !ledger.has(fingerprint);
    if (fresh || attempt >= tries) {
      ledger.add(fingerprint);
      return { image, fresh };
    }
    await nextFrame();
  }
}

/** Resolves on the video's next frame (or after a frame's time where that cannot be observed). */
export function nextVideoFrame(video: HTMLVideoElement, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    if ('requestVideoFrameCallback' in video)
      video.requestVideoFrameCallback(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

/** The current frame of a playing video, encoded, and different from every earlier capture on the page. */
export function encodeFreshFrame(
  video: HTMLVideoElement,
  opts: EncodeOptions,
  ledger: FrameLedger = pageFrames,
): Promise<{ image: EncodedImage; fresh: boolean }> {
  return encodeFresh(
    () => encodeVideoFrame(video, opts),
    () => nextVideoFrame(video),
    ledger,
  );
}
