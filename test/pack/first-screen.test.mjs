// The hosted page's first-screen scripts stay within their budget on the wire. These are the scripts the
// reference server lists in the page (the hosted entry and its static imports, as demo/server/static.ts
// reads them from the build's manifest), measured as brotli at quality 11, as the build pre-compresses them
// and the server sends them. Bytes, not time: the slow-network timing is `npm run bench`'s job.
// Runs `npm run build` first when dist/hosted is missing.
//   node --test test/pack/first-screen.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const HOSTED = join(ROOT, 'dist', 'hosted');
const MANIFEST = join(HOSTED, '.vite', 'manifest.json');
/** The budget of the issue "Lighter and faster on a bad network": critical JS ≤ 32 KB on the wire. */
const BUDGET = 32_000;
/** Modules that must load after the first screen (each is a dynamic import). */
const LAZY = [
  'src/api/upload-queue.ts',
  'src/embed/host-channel.ts',
  'src/vision/prefetch.ts',
  'src/components/capture/capture.ts',
  'src/components/liveness/liveness.ts',
  'src/components/handoff/handoff.ts',
  'src/components/flow/camera-step.ts',
  'src/components/flow/completion.ts',
  'node_modules/@mediapipe/tasks-vision/vision_bundle.mjs',
  'src/capture/heif-decode.ts', // the HEIC decoder's client: only once a HEIC file is chosen
];

let manifest;

/** Manifest keys of the chunks loaded with `key` before any dynamic import: itself and its static imports. */
function staticClosure(key) {
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const next of manifest[k]?.imports ?? []) visit(next);
  };
  visit(key);
  return [...seen];
}

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

describe('first screen scripts', { timeout: 300_000 }, () => {
  before(async () => {
    if (!existsSync(MANIFEST)) await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 1 << 26 });
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  });

  it(`weigh at most ${BUDGET / 1000} KB on the wire (brotli)`, (t) => {
    const files = staticClosure('src/hosted.ts').map((k) => manifest[k].file);
    let total = 0;
    for (const file of files) {
      const wire = brotli(readFileSync(join(HOSTED, file)));
      t.diagnostic(`${file}: ${wire} bytes`);
      total += wire;
    }
    t.diagnostic(`total: ${total} bytes (budget ${BUDGET})`);
    assert.ok(total <= BUDGET, `the first screen's scripts weigh ${total} bytes on the wire, over ${BUDGET}`);
  });

  it('leave the upload queue, the host channel, the camera steps and MediaPipe to dynamic imports', () => {
    const critical = new Set(staticClosure('src/hosted.ts'));
    for (const key of LAZY) {
      assert.ok(manifest[key], `${key} is in the build`);
      assert.equal(manifest[key].isDynamicEntry, true, `${key} is loaded by a dynamic import`);
      assert.ok(!critical.has(key), `${key} is not among the first screen's scripts`);
    }
  });

  it("keep the hosted page's side effects out of the public script", () => {
    // verilock-flow.js defines the element only; the hosted entry also attaches the host channel at load.
    const publicFiles = staticClosure('src/index.ts').map((k) => manifest[k].file);
    assert.ok(!publicFiles.includes(manifest['src/hosted.ts'].file));
    for (const file of publicFiles) {
      const code = readFileSync(join(HOSTED, file), 'utf8');
      assert.ok(!code.includes('flutterInAppWebViewPlatformReady'), `${file} holds the hosted page's own code`);
    }
  });
});
