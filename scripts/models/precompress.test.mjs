// node --test scripts/models/
// Pre-compression is deterministic, lossless, and only writes a sibling when it saves bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from './precompress.mjs';

function sample(dir) {
  mkdirSync(join(dir, 'mediapipe', 'models'), { recursive: true });
  const js = Buffer.from(`export const s = ${JSON.stringify('liveness check '.repeat(500))};\n`);
  const model = Buffer.concat([Buffer.from('TFL3'), Buffer.alloc(20_000, 3)]);
  writeFileSync(join(dir, 'chunk-Ab12Cd34.js'), js);
  writeFileSync(join(dir, 'mediapipe', 'models', 'face_detector-Ab12Cd34.tflite'), model);
  writeFileSync(join(dir, 'tiny.js'), 'x'); // compression would only add bytes
  writeFileSync(join(dir, 'chunk-Ab12Cd34.js.map'), '{"version":3}'.repeat(200)); // not pre-compressed
  writeFileSync(join(dir, 'photo.jpg'), Buffer.alloc(5000, 1)); // not pre-compressed
  return { js, model };
}

test('two runs with cold caches write byte-identical, lossless siblings', async () => {
  const root = mkdtempSync(join(tmpdir(), 'precompress-'));
  try {
    const [a, b] = ['a', 'b'].map((n) => join(root, n));
    const { js, model } = sample(a);
    sample(b);
    await precompress([a], { cacheDir: join(root, 'cache-a') });
    await precompress([b], { cacheDir: join(root, 'cache-b') });
    for (const rel of ['chunk-Ab12Cd34.js', 'mediapipe/models/face_detector-Ab12Cd34.tflite']) {
      for (const ext of ['.br', '.gz']) {
        const x = readFileSync(join(a, rel + ext));
        assert.ok(x.equals(readFileSync(join(b, rel + ext))), `${rel}${ext} identical`);
      }
    }
    assert.ok(brotliDecompressSync(readFileSync(join(a, 'chunk-Ab12Cd34.js.br'))).equals(js));
    assert.ok(gunzipSync(readFileSync(join(a, 'chunk-Ab12Cd34.js.gz'))).equals(js));
    const modelPath = join(a, 'mediapipe/models/face_detector-Ab12Cd34.tflite');
    assert.ok(brotliDecompressSync(readFileSync(`${modelPath}.br`)).equals(model));
    assert.ok(readFileSync(`${modelPath}.br`).length < readFileSync(`${modelPath}.gz`).length);
    for (const rel of ['tiny.js.br', 'tiny.js.gz', 'chunk-Ab12Cd34.js.map.br', 'photo.jpg.br', 'photo.jpg.gz'])
      assert.ok(!existsSync(join(a, rel)), `${rel} not written`);
    // A warm cache gives the same bytes.
    rmSync(join(a, 'chunk-Ab12Cd34.js.br'));
    await precompress([a], { cacheDir: join(root, 'cache-a') });
    assert.ok(readFileSync(join(a, 'chunk-Ab12Cd34.js.br')).equals(readFileSync(join(b, 'chunk-Ab12Cd34.js.br'))));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
