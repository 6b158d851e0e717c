// Names of MediaPipe's runtime and models (and the barcode decoder's wasm) under an assets folder: stable (the npm package's dist/mediapipe/,
// which src/vision/asset-names.ts names) or content-hashed (the browser build's dist/hosted/mediapipe/, which
// the build writes into the bundle in place of that module).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_MODELS, writeModels } from './build-models.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODELS_DIR = join(REPO_ROOT, 'build', 'models');

/** `name.ext` → `name-<first 8 base64url characters of the SHA-256 of bytes>.ext`. */
export function hashedName(name, bytes) {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}-${hash}${name.slice(dot)}`;
}

/**
 * The source file of every vision asset, by key of VisionAssetNames, with its stable path under the assets
 * folder. Builds the models into `modelsDir` first when they are missing.
 * @returns {Record<'wasmLoader'|'wasmBinary'|'faceDetector'|'faceLandmarker'|'barcodeWasm', { source: string, path: string }>}
 */
export function visionAssetSources(modelsDir = DEFAULT_MODELS_DIR) {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  const wasm = (name) => require.resolve(`@mediapipe/tasks-vision/${name}`); // the package exports each wasm file
  if (SHIPPED_MODELS.some((name) => !existsSync(join(modelsDir, name)))) writeModels(modelsDir);
  return {
    wasmLoader: { source: wasm('vision_wasm_internal.js'), path: 'wasm/vision_wasm_internal.js' },
    wasmBinary: { source: wasm('vision_wasm_internal.wasm'), path: 'wasm/vision_wasm_internal.wasm' },
    faceDetector: { source: join(modelsDir, 'face_detector.tflite'), path: 'models/face_detector.tflite' },
    faceLandmarker: { source: join(modelsDir, 'face_landmarker.task'), path: 'models/face_landmarker.task' },
    // The barcode decoder of document reading (zxing-wasm's reader build), loaded by the reader worker.
    barcodeWasm: { source: require.resolve('zxing-wasm/reader/zxing_reader.wasm'), path: 'wasm/zxing_reader.wasm' },
  };
}

/** The content-hashed path of every vision asset (e.g. `models/face_detector-3fA9_c1Q.tflite`). */
export function hashedVisionAssetNames(modelsDir = DEFAULT_MODELS_DIR) {
  const out = {};
  for (const [key, { source, path }] of Object.entries(visionAssetSources(modelsDir))) {
    const slash = path.lastIndexOf('/');
    out[key] = `${path.slice(0, slash + 1)}${hashedName(path.slice(slash + 1), readFileSync(source))}`;
  }
  return out;
}
