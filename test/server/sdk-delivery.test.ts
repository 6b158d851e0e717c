/**
 * How /sdk/ files travel: the build's pre-compressed siblings chosen by Accept-Encoding, one validator per
 * encoding, year-long immutable caching for content-hashed names and ETag revalidation for the entry
 * points, and the hosted page naming its hashed script with modulepreload links for its imports.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { isHashedName, pickEncoding } from '../../demo/server/static.js';
import { createKyc, makeApp, removeDir, tempDir, type TestApp } from './helpers.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CHUNK = `export const words = ${JSON.stringify('verification '.repeat(400))};\n`;
const WASM = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(4000, 7)]);

/** Writes `file` with its `.br` and `.gz` siblings, as scripts/models/precompress.mjs does. */
function writeWithSiblings(path: string, bytes: Buffer): void {
  writeFileSync(path, bytes);
  writeFileSync(`${path}.br`, brotliCompressSync(bytes));
  writeFileSync(`${path}.gz`, gzipSync(bytes));
}

describe('SDK delivery', () => {
  let t: TestApp;
  let root: string;
  before(() => {
    root = tempDir();
    const sdk = join(root, 'hosted');
    mkdirSync(join(sdk, 'mediapipe', 'wasm'), { recursive: true });
    mkdirSync(join(sdk, 'mediapipe', 'models'), { recursive: true });
    mkdirSync(join(sdk, '.vite'), { recursive: true });
    writeWithSiblings(join(sdk, 'src-C-jzFMr8.js'), Buffer.from(CHUNK));
    writeWithSiblings(join(sdk, 'verilock-flow.js'), Buffer.from(CHUNK));
    writeWithSiblings(join(sdk, 'verilock-loader.js'), Buffer.from(CHUNK));
    writeWithSiblings(join(sdk, 'verilock-hosted-CYdD52D3.js'), Buffer.from(CHUNK));
    writeWithSiblings(join(sdk, 'tokens.styles-BgcK91A3.js'), Buffer.from(CHUNK));
    writeWithSiblings(join(sdk, 'mediapipe', 'wasm', 'vision_wasm_internal-alxkWEwq.wasm'), WASM);
    writeWithSiblings(join(sdk, 'mediapipe', 'models', 'face_landmarker-TdPfyZyg.task'), WASM);
    // The HEIC decoder: libheif's script as an ES module and its wasm (copy-assets.mjs --hashed).
    writeWithSiblings(join(sdk, 'mediapipe', 'wasm', 'libheif-_G_9VJFr.mjs'), Buffer.from(CHUNK));
    writeWithSiblings(join(sdk, 'mediapipe', 'wasm', 'libheif-5KqDM_vl.wasm'), WASM);
    writeFileSync(join(sdk, 'no-siblings-Ab12Cd34.js'), CHUNK); // compressed on the fly, if at all
    writeFileSync(
      join(sdk, '.vite', 'manifest.json'),
      JSON.stringify({
        'src/hosted.ts': {
          file: 'verilock-hosted-CYdD52D3.js',
          src: 'src/hosted.ts',
          isEntry: true,
          imports: ['_src-C-jzFMr8.js'],
          dynamicImports: ['src/components/capture/capture.ts'],
        },
        '_src-C-jzFMr8.js': { file: 'src-C-jzFMr8.js', imports: ['_tokens.styles-BgcK91A3.js'] },
        '_tokens.styles-BgcK91A3.js': { file: 'tokens.styles-BgcK91A3.js' },
        'src/components/capture/capture.ts': { file: 'capture-CqYmm-ci.js', isDynamicEntry: true },
      }),
    );
    t = makeApp({ sdkDir: sdk, dataDir: join(root, 'data') }, join(root, 'data'));
  });
  after(async () => {
    await t.close();
    removeDir(root);
  });

  const get = (path: string, acceptEncoding?: string, extra: Record<string, string> = {}): Promise<Response> =>
    t.request(path, {
      headers: { ...(acceptEncoding !== undefined ? { 'Accept-Encoding': acceptEncoding } : {}), ...extra },
    });

  it('sends brotli when the client accepts it, with its own length and ETag', async () => {
    const res = await get('/sdk/src-C-jzFMr8.js', 'gzip, deflate, br, zstd');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/i);
    const body = Buffer.from(await res.arrayBuffer());
    assert.equal(Number(res.headers.get('content-length')), body.length);
    assert.ok(body.length < CHUNK.length / 4, 'the brotli bytes, not the raw ones');
    assert.equal(brotliDecompressSync(body).toString(), CHUNK);
  });

  it('sends gzip when only gzip is accepted, the raw file when nothing is', async () => {
    const gz = await get('/sdk/mediapipe/wasm/vision_wasm_internal-alxkWEwq.wasm', 'gzip, deflate');
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gz.headers.get('content-type'), 'application/wasm');
    const gzBody = Buffer.from(await gz.arrayBuffer());
    assert.equal(Number(gz.headers.get('content-length')), gzBody.length);
    assert.deepEqual(gunzipSync(gzBody), WASM);

    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const raw = await get('/sdk/mediapipe/wasm/vision_wasm_internal-alxkWEwq.wasm', accept);
      assert.equal(raw.headers.get('content-encoding'), null, String(accept));
      assert.match(raw.headers.get('vary') ?? '', /Accept-Encoding/i, String(accept));
      const body = Buffer.from(await raw.arrayBuffer());
      assert.equal(Number(raw.headers.get('content-length')), WASM.length, String(accept));
      assert.deepEqual(body, WASM, String(accept));
    }
  });

  it('gives every encoding its own validator', async () => {
    const br = await get('/sdk/verilock-flow.js', 'br, gzip');
    const gz = await get('/sdk/verilock-flow.js', 'gzip');
    const raw = await get('/sdk/verilock-flow.js', 'identity');
    const tags = [br, gz, raw].map((r) => r.headers.get('etag'));
    assert.ok(tags.every(Boolean));
    assert.equal(new Set(tags).size, 3, `${tags.join(' ')}`);
    // A brotli copy revalidates as brotli; a raw copy's validator does not match the brotli one.
    const again = await get('/sdk/verilock-flow.js', 'br, gzip', { 'If-None-Match': tags[0] ?? '' });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), tags[0]);
    const mismatch = await get('/sdk/verilock-flow.js', 'br, gzip', { 'If-None-Match': tags[2] ?? '' });
    assert.equal(mismatch.status, 200);
    assert.equal(mismatch.headers.get('content-encoding'), 'br');
  });

  it('caches hashed files for a year as immutable; the entry points revalidate with their ETag', async () => {
    for (const path of [
      '/sdk/src-C-jzFMr8.js',
      '/sdk/verilock-hosted-CYdD52D3.js',
      '/sdk/mediapipe/wasm/vision_wasm_internal-alxkWEwq.wasm',
      '/sdk/mediapipe/models/face_landmarker-TdPfyZyg.task',
      '/sdk/mediapipe/wasm/libheif-_G_9VJFr.mjs',
      '/sdk/mediapipe/wasm/libheif-5KqDM_vl.wasm',
    ]) {
      const res = await get(path, 'br');
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cache-control'), IMMUTABLE, path);
    }
    for (const path of ['/sdk/verilock-flow.js', '/sdk/verilock-loader.js']) {
      const res = await get(path, 'br');
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
      const etag = res.headers.get('etag');
      assert.ok(etag, path);
      assert.equal((await get(path, 'br', { 'If-None-Match': etag })).status, 304, path);
    }
  });

  it('serves the HEIC decoder precompressed, its script as JavaScript (a module worker imports it)', async () => {
    const script = await get('/sdk/mediapipe/wasm/libheif-_G_9VJFr.mjs', 'br, gzip');
    assert.equal(script.headers.get('content-encoding'), 'br');
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const wasm = await get('/sdk/mediapipe/wasm/libheif-5KqDM_vl.wasm', 'br, gzip');
    assert.equal(wasm.headers.get('content-encoding'), 'br');
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  });

  it('compresses a file without siblings on the fly', async () => {
    const res = await get('/sdk/no-siblings-Ab12Cd34.js', 'gzip');
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), CHUNK);
  });

  it('names the hashed hosted script and preloads its static imports, not its lazy ones', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const html = await (await t.request(`/verify/${s.session_token}`)).text();
    assert.ok(html.includes('<script type="module" src="/sdk/verilock-hosted-CYdD52D3.js"></script>'));
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(preloads, ['/sdk/src-C-jzFMr8.js', '/sdk/tokens.styles-BgcK91A3.js']);
    assert.ok(!html.includes('capture-CqYmm-ci.js'));
    assert.ok(html.indexOf('modulepreload') < html.indexOf('</head>'));
    // The stylesheet by its content-hashed name, immutable; the plain name revalidates; another hash is gone.
    const css = /<link rel="stylesheet" href="(\/sdk\/hosted-[\w-]{8}\.css)">/.exec(html)?.[1];
    assert.ok(css, 'hashed stylesheet link');
    const hashedCss = await t.request(css);
    assert.equal(hashedCss.status, 200);
    assert.equal(hashedCss.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(hashedCss.headers.get('cache-control'), IMMUTABLE);
    const plainCss = await t.request('/sdk/hosted.css');
    assert.equal(plainCss.headers.get('cache-control'), 'no-cache');
    assert.equal(await plainCss.text(), await hashedCss.text());
    assert.equal((await t.request('/sdk/hosted-AAAAAAAA.css')).status, 404);
    // The manifest itself is not served.
    assert.equal((await t.request('/sdk/.vite/manifest.json')).status, 404);
  });
});

describe('pickEncoding', () => {
  const both = ['br', 'gzip'] as const;
  it('prefers brotli, then gzip, honouring q-values and the wildcard', () => {
    assert.equal(pickEncoding('gzip, deflate, br', both), 'br');
    assert.equal(pickEncoding('gzip', both), 'gzip');
    assert.equal(pickEncoding('x-gzip', both), 'gzip');
    assert.equal(pickEncoding('br;q=0.5, gzip;q=0.8', both), 'gzip');
    assert.equal(pickEncoding('br;q=0, *', both), 'gzip');
    assert.equal(pickEncoding('*', both), 'br');
    assert.equal(pickEncoding('BR', both), 'br');
    assert.equal(pickEncoding('br', ['gzip']), 'identity');
    assert.equal(pickEncoding('', both), 'identity');
    assert.equal(pickEncoding(null, both), 'identity');
    assert.equal(pickEncoding('identity', both), 'identity');
    assert.equal(pickEncoding('gzip;q=0, br;q=0', both), 'identity');
  });
  it('knows hashed names from stable ones', () => {
    for (const name of [
      'src-C-jzFMr8.js',
      'face_detector-bCGpS-1_.tflite',
      'vision_wasm_internal-alxkWEwq.wasm',
      'libheif-_G_9VJFr.mjs',
    ])
      assert.ok(isHashedName(name), name);
    for (const name of [
      'verilock-flow.js',
      'verilock-loader.js',
      'face_landmarker.task',
      'vision_wasm_internal.wasm',
      'libheif.mjs',
    ])
      assert.ok(!isHashedName(name), name);
  });
});
