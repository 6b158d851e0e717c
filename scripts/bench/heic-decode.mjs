#!/usr/bin/env node
// Times the file fallback's HEIC decoder (libheif-js 1.23.2: the same script and wasm the browser's worker
// loads, here in Node's V8) and weighs what it adds on the wire (brotli, quality 11, as the build precompresses).
//
//   node scripts/bench/heic-decode.mjs [runs=5]
//
// Samples: the committed test/fixtures/files/passport.heic (800 × 600) and, when libheif's `heif-enc` is
// installed (Debian: libheif-examples), a 12-megapixel one (4032 × 3024, an iPhone's size) it encodes from the
// same specimen into a temporary folder. Each decode reads the file and decodes its primary image to RGBA, as
// src/capture/heif.worker.ts does; it prints the median of `runs` decodes after one warm-up, and the wasm's
// compile time (the worker compiles it once per chosen file).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants } from 'node:zlib';
import sharp from 'sharp';
import { assetBytes, REPO_ROOT, visionAssetSources } from '../models/asset-names.mjs';

const RUNS = Math.max(1, Number.parseInt(process.argv[2] ?? '5', 10) || 5);
const require = createRequire(join(REPO_ROOT, 'package.json'));
const sources = visionAssetSources();

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

const wasmBytes = assetBytes(sources.heifWasm);
const compileTimes = [];
let module;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  module = await WebAssembly.compile(wasmBytes);
  compileTimes.push(performance.now() - t0);
}
// The script as the npm package ships it (CommonJS); the browser gets the same code as an ES module.
const factory = require(sources.heifLoader.source);
const lib = factory({
  instantiateWasm: (imports, done) => done(new WebAssembly.Instance(module, imports)),
  print: () => undefined,
  printErr: () => undefined,
});

function decode(data) {
  const context = lib.heif_context_alloc();
  try {
    const read = lib.heif_context_read_from_memory(context, data);
    if (read.code.value !== 0) throw new Error(read.message);
    const handle = lib.heif_js_context_get_primary_image_handle(context);
    const image = lib.heif_js_decode_image2(
      handle,
      lib.heif_colorspace.heif_colorspace_RGB,
      lib.heif_chroma.heif_chroma_interleaved_RGBA,
    );
    if (image.code) throw new Error(image.message);
    const { width, height } = image.channels[0];
    lib.heif_image_release(image.image);
    lib.heif_image_handle_release(handle);
    return { width, height };
  } finally {
    lib.heif_context_free(context);
  }
}

function time(name, data) {
  const size = decode(data); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    decode(data);
    times.push(performance.now() - t0);
  }
  console.log(
    `${name.padEnd(24)} ${`${size.width} × ${size.height}`.padEnd(12)} ${String(data.length).padStart(9)} bytes  ` +
      `decode ${ms(median(times))} (median of ${RUNS})`,
  );
}

const script = assetBytes(sources.heifLoader);
console.log(
  `on the wire (brotli): script ${brotli(script)} B (${script.length} raw), wasm ${brotli(wasmBytes)} B ` +
    `(${wasmBytes.length} raw); wasm compile ${ms(median(compileTimes))} (median of ${RUNS})`,
);
time('passport.heic', new Uint8Array(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'files', 'passport.heic'))));

const work = mkdtempSync(join(tmpdir(), 'heic-bench-'));
try {
  const png = join(work, 'large.png');
  const heic = join(work, 'large.heic');
  await sharp(join(REPO_ROOT, 'test', 'fixtures', 'documents', 'td3valid-clean.jpg'))
    .resize(4032, 3024)
    .png()
    .toFile(png);
  let made = true;
  try {
    execFileSync('heif-enc', ['-q', '50', '-o', heic, png], { stdio: 'ignore' });
  } catch {
    made = false;
    console.log('12 MP sample skipped: heif-enc (libheif-examples) is not installed');
  }
  if (made) time('12 MP (made here)', new Uint8Array(readFileSync(heic)));
} finally {
  rmSync(work, { recursive: true, force: true });
}
