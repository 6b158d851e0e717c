/**
 * Hosted page and its headers, static assets (/sdk, /demo), index, health, log redaction, 500s.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../demo/server/config.js';
import { DOC_SELFIE_PROFILE_ID } from '../../demo/server/db.js';
import { parentOriginsOf } from '../../demo/server/hosted-page.js';
import { API_KEY, createKyc, errorCode, makeApp, removeDir, tempDir, withApp, type TestApp } from './helpers.js';

const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; " +
  "media-src 'self' blob:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'self'; " +
  "base-uri 'none'; form-action 'none'";

describe('hosted page and static files', () => {
  let t: TestApp;
  let sdk: string;
  let outside: string;
  before(() => {
    const root = tempDir();
    sdk = join(root, 'hosted');
    outside = join(root, 'secret.txt');
    mkdirSync(join(sdk, 'models'), { recursive: true });
    writeFileSync(join(sdk, 'verilock-hosted.js'), 'export {};\n');
    // Names as the build writes them: `<name>-<8 base64url characters>.js` (the hash may hold no digit).
    writeFileSync(join(sdk, 'src-ePU-mktX.js'), 'export const x = 1;\n');
    writeFileSync(join(sdk, 'quality.worker-CukZHCmG.js'), 'export {};\n');
    writeFileSync(join(sdk, 'vision_wasm_internal.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    writeFileSync(join(sdk, 'models', 'face_landmarker.task'), Buffer.from([1, 2, 3]));
    writeFileSync(join(sdk, 'models', 'detector.tflite'), Buffer.from([4, 5, 6]));
    writeFileSync(join(sdk, '.env'), 'SECRET=1');
    writeFileSync(outside, 'top secret');
    symlinkSync(outside, join(sdk, 'link.txt'));
    t = makeApp({ sdkDir: sdk, dataDir: join(root, 'data') }, join(root, 'data'));
  });
  after(async () => {
    await t.close();
    removeDir(join(sdk, '..'));
  });

  it('serves the hosted page with the element, the script and exactly the security headers', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const res = await t.request(`/verify/${s.session_token}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('content-security-policy'), CSP);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('permissions-policy'), 'camera=(self)');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const html = await res.text();
    assert.ok(html.includes(`<verilock-flow session-token="${s.session_token}" assets-base="/sdk/mediapipe/">`));
    assert.ok(html.includes('<script type="module" src="/sdk/verilock-hosted.js"></script>'));
    assert.match(html, /<link rel="stylesheet" href="\/sdk\/hosted-[\w-]{8}\.css">/);
    assert.ok(!/<script>|<style>|\sstyle=|\son\w+=/.test(html), 'no inline script or style');
  });

  it('sends the flow session with the page as inert JSON that no session field can break out of', async () => {
    // An applicant name (and a redirect URL query) written to close the JSON's script element and open one.
    const attack = '</script><script>window.pwned=1</script><!--';
    const s = await createKyc(
      t,
      {
        applicant: { first_name: attack, last_name: 'Dupont' },
        redirect_url: `https://shop.example/done?x=${encodeURIComponent('</script>')}&y=</SCRIPT><script>`,
      },
      ['selfie'],
    );
    const res = await t.request(`/verify/${s.session_token}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), CSP, 'CSP unchanged');
    const html = await res.text();
    const open = '<script type="application/json" id="verilock-session">';
    const at = html.indexOf(open);
    assert.ok(at > 0, 'the page carries the session');
    // The JSON runs to the first `</script` (what an HTML parser does): nothing an attacker wrote ends it early.
    const body = html.slice(at + open.length, html.toLowerCase().indexOf('</script', at + open.length));
    assert.ok(!/[<>]/.test(body), 'no < or > inside the JSON');
    const data = JSON.parse(body) as {
      token: string;
      session: { applicant: { first_name: string }; redirect_url: string };
    };
    assert.equal(data.token, s.session_token);
    assert.equal(data.session.applicant.first_name, attack);
    assert.ok(data.session.redirect_url.endsWith('&y=</SCRIPT><script>'));
    // The only scripts on the page: the module entry and the inert JSON.
    assert.deepEqual(
      [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]),
      ['<script type="module" src="/sdk/verilock-hosted.js">', open],
    );
    assert.ok(!html.includes('window.pwned=1</script>'));
  });

  it('sends the session as the API would, without starting it (a link prefetcher only fetches the page)', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const html = await (await t.request(`/verify/${s.session_token}`)).text();
    const json = /<script type="application\/json" id="verilock-session">([^<]*)<\/script>/.exec(html)?.[1];
    const embedded = JSON.parse(json ?? 'null') as { session: Record<string, unknown> };
    assert.equal(embedded.session.status, 'created');
    const detail = await t.api('GET', `/api/v1/sessions/${s.id}`);
    assert.equal(((await detail.json()) as { status: string }).status, 'created', 'still created after the page');
    const api = await t.request('/api/v1/flow/session', { headers: { Authorization: `Bearer ${s.session_token}` } });
    const reply = (await api.json()) as Record<string, unknown>;
    assert.deepEqual({ ...embedded.session, status: 'in_progress' }, reply);
  });

  it('answers unknown and malformed tokens with the HTML error screen (404), never JSON', async () => {
    const unknown = await t.request(`/verify/vft_${'Z'.repeat(32)}`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await unknown.text(), /This link is not valid/);
    const bad = await t.request('/verify/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(bad.status, 404);
    const text = await bad.text();
    assert.ok(!text.includes('<script'));
    assert.match(text, /This link is not valid/);
  });

  it('uses VERILOCK_FRAME_ANCESTORS in the CSP', async () => {
    await withApp({ frameAncestors: "'self' https://shop.example" }, async (other) => {
      const s = await createKyc(other, {}, ['selfie']);
      const res = await other.request(`/verify/${s.session_token}`);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'self' https:\/\/shop\.example;/);
      // The error screen of a broken link can be framed by the same pages (it shows inside the iframe).
      const broken = await other.request(`/verify/vft_${'Q'.repeat(32)}`);
      assert.match(
        broken.headers.get('content-security-policy') ?? '',
        /frame-ancestors 'self' https:\/\/shop\.example;/,
      );
    });
  });

  it('serves /sdk assets with their content types and cache rules', async () => {
    const js = await t.request('/sdk/verilock-hosted.js');
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(js.headers.get('cache-control'), 'no-cache');
    for (const name of ['src-ePU-mktX.js', 'quality.worker-CukZHCmG.js']) {
      const hashed = await t.request(`/sdk/${name}`);
      assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable', name);
    }
    // Unhashed files carry a validator, so a second load is a 304, not a second download.
    const etag = js.headers.get('etag');
    assert.ok(etag);
    const again = await t.request('/sdk/verilock-hosted.js', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const wasm = await t.request('/sdk/vision_wasm_internal.wasm');
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    const task = await t.request('/sdk/models/face_landmarker.task');
    assert.equal(task.headers.get('content-type'), 'application/octet-stream');
    assert.deepEqual([...new Uint8Array(await task.arrayBuffer())], [1, 2, 3]);
    const tflite = await t.request('/sdk/models/detector.tflite');
    assert.equal(tflite.headers.get('content-type'), 'application/octet-stream');
    const css = await t.request('/sdk/hosted.css');
    assert.equal(css.status, 200);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(await css.text(), /margin: 0/);
  });

  it('refuses path traversal, dot files, symlinks out and directories', async () => {
    for (const p of [
      '/sdk/%2e%2e/secret.txt',
      '/sdk/..%2fsecret.txt',
      '/sdk/..%5csecret.txt',
      '/sdk/models/%2e%2e/%2e%2e/secret.txt',
      '/sdk/%2e%2e%2f%2e%2e%2fpackage.json',
      '/sdk/.env',
      '/sdk/link.txt',
      '/sdk/models',
      '/sdk/models/',
      '/sdk/missing.js',
      '/sdk/%00',
      '/sdk/%E0%A4%A',
      '/demo/..%2f..%2fpackage.json',
    ]) {
      const res = await t.request(p);
      assert.equal(res.status, 404, p);
      const body = await res.text();
      assert.ok(!body.includes('top secret'), p);
      assert.equal(JSON.parse(body).error.code, 'not_found', p);
    }
  });

  it('404s the widget script when the widget is not built', async () => {
    await withApp({ sdkDir: join(tempDir(), 'nothing-here') }, async (bare) => {
      assert.equal((await bare.request('/sdk/verilock-hosted.js')).status, 404);
    });
  });

  it('serves health, the index and the demo pages', async () => {
    const health = await t.request('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const index = await t.request('/');
    assert.equal(index.status, 200);
    assert.match(await index.text(), /href="\/demo\/done\.html"/);
    const done = await t.request('/demo/done.html');
    assert.equal(done.status, 200);
    const html = await done.text();
    assert.match(html, /Verification submitted/);
    assert.ok(!/<script>/.test(html), 'no inline script');
    const js = await t.request('/demo/done.js');
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await js.text(), /textContent/);
  });

  it('redacts tokens, keys and Authorization from the logs', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    await t.request(`/verify/${s.session_token}`);
    await t.flow('GET', '/api/v1/flow/session', s.session_token);
    await t.request(`/api/v1/sessions?token=${s.session_token}&api_key=${API_KEY}`, {
      headers: { 'X-API-Key': API_KEY },
    });
    const all = t.logs.join('\n');
    assert.ok(t.logs.some((l) => l.includes('/verify/[redacted]')));
    assert.ok(!all.includes(s.session_token));
    assert.ok(!all.includes(API_KEY));
  });
});

describe('unexpected errors', () => {
  it('answer 500 server_error without a stack trace, and log a redacted line', async () => {
    const t = makeApp();
    try {
      t.va.db.close();
      const res = await t.request('/api/v1/profiles', { headers: { Authorization: `Bearer ${API_KEY}` } });
      assert.equal(res.status, 500);
      const text = await res.text();
      assert.equal(JSON.parse(text).error.code, 'server_error');
      assert.ok(!/at .*\.ts:\d+|node_modules|Error:/.test(text), text);
      assert.ok(t.logs.some((l) => l.startsWith('error ')));
      assert.ok(!t.logs.join('\n').includes(API_KEY));
    } finally {
      await t.va.webhooks.close();
      removeDir(t.dir);
    }
  });

  it('every error uses the same JSON shape', async () => {
    await withApp({}, async (t) => {
      for (const [path, init] of [
        ['/nope', {}],
        ['/api/v1/sessions', { method: 'PATCH', headers: { 'X-API-Key': API_KEY } }],
        ['/api/v1/sessions', {}],
        ['/api/v1/flow/session', {}],
      ] as const) {
        const res = await t.request(path, init);
        assert.equal(res.headers.get('content-type'), 'application/json', path);
        assert.match(await errorCode(res), /^[a-z_]+$/);
      }
    });
  });
});

describe('who may frame a session (parent origins)', () => {
  it('resolves exact origins from frame-ancestors sources', () => {
    assert.deepEqual(
      parentOriginsOf(
        [
          "'self'",
          'https://shop.example',
          'https://*.example',
          'https:',
          "'none'",
          'https://a.example/path',
          'http://localhost:8788/',
        ],
        'https://kyc.example',
      ),
      ['https://kyc.example', 'https://shop.example', 'http://localhost:8788'],
    );
  });

  it('writes them into the hosted page and the flow session; a profile list replaces the default', async () => {
    await withApp({ frameAncestors: "'self' https://shop.example https://*.example" }, async (t) => {
      const s = await createKyc(t, {}, ['selfie']);
      const page = await (await t.request(`/verify/${s.session_token}`)).text();
      assert.ok(
        page.includes('<meta name="verilock-parent-origins" content="http://127.0.0.1:8787 https://shop.example">'),
        page,
      );
      const flow = await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json();
      assert.deepEqual(flow.parent_origins, ['http://127.0.0.1:8787', 'https://shop.example']);

      t.va.db
        .prepare('UPDATE profiles SET frame_ancestors = ? WHERE id = ?')
        .run(JSON.stringify(['https://partner.example']), DOC_SELFIE_PROFILE_ID);
      const res = await t.api('POST', '/api/v1/sessions', { profile_id: DOC_SELFIE_PROFILE_ID });
      const p = (await res.json()) as { session_token: string };
      const hosted = await t.request(`/verify/${p.session_token}`);
      assert.match(hosted.headers.get('content-security-policy') ?? '', /frame-ancestors https:\/\/partner\.example;/);
      assert.ok((await hosted.text()).includes('content="https://partner.example"'));
    });
  });

  it('defaults to the page itself and the demo embed origin', () => {
    const dir = tempDir();
    try {
      const c = loadConfig({ VERILOCK_DATA_DIR: dir, PORT: '8787' });
      assert.equal(c.demoEmbedPort, 8788);
      assert.equal(c.demoEmbedOrigin, 'http://127.0.0.1:8788');
      assert.equal(c.frameAncestors, "'self' http://127.0.0.1:8788");
    } finally {
      removeDir(dir);
    }
  });

  it('serves the SDK (loader, element, assets) to other origins, without credentials', async () => {
    const root = tempDir();
    const sdk = join(root, 'hosted');
    mkdirSync(sdk, { recursive: true });
    writeFileSync(join(sdk, 'verilock-loader.js'), '(function(){})();\n');
    writeFileSync(join(sdk, 'verilock-flow.js'), 'export {};\n');
    const t = makeApp({ sdkDir: sdk }, join(root, 'data'));
    try {
      const loader = await t.request('/sdk/verilock-loader.js');
      assert.equal(loader.headers.get('cross-origin-resource-policy'), 'cross-origin');
      assert.equal(loader.headers.get('access-control-allow-origin'), '*');
      const flow = await t.request('/sdk/verilock-flow.js');
      assert.equal(flow.headers.get('cross-origin-resource-policy'), 'cross-origin');
      assert.equal(flow.headers.get('access-control-allow-origin'), '*');
      assert.equal(flow.headers.get('access-control-allow-credentials'), null);
    } finally {
      await t.close();
      removeDir(root);
    }
  });
});
