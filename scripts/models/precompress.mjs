#!/usr/bin/env node
// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to every JS, wasm, model and
// JSON file of a built folder (locales are JS chunks), so a server or CDN can send the smallest encoding the
// client accepts without compressing anything per request. A sibling is written only when it is smaller.
//
// node:zlib does all of it (brotli and gzip are built into Node): no build plugin needed, and the same code
// serves the library's `dist/mediapipe/` and the browser build's `dist/hosted/`.
//
// Brotli at quality 11 is slow (about three minutes for MediaPipe's 11 MB wasm on one core), so results are
// cached by the content's SHA-256 under build/precompressed/: a rebuild only compresses what changed.
// The output depends only on the input bytes (zlib's encoders are deterministic; gzip carries no name or
// time: Node writes mtime 0).
//
// Usage: node scripts/models/precompress.mjs <dir> [<dir> …]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_CACHE = join(REPO_ROOT, 'build', 'precompressed');

/** Extensions worth pre-compressing: code, wasm, models, JSON. Source maps and images are left alone. */
export const COMPRESSIBLE = new Set(['.js', '.mjs', '.wasm', '.tflite', '.task', '.json', '.css', '.svg']);
const TEXT = new Set(['.js', '.mjs', '.json', '.css', '.svg']);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The brotli encoding of `bytes` at quality 11 (largest window, text mode for text). */
export function brotliBytes(bytes, ext) {
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_MODE]: TEXT.has(ext) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** The gzip encoding of `bytes` at level 9. */
export function gzipBytes(bytes) {
  return gzipAsync(bytes, { level: 9 });
}

/** Every compressible file under `dir` (not the `.br`/`.gz` siblings, not dot files). */
export function compressibleFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (COMPRESSIBLE.has(extname(name).toLowerCase())) out.push(path);
    }
  };
  walk(dir);
  return out;
}

function writeAtomic(path, bytes) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/**
 * Writes the `.br` and `.gz` siblings of every compressible file under each of `dirs`.
 * @returns {Promise<Array<{ file: string, raw: number, br: number | null, gz: number | null }>>}
 */
export async function precompress(dirs, { cacheDir = DEFAULT_CACHE } = {}) {
  mkdirSync(cacheDir, { recursive: true });
  const files = dirs.flatMap((d) => compressibleFiles(d));
  const encoders = { br: (b, ext) => brotliBytes(b, ext), gz: (b) => gzipBytes(b) };
  const inFlight = new Map();
  const encode = (bytes, ext, kind) => {
    const key = `${createHash('sha256').update(bytes).digest('hex')}${TEXT.has(ext) ? 't' : 'b'}.${kind}`;
    const cached = join(cacheDir, key);
    if (existsSync(cached)) return Promise.resolve(readFileSync(cached));
    if (!inFlight.has(key)) {
      inFlight.set(
        key,
        encoders[kind](bytes, ext).then((out) => {
          writeAtomic(cached, out);
          return out;
        }),
      );
    }
    return inFlight.get(key);
  };
  return Promise.all(
    files.map(async (file) => {
      const bytes = readFileSync(file);
      const ext = extname(file).toLowerCase();
      const row = { file, raw: bytes.length, br: null, gz: null };
      for (const kind of ['br', 'gz']) {
        const out = await encode(bytes, ext, kind);
        if (out.length < bytes.length) {
          writeAtomic(`${file}.${kind}`, out);
          row[kind] = out.length;
        }
      }
      return row;
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2).map((d) => resolve(d));
  if (!dirs.length || dirs.some((d) => !existsSync(d))) {
    console.error('usage: node scripts/models/precompress.mjs <dir> [<dir> …]   (each dir must exist)');
    process.exit(2);
  }
  const rows = await precompress(dirs);
  const sum = (k) => rows.reduce((n, r) => n + (r[k] ?? r.raw), 0);
  console.log(
    `precompressed ${rows.length} files: ${(sum('raw') / 1e6).toFixed(2)} MB raw → ` +
      `${(sum('gz') / 1e6).toFixed(2)} MB gzip, ${(sum('br') / 1e6).toFixed(2)} MB brotli`,
  );
}
