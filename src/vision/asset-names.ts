/**
 * Where the vision layer finds MediaPipe's runtime and models, document reading its barcode decoder and
 * the file fallback its HEIC decoder, relative to `assets-base`.
 *
 * These are the stable names of the npm package's `dist/mediapipe/` (for bundler users who serve that folder
 * themselves). The browser build (`dist/hosted/`) replaces this module with the content-hashed names it writes
 * to `dist/hosted/mediapipe/` (see vite.config.ts and scripts/models/asset-names.mjs), so those files can be
 * cached for a year without a revalidation round trip.
 */
export interface VisionAssetNames {
  /** The wasm runtime's loader script (the SIMD build, which every supported browser runs). */
  readonly wasmLoader: string;
  /** The wasm runtime itself. */
  readonly wasmBinary: string;
  readonly faceDetector: string;
  readonly faceLandmarker: string;
  /** The barcode decoder of document reading (zxing-wasm's reader), loaded by the reader worker only. */
  readonly barcodeWasm: string;
  /** The HEIC/HEIF decoder of the file fallback (libheif-js): its script as an ES module, and its wasm. */
  readonly heifLoader: string;
  readonly heifWasm: string;
}

export const VISION_ASSET_NAMES: VisionAssetNames = {
  wasmLoader: 'wasm/vision_wasm_internal.js',
  wasmBinary: 'wasm/vision_wasm_internal.wasm',
  faceDetector: 'models/face_detector.tflite',
  faceLandmarker: 'models/face_landmarker.task',
  barcodeWasm: 'wasm/zxing_reader.wasm',
  heifLoader: 'wasm/libheif.mjs',
  heifWasm: 'wasm/libheif.wasm',
};
