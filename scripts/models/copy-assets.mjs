#!/usr/bin/env node
// Places what the vision layer loads at runtime into one assets folder:
//
//   <assetsDir>/wasm/vision_wasm_internal.js      from node_modules/@mediapipe/tasks-vision/wasm
//   <assetsDir>/wasm/vision_wasm_internal.wasm
//   <assetsDir>/models/face_detector.tflite        from the model build (built first if missing)
//   <assetsDir>/models/face_landmarker.task
//
// The widget's `assets-base` points at <assetsDir>/ (src/vision/mediapipe.ts builds every URL from it).
//
// Usage: node scripts/models/copy-assets.mjs <assetsDir> [--models <builtModelsDir>]   (default: build/models)
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_MODELS, writeModels } from './build-models.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WASM_FILES = ['vision_wasm_internal.js', 'vision_wasm_internal.wasm'];

/**
 * Copies the wasm runtime and the built models into `assetsDir`; builds the models into
 * `modelsDir` first when they are missing.
 * @returns {string[]} the files written
 */
export function copyAssets(assetsDir, modelsDir = join(REPO_ROOT, 'build', 'models')) {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  const wasmSource = (name) => require.resolve(`@mediapipe/tasks-vision/${name}`); // the package exports each wasm file
  if (SHIPPED_MODELS.some((name) => !existsSync(join(modelsDir, name)))) writeModels(modelsDir);
  const written = [];
  const copy = (from, to) => {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    written.push(to);
  };
  for (const name of WASM_FILES) copy(wasmSource(name), join(assetsDir, 'wasm', name));
  for (const name of SHIPPED_MODELS) copy(join(modelsDir, name), join(assetsDir, 'models', name));
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const m = args.indexOf('--models');
  const modelsDir = m >= 0 ? resolve(args[m + 1] ?? '') : undefined;
  const positional = m >= 0 ? args.filter((_, i) => i !== m && i !== m + 1) : args;
  if (positional.length !== 1) {
    console.error('usage: node scripts/models/copy-assets.mjs <assetsDir> [--models <builtModelsDir>]');
    process.exit(2);
  }
  for (const file of copyAssets(resolve(positional[0]), modelsDir))
    console.log(`${file}  ${statSync(file).size} bytes`);
}
