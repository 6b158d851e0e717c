/**
 * Production mode (no demo pages, no demo origin), demo pages under a CSP in development, and a
 * health check that checks the database and the captures directory.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createDemoOnlyApp } from '../../demo/server/app.js';
import { loadConfig } from '../../demo/server/config.js';
import { makeApp, removeDir, tempDir, useApp, withApp } from './helpers.js';

const DEMO_CSP =
  "default-src 'none'; script-src 'self' http://127.0.0.1:8787 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' blob: data:; media-src 'self' blob:; connect-src 'self' http://127.0.0.1:8787; " +
  "worker-src 'self' blob:; frame-src http://127.0.0.1:8787; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

describe('production mode', () => {
  const t = useApp({ production: true });

  it('serves no demo page, no demo index and no demo config', async () => {
    for (const path of [
      '/',
      '/demo/index.html',
      '/demo/iframe-host.html',
      '/demo/iframe-host.js',
      '/demo/config.json',
    ]) {
      const res = await t.request(path);
      assert.equal(res.status, 404, path);
    }
  });

  it('keeps the API, the hosted page, the review page and health', async () => {
    assert.equal((await t.request('/healthz')).status, 200);
    assert.equal((await t.request('/review')).status, 200);
    assert.equal((await t.api('GET', '/api/v1/profiles')).status, 200);
  });

  it('has no demo origin: no embed port and only the page itself may frame the hosted page', () => {
    const dir = tempDir();
    try {
      for (const env of [{ NODE_ENV: 'production' }, { VERILOCK_ENV: 'production' }]) {
        const c = loadConfig({ ...env, PORT: '9100', VERILOCK_DATA_DIR: dir, VERILOCK_API_KEYS: 'vlk_a_key' });
        assert.equal(c.production, true);
        assert.equal(c.demoEmbedPort, null);
        assert.equal(c.demoEmbedOrigin, null);
        assert.equal(c.frameAncestors, "'self'");
      }
      // Even an explicit DEMO_EMBED_PORT opens no demo origin in production.
      const c = loadConfig({
        NODE_ENV: 'production',
        PORT: '9100',
        DEMO_EMBED_PORT: '9105',
        VERILOCK_DATA_DIR: dir,
        VERILOCK_API_KEYS: 'vlk_a_key',
      });
      assert.equal(c.demoEmbedPort, null);
      assert.throws(() => createDemoOnlyApp(c), /production/);
      const dev = loadConfig({ PORT: '9100', VERILOCK_DATA_DIR: dir });
      assert.equal(dev.demoEmbedPort, 9101);
    } finally {
      removeDir(dir);
    }
  });
});

describe('demo pages in development', () => {
  const t = useApp();

  it('serves every demo page and script with a CSP that allows only its own and the service origin', async () => {
    for (const path of ['/demo/index.html', '/demo/iframe-host.html', '/demo/iframe-host.js', '/demo/element.html']) {
      const res = await t.request(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-security-policy'), DEMO_CSP, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('permissions-policy'), 'camera=(self "http://127.0.0.1:8787")');
    }
  });

  it('tells the iframe demo which origins a ?url= may point at', async () => {
    const res = await t.request('/demo/config.json');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { allowed_origins: ['http://127.0.0.1:8787'] });
  });

  it('the demo origin serves the same pages, CSP and config, and nothing else', async () => {
    const dir = tempDir();
    try {
      const c = loadConfig({}, { dataDir: dir, publicUrl: 'http://127.0.0.1:8787', apiKeys: ['vlk_k'] });
      const demo = createDemoOnlyApp(c);
      const page = await demo.request('/demo/iframe-host.html');
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-security-policy'), DEMO_CSP);
      assert.deepEqual(await (await demo.request('/demo/config.json')).json(), {
        allowed_origins: ['http://127.0.0.1:8787'],
      });
      assert.equal((await demo.request('/demo/..%2fserver%2fapp.ts')).status, 404);
      assert.equal((await demo.request('/api/v1/profiles')).status, 404);
    } finally {
      removeDir(dir);
    }
  });
});

describe('health', () => {
  it('answers 503 when the captures directory cannot be written', async () => {
    await withApp({}, async (t) => {
      assert.equal((await t.request('/healthz')).status, 200);
      const captures = join(t.dir, 'captures');
      rmSync(captures, { recursive: true, force: true });
      writeFileSync(captures, 'not a directory');
      const res = await t.request('/healthz');
      assert.equal(res.status, 503);
      assert.deepEqual(await res.json(), { status: 'unavailable', failing: ['captures_dir'] });
      assert.equal(res.headers.get('cache-control'), 'no-store');
      rmSync(captures);
      mkdirSync(captures);
      assert.equal((await t.request('/healthz')).status, 200);
    });
  });

  it('answers 503 when the database does not answer', async () => {
    const t = makeApp();
    try {
      await t.va.webhooks.close();
      t.va.db.close();
      const res = await t.request('/healthz');
      assert.equal(res.status, 503);
      assert.deepEqual(await res.json(), { status: 'unavailable', failing: ['database'] });
    } finally {
      removeDir(t.dir);
    }
  });
});
