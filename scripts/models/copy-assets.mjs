#!/usr/bin/env node
// Places what the vision layer loads at runtime into one assets folder:
//
//   <assetsDir>/wasm/vision_wasm_internal.js      from node_modules/@mediapipe/tasks-vision/wasm
//   <assetsDir>/wasm/vision_wasm_internal.wasm
//   <assetsDir>/models/face_detector.tflite        from the model build (built first if missing)
//   <assetsDir>/models/face_landmarker.task
//   <assetsDir>/wasm/zxing_reader.wasm             from node_modules/zxing-wasm (document barcodes)
//   <assetsDir>/wasm/libheif.mjs                   from node_modules/libheif-js (HEIC files; its script as an ES module)
//   <assetsDir>/wasm/libheif.wasm
//
// With --hashed every name carries a content hash (`vision_wasm_internal-<hash>.wasm`, …), as the browser
// build (dist/hosted/) expects: it is built with the same names (scripts/models/asset-names.mjs), so those
// files can be served as immutable. Without it the names are the stable ones above (the npm package's
// dist/mediapipe/ and the test assets).
//
// The widget's `assets-base` points at <assetsDir>/ (src/vision/mediapipe.ts builds every URL from it).
//
// Usage: node scripts/models/copy-assets.mjs <assetsDir> [--hashed] [--models <builtModelsDir>]   (default: build/models)
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetBytes, DEFAULT_MODELS_DIR, hashedVisionAssetNames, visionAssetSources } from './asset-names.mjs';

export const WASM_FILES = ['vision_wasm_internal.js', 'vision_wasm_internal.wasm'];

/**
 * Copies the wasm runtime and the built models into `assetsDir`; builds the models into `modelsDir` first
 * when they are missing. With `hashed`, the folder is emptied first so no stale hashed copy stays behind.
 * @returns {string[]} the files written
 */
export function copyAssets(assetsDir, modelsDir = DEFAULT_MODELS_DIR, { hashed = false } = {}) {
  const sources = visionAssetSources(modelsDir);
  const names = hashed ? hashedVisionAssetNames(modelsDir) : null;
  if (hashed) {
    rmSync(join(assetsDir, 'wasm'), { recursive: true, force: true });
    rmSync(join(assetsDir, 'models'), { recursive: true, force: true });
  }
  const written = [];
  for (const [key, entry] of Object.entries(sources)) {
    const to = join(assetsDir, names ? names[key] : entry.path);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, assetBytes(entry));
    written.push(to);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const m = args.indexOf('--models');
  const modelsDir = m >= 0 ? resolve(args[m + 1] ?? '') : undefined;
  const hashed = args.includes('--hashed');
  const positional = args.filter((a, i) => a !== '--hashed' && !(m >= 0 && (i === m || i === m + 1)));
  if (positional.length !== 1) {
    console.error('usage: node scripts/models/copy-assets.mjs <assetsDir> [--hashed] [--models <builtModelsDir>]');
    process.exit(2);
  }
  for (const file of copyAssets(resolve(positional[0]), modelsDir, { hashed }))
    console.log(`${file}  ${statSync(file).size} bytes`);
}
