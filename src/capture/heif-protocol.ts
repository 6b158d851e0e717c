/** Messages between heif-decode.ts and heif.worker.ts (one request, one reply, per worker). */
import type { HeifFailure } from './heif-rules.js';

export interface HeifRequest {
  /** The file's bytes (transferred). */
  data: ArrayBuffer;
  /** libheif's script as an ES module, and its wasm, both served under `assets-base` (see heifAssetUrls()). */
  loaderUrl: string;
  wasmUrl: string;
}

/** The primary image upright (the file's rotation and mirroring applied), as RGBA pixels (transferred). */
export interface HeifDecoded {
  ok: true;
  width: number;
  height: number;
  pixels: ArrayBuffer;
}

export interface HeifNotDecoded {
  ok: false;
  failure: HeifFailure;
  /** libheif's or the engine's own words, for the console only. */
  detail: string;
}

export type HeifReply = HeifDecoded | HeifNotDecoded;
