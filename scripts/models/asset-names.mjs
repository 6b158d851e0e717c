// Names of MediaPipe's runtime and models (and the barcode and HEIC decoders) under an assets folder: stable (the npm package's dist/mediapipe/,
// which src/vision/asset-names.ts names) or content-hashed (the browser build's dist/hosted/mediapipe/, which
// the build writes into the bundle in place of that module).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_MODELS, writeModels } from './build-models.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODELS_DIR = join(REPO_ROOT, 'build', 'models');

/** The model build's own code: a change to any of these files rebuilds the default models folder. */
const MODEL_BUILD_FILES = [
  'build-models.mjs',
  'model-editor.mjs',
  'fp16-mantissa.mjs',
  'flatbuffer-prefix.mjs',
  'tflite-metadata.mjs',
  'stored-zip.mjs',
  'landmark-refinement.mjs',
];

/** A key of the model build's code, written beside the models it built (`build/models/build-key`). */
export function modelBuildKey() {
  const hash = createHash('sha256');
  for (const file of MODEL_BUILD_FILES) hash.update(readFileSync(join(REPO_ROOT, 'scripts', 'models', file)));
  return hash.digest('hex');
}

/**
 * Builds the models into `modelsDir` when one is missing, or, for the default folder, when they were built by
 * other code than today's (a checkout that pulled a change to the model build must not serve stale models).
 */
function ensureModels(modelsDir) {
  const missing = SHIPPED_MODELS.some((name) => !existsSync(join(modelsDir, name)));
  const stamp = join(modelsDir, 'build-key');
  const isDefault = resolve(modelsDir) === DEFAULT_MODELS_DIR;
  const key = isDefault ? modelBuildKey() : null;
  if (!missing && (!isDefault || (existsSync(stamp) && readFileSync(stamp, 'utf8') === key))) return;
  writeModels(modelsDir);
  if (key) writeFileSync(stamp, key);
}

/** `name.ext` → `name-<first 8 base64url characters of the SHA-256 of bytes>.ext`. */
export function hashedName(name, bytes) {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}-${hash}${name.slice(dot)}`;
}

/**
 * The source file of every vision asset, by key of VisionAssetNames, with its stable path under the assets
 * folder. Builds the models into `modelsDir` first when they are missing or stale (see ensureModels).
 * An entry with `esmExport` is written as its source plus `export default <esmExport>;` (see assetBytes).
 * @returns {Record<'wasmLoader'|'wasmBinary'|'faceDetector'|'faceLandmarker'|'barcodeWasm'|'heifLoader'|'heifWasm', { source: string, path: string, esmExport?: string }>}
 */
export function visionAssetSources(modelsDir = DEFAULT_MODELS_DIR) {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  const wasm = (name) => require.resolve(`@mediapipe/tasks-vision/${name}`); // the package exports each wasm file
  ensureModels(modelsDir);
  return {
    wasmLoader: { source: wasm('vision_wasm_internal.js'), path: 'wasm/vision_wasm_internal.js' },
    wasmBinary: { source: wasm('vision_wasm_internal.wasm'), path: 'wasm/vision_wasm_internal.wasm' },
    faceDetector: { source: join(modelsDir, 'face_detector.tflite'), path: 'models/face_detector.tflite' },
    faceLandmarker: { source: join(modelsDir, 'face_landmarker.task'), path: 'models/face_landmarker.task' },
    // The barcode decoder of document reading (zxing-wasm's reader build), loaded by the reader worker.
    barcodeWasm: { source: require.resolve('zxing-wasm/reader/zxing_reader.wasm'), path: 'wasm/zxing_reader.wasm' },
    // The file fallback's HEIC decoder (libheif-js's wasm build), loaded by its worker when a HEIC file is chosen.
    // Its script defines a `libheif` factory for a classic script or CommonJS only; module workers cannot
    // `importScripts`, so it is served as an ES module exporting that factory.
    heifLoader: {
      source: require.resolve('libheif-js/libheif-wasm/libheif.js'),
      path: 'wasm/libheif.mjs',
      esmExport: 'libheif',
    },
    heifWasm: { source: require.resolve('libheif-js/libheif-wasm/libheif.wasm'), path: 'wasm/libheif.wasm' },
  };
}

/** The bytes an asset is served as: its source file, with `export default <esmExport>;` appended when set. */
export function assetBytes({ source, esmExport }) {
  const bytes = readFileSync(source);
  return esmExport ? Buffer.concat([bytes, Buffer.from(`\nexport default ${esmExport};\n`)]) : bytes;
}

/** The content-hashed path of every vision asset (e.g. `models/face_detector-3fA9_c1Q.tflite`). */
export function hashedVisionAssetNames(modelsDir = DEFAULT_MODELS_DIR) {
  const out = {};
  for (const [key, entry] of Object.entries(visionAssetSources(modelsDir))) {
    const slash = entry.path.lastIndexOf('/');
    out[key] = `${entry.path.slice(0, slash + 1)}${hashedName(entry.path.slice(slash + 1), assetBytes(entry))}`;
  }
  return out;
}
