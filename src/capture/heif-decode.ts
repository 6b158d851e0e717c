/**
 * Decodes a HEIC/HEIF file in heif.worker.ts (libheif in WebAssembly): one worker per file, started when a
 * HEIC file is chosen and terminated once it answers, so neither the decoder nor its memory outlive the
 * decode. The result is the primary image upright, ready to be encoded like any other chosen photo.
 */
import { VISION_ASSET_NAMES } from '../vision/asset-names.js';
import type { HeifReply, HeifRequest } from './heif-protocol.js';
import type { HeifFailure } from './heif-rules.js';

/** A HEIF file that could not be decoded, and why. */
export class HeifFailed extends Error {
  constructor(
    readonly failure: HeifFailure,
    detail: string,
  ) {
    super(`heif not decoded (${failure}): ${detail}`);
    this.name = 'HeifFailed';
  }
}

/** A decode not answered after this long is given up (the worker is terminated): the device cannot do it. */
export const HEIF_TIMEOUT_MS = 60_000;

/** Where libheif's module and wasm are served under `assets-base` (beside MediaPipe's runtime). */
export function heifAssetUrls(assetsBase: string): { loaderUrl: string; wasmUrl: string } {
  const base = assetsBase === '' || assetsBase.endsWith('/') ? assetsBase : `${assetsBase}/`;
  const url = (path: string) => new URL(`${base}${path}`, document.baseURI).href;
  return { loaderUrl: url(VISION_ASSET_NAMES.heifLoader), wasmUrl: url(VISION_ASSET_NAMES.heifWasm) };
}

/**
 * The primary image of the HEIF file in `data` (transferred to the worker), upright, as an ImageBitmap.
 * Rejects with a {@link HeifFailed}: `corrupt` for a damaged file, `unsupported` for one this decoder cannot
 * handle, or when the engine cannot run it (no module workers or WebAssembly) or it does not answer in time.
 */
export async function decodeHeif(data: ArrayBuffer, assetsBase: string): Promise<ImageBitmap> {
  if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined')
    throw new HeifFailed('unsupported', 'no Worker or WebAssembly');
  const request: HeifRequest = { data, ...heifAssetUrls(assetsBase) };
  const worker = new Worker(new URL('./heif.worker.ts', import.meta.url), { type: 'module', name: 'verilock-heif' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const reply = await new Promise<HeifReply>((resolve) => {
      worker.onmessage = (event: MessageEvent<HeifReply>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        resolve({ ok: false, failure: 'unsupported', detail: event.message || 'decoder worker failed to start' });
      };
      timer = setTimeout(
        () => resolve({ ok: false, failure: 'unsupported', detail: 'decoder timed out' }),
        HEIF_TIMEOUT_MS,
      );
      worker.postMessage(request, [data]);
    });
    if (!reply.ok) throw new HeifFailed(reply.failure, reply.detail);
    const image = new ImageData(new Uint8ClampedArray(reply.pixels), reply.width, reply.height);
    return await createImageBitmap(image);
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}
